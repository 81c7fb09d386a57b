import { describe, expect, it } from 'vitest';
import { hasErrors, lintFlow, type LintIssue } from './lint';
import {
  businessHours,
  doc,
  e,
  hangup,
  menu,
  noHours,
  say,
  setVariable,
  start,
  transfer,
} from './testing/builders';

const withCode = (issues: LintIssue[], code: string) => issues.filter((i) => i.code === code);

describe('lintFlow: structure', () => {
  it('reports nothing for a complete flow', () => {
    expect(lintFlow(doc([start(), say('hi', 'Hi'), hangup('end')], [e('start', 'next', 'hi'), e('hi', 'next', 'end')]))).toEqual([]);
  });

  it('no-start: a flow without a Start node', () => {
    expect(lintFlow(doc([hangup('end')]))).toEqual([{ severity: 'error', code: 'no-start', message: 'The flow has no Start node' }]);
  });

  it('many-starts: every Start after the first', () => {
    const issues = lintFlow(doc([start('s1'), start('s2'), start('s3'), hangup('end')], [e('s1', 'next', 'end'), e('s2', 'next', 'end'), e('s3', 'next', 'end')]));
    expect(withCode(issues, 'many-starts')).toEqual([
      { severity: 'error', code: 'many-starts', nodeId: 's2', message: 'A flow has exactly one Start node: remove this one' },
      { severity: 'error', code: 'many-starts', nodeId: 's3', message: 'A flow has exactly one Start node: remove this one' },
    ]);
  });

  it('dangling-edge: a connection to a missing node', () => {
    const issues = lintFlow(doc([start()], [e('start', 'next', 'ghost')]));
    expect(withCode(issues, 'dangling-edge')).toEqual([
      {
        severity: 'error',
        code: 'dangling-edge',
        edgeId: 'start-next-ghost',
        nodeId: 'start',
        message: 'A connection points to a missing node ("ghost"): delete it or reconnect it',
      },
    ]);
    // The dangling edge does not count as a connection.
    expect(withCode(issues, 'start-unconnected')).toHaveLength(1);
  });

  it('dangling-edge: a connection from a missing node', () => {
    const issues = lintFlow(doc([start(), hangup('end')], [e('start', 'next', 'end'), e('ghost', 'next', 'end')]));
    expect(issues).toEqual([
      {
        severity: 'error',
        code: 'dangling-edge',
        edgeId: 'ghost-next-end',
        nodeId: undefined,
        message: 'A connection points to a missing node ("ghost"): delete it or reconnect it',
      },
    ]);
  });

  it('unknown-output: a connection from an output the node does not have', () => {
    const issues = lintFlow(
      doc([start(), menu('m', ['1']), hangup('end')], [e('start', 'next', 'm'), e('m', '1', 'end'), e('m', '3', 'end'), e('m', 'next', 'end')]),
    );
    expect(withCode(issues, 'unknown-output')).toEqual([
      {
        severity: 'error',
        code: 'unknown-output',
        edgeId: 'm-3-end',
        nodeId: 'm',
        message: 'Menu "m" has no output "3": delete or reconnect this connection',
      },
      {
        severity: 'error',
        code: 'unknown-output',
        edgeId: 'm-next-end',
        nodeId: 'm',
        message: 'Menu "m" has no output "Next": delete or reconnect this connection',
      },
    ]);
  });

  it('duplicate-output: two connections from one output', () => {
    const issues = lintFlow(
      doc([start(), say('a', 'A'), say('b', 'B'), hangup('end')], [
        e('start', 'next', 'a'),
        { id: 'second', source: 'start', sourceHandle: 'next', target: 'b' },
        e('a', 'next', 'end'),
        e('b', 'next', 'end'),
      ]),
    );
    expect(withCode(issues, 'duplicate-output')).toEqual([
      {
        severity: 'error',
        code: 'duplicate-output',
        edgeId: 'second',
        nodeId: 'start',
        message: '"Next" of Start "start" is connected twice: a branch leads to one step',
      },
    ]);
    // Only the first connection counts, so "b" is unreachable.
    expect(withCode(issues, 'unreachable').map((i) => i.nodeId)).toEqual(['b']);
  });

  it('start-unconnected: Start leads nowhere', () => {
    expect(lintFlow(doc([start()]))).toEqual([
      { severity: 'error', code: 'start-unconnected', nodeId: 'start', message: 'Connect the Start node to the first step' },
    ]);
  });

  it('unreachable: a node no path from Start reaches (warning)', () => {
    const issues = lintFlow(doc([start(), hangup('end'), say('lost', 'Lost'), hangup('lost_end')], [e('start', 'next', 'end'), e('lost', 'next', 'lost_end')]));
    expect(issues).toEqual([
      { severity: 'warning', code: 'unreachable', nodeId: 'lost', message: 'Say "lost" cannot be reached from Start' },
      { severity: 'warning', code: 'unreachable', nodeId: 'lost_end', message: 'Hang up "lost_end" cannot be reached from Start' },
    ]);
    expect(hasErrors(issues)).toBe(false);
  });

  it('reaches nodes through a transfer\'s "after" output', () => {
    const issues = lintFlow(
      doc([start(), transfer('t', '+6531589338'), say('bye', 'Bye'), hangup('end')], [e('start', 'next', 't'), e('t', 'after', 'bye'), e('bye', 'next', 'end')]),
    );
    expect(issues).toEqual([]);
  });
});

describe('lintFlow: open outputs (warnings)', () => {
  it('warns about a Say whose next step is unconnected', () => {
    expect(lintFlow(doc([start(), say('s', 'Hi')], [e('start', 'next', 's')]))).toEqual([
      { severity: 'warning', code: 'open-output', nodeId: 's', message: '"Next" of Say "s" is not connected: the call hangs up there' },
    ]);
  });

  it('warns about every unconnected menu branch, naming options, No input and Invalid', () => {
    const issues = lintFlow(doc([start(), menu('m', ['1', '2']), hangup('end')], [e('start', 'next', 'm'), e('m', '1', 'end')]));
    expect(issues).toEqual([
      { severity: 'warning', code: 'open-output', nodeId: 'm', message: '"Press 2" of Menu "m" is not connected: the call hangs up there' },
      { severity: 'warning', code: 'open-output', nodeId: 'm', message: '"No input" of Menu "m" is not connected: the call hangs up there' },
      { severity: 'warning', code: 'open-output', nodeId: 'm', message: '"Invalid" of Menu "m" is not connected: the call hangs up there' },
    ]);
  });

  it('warns about unconnected business-hours branches', () => {
    const hours = businessHours('h', { timezone: 'UTC', schedule: noHours, holidays: [] });
    expect(lintFlow(doc([start(), hours], [e('start', 'next', 'h')])).map((i) => i.message)).toEqual([
      '"Open" of Business hours "h" is not connected: the call hangs up there',
      '"Closed" of Business hours "h" is not connected: the call hangs up there',
    ]);
  });

  it('does not warn about a transfer without an "after the call" step', () => {
    expect(lintFlow(doc([start(), transfer('t', '+6531589338')], [e('start', 'next', 't')]))).toEqual([]);
  });
});

describe('lintFlow: loops', () => {
  it('loop-without-wait: steps that cycle with no menu', () => {
    const issues = lintFlow(doc([start(), say('a', 'A'), say('b', 'B')], [e('start', 'next', 'a'), e('a', 'next', 'b'), e('b', 'next', 'a')]));
    expect(issues).toEqual([
      {
        severity: 'error',
        code: 'loop-without-wait',
        nodeId: 'a',
        message: 'These steps loop forever without waiting for the caller: a → b → a. Put a Menu in the loop.',
      },
    ]);
  });

  it('loop-without-wait: a node connected to itself', () => {
    const issues = lintFlow(doc([start(), setVariable('v', 'x', '1')], [e('start', 'next', 'v'), e('v', 'next', 'v')]));
    expect(withCode(issues, 'loop-without-wait')).toEqual([
      { severity: 'error', code: 'loop-without-wait', nodeId: 'v', message: 'These steps loop forever without waiting for the caller: v → v. Put a Menu in the loop.' },
    ]);
  });

  it('reports each loop once even when it is entered from several places', () => {
    const issues = lintFlow(
      doc([start(), say('a', 'A'), say('b', 'B'), say('c', 'C')], [e('start', 'next', 'c'), e('c', 'next', 'b'), e('a', 'next', 'b'), e('b', 'next', 'a')]),
    );
    expect(withCode(issues, 'loop-without-wait')).toHaveLength(1);
  });

  it('does not report a loop that passes through a menu', () => {
    const issues = lintFlow(
      doc([start(), menu('m', ['1']), say('sorry', 'Sorry')], [
        e('start', 'next', 'm'),
        e('m', '1', 'sorry'),
        e('m', 'noInput', 'sorry'),
        e('m', 'invalid', 'sorry'),
        e('sorry', 'next', 'm'),
      ]),
    );
    expect(issues).toEqual([]);
  });

  it('does not report a loop that passes through a transfer', () => {
    const issues = lintFlow(doc([start(), transfer('t', '+6531589338'), say('again', 'Again')], [e('start', 'next', 't'), e('t', 'after', 'again'), e('again', 'next', 't')]));
    expect(issues).toEqual([]);
  });
});

describe('lintFlow: variables', () => {
  const flowSaying = (text: string, extra: Parameters<typeof doc>[0] = []) =>
    doc([start(), say('s', text), hangup('end'), ...extra], [e('start', 'next', 's'), e('s', 'next', 'end')]);

  it('accepts builtins', () => {
    expect(lintFlow(flowSaying('{{caller}} {{dialed}} {{digits}}'))).toEqual([]);
  });

  it('unknown-variable: a placeholder that is not a variable (error)', () => {
    expect(lintFlow(flowSaying('Hi {{name}}'))).toEqual([
      {
        severity: 'error',
        code: 'unknown-variable',
        nodeId: 's',
        message: 'Say "s": {{name}} is not a variable; use {{caller}}, {{dialed}}, {{digits}} or {{vars.name}}',
      },
    ]);
  });

  it('unknown-variable in every templated field: menu messages, transfer numbers, playFile URL, Set variable value', () => {
    const issues = lintFlow(
      doc(
        [
          start(),
          menu('m', ['1'], { promptMessage: 'P {{a}}', successMessage: 'S {{b}}', failureMessage: 'F {{c}}' }),
          transfer('t', '{{d}}', { source: '{{e}}' }),
          setVariable('v', 'x', '{{f}}'),
        ],
        [],
      ),
    );
    expect(withCode(issues, 'unknown-variable').map((i) => [i.nodeId, i.message.split(': ')[1]])).toEqual([
      ['m', '{{a}} is not a variable; use {{caller}}, {{dialed}}, {{digits}} or {{vars.name}}'],
      ['m', '{{b}} is not a variable; use {{caller}}, {{dialed}}, {{digits}} or {{vars.name}}'],
      ['m', '{{c}} is not a variable; use {{caller}}, {{dialed}}, {{digits}} or {{vars.name}}'],
      ['t', '{{d}} is not a variable; use {{caller}}, {{dialed}}, {{digits}} or {{vars.name}}'],
      ['t', '{{e}} is not a variable; use {{caller}}, {{dialed}}, {{digits}} or {{vars.name}}'],
      ['v', '{{f}} is not a variable; use {{caller}}, {{dialed}}, {{digits}} or {{vars.name}}'],
    ]);
  });

  it('names a repeated placeholder once per step', () => {
    expect(withCode(lintFlow(flowSaying('{{name}} {{name}} {{ name }} {{vars.x}} {{vars.x}}')), 'unknown-variable').map((i) => i.message)).toEqual([
      'Say "s": {{name}} is not a variable; use {{caller}}, {{dialed}}, {{digits}} or {{vars.name}}',
      'Say "s": {{ name }} is not a variable; use {{caller}}, {{dialed}}, {{digits}} or {{vars.name}}',
    ]);
    expect(withCode(lintFlow(flowSaying('{{vars.x}} {{vars.x}}')), 'unset-variable')).toHaveLength(1);
  });

  it('unset-variable: {{vars.name}} that no step sets (warning)', () => {
    expect(lintFlow(flowSaying('Hi {{vars.name}}'))).toEqual([
      {
        severity: 'warning',
        code: 'unset-variable',
        nodeId: 's',
        message: 'Say "s": no step sets "name", so {{vars.name}} is always empty',
      },
    ]);
  });

  it('does not warn about a variable some Set variable node sets', () => {
    const issues = lintFlow(
      doc([start(), setVariable('v', 'name', 'Ann'), say('s', 'Hi {{vars.name}}'), hangup('end')], [e('start', 'next', 'v'), e('v', 'next', 's'), e('s', 'next', 'end')]),
    );
    expect(issues).toEqual([]);
  });
});

describe('hasErrors', () => {
  it('is true only when some issue is an error', () => {
    expect(hasErrors([])).toBe(false);
    expect(hasErrors([{ severity: 'warning', code: 'unreachable', message: '' }])).toBe(false);
    expect(hasErrors([{ severity: 'warning', code: 'unreachable', message: '' }, { severity: 'error', code: 'no-start', message: '' }])).toBe(true);
  });
});
