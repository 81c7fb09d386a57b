import { describe, expect, it } from 'vitest';
import type { FlowNode } from '@/lib/flow/document';
import { indexFlow } from '@/lib/flow/flow-index';
import { httpRequestNode } from '@/lib/flow/nodes/http-request/definition';
import { businessHours, doc, e, hangup, menu, noHours, say, setVariable, start, transfer } from '@/lib/flow/testing/builders';
import { firstDifference } from './first-difference';
import { runTestCase } from './run-test-case';
import { testCaseSpec, type TestCaseSpecInput } from './test-case';

// Welcome → business hours → (open) menu 1: sales transfer, 2: say goodbye; (closed) say closed.
const shop = indexFlow(
  doc(
    [
      start(),
      say('welcome', 'Welcome to {{vars.shop}}'),
      setVariable('name', 'shop', 'Acme'),
      businessHours('hours', { timezone: 'Asia/Singapore', schedule: { ...noHours, mon: [{ open: '09:00', close: '17:00' }] }, holidays: [] }),
      menu('main', ['1', '2'], { promptMessage: 'Press 1 for sales, 2 to leave' }),
      transfer('sales', '+6560001111'),
      say('bye', 'Goodbye'),
      say('closed', 'We are closed'),
      say('retry', 'Sorry, I did not catch that'),
      hangup('end'),
    ],
    [
      e('start', 'next', 'name'),
      e('name', 'next', 'welcome'),
      e('welcome', 'next', 'hours'),
      e('hours', 'open', 'main'),
      e('hours', 'closed', 'closed'),
      e('main', '1', 'sales'),
      e('main', '2', 'bye'),
      e('main', 'noInput', 'retry'),
      e('main', 'invalid', 'retry'),
      e('retry', 'next', 'end'),
      e('bye', 'next', 'end'),
      e('closed', 'next', 'end'),
    ],
  ),
);

// Monday 10:00 in Singapore; Sunday 10:00.
const open = '2026-03-02T10:00:00+08:00';
const closed = '2026-03-01T10:00:00+08:00';
const options = { now: new Date(open) };

const spec = (over: Partial<TestCaseSpecInput> = {}) => testCaseSpec.parse({ caller: '+6591110000', dialed: '+6562220000', ...over });

async function differenceOf(over: Partial<TestCaseSpecInput>, index = shop) {
  const parsed = spec(over);
  const outcome = await runTestCase(index, parsed, options);
  return firstDifference(index, parsed, outcome.call, outcome.ok ? undefined : outcome.error);
}

describe('runTestCase', () => {
  it('walks the engine through the presses: steps, speech (variables filled in) and a transfer end', async () => {
    const outcome = await runTestCase(shop, spec({ now: open, presses: ['1'] }), options);
    expect(outcome).toEqual({
      ok: true,
      call: {
        steps: ['start', 'name', 'welcome', 'hours', 'main', 'sales'],
        said: ['Welcome to Acme', 'Press 1 for sales, 2 to leave'],
        end: { kind: 'transfer', to: '+6560001111' },
        pressesUsed: 1,
      },
    });
  });

  it('decides business hours against the mocked time, not the clock', async () => {
    const outcome = await runTestCase(shop, spec({ now: closed }), { now: new Date(open) });
    expect(outcome.call.steps).toEqual(['start', 'name', 'welcome', 'hours', 'closed', 'end']);
    expect(outcome.call.end).toEqual({ kind: 'hangup' });
  });

  it('uses the run time when the case mocks none', async () => {
    const outcome = await runTestCase(shop, spec(), { now: new Date(closed) });
    expect(outcome.call.steps).toContain('closed');
  });

  it('follows the no-input branch for a null press', async () => {
    const outcome = await runTestCase(shop, spec({ now: open, presses: [null] }), options);
    expect(outcome.call.steps.slice(-2)).toEqual(['retry', 'end']);
    expect(outcome.call.said.at(-1)).toBe('Sorry, I did not catch that');
  });

  it('stops waiting at a prompt when the presses run out', async () => {
    const outcome = await runTestCase(shop, spec({ now: open }), options);
    expect(outcome.call.end).toEqual({ kind: 'waiting', nodeId: 'main' });
  });

  it('reports a flow that loops without waiting as an error naming the node', async () => {
    const loop = indexFlow(doc([start(), say('a', 'A'), say('b', 'B')], [e('start', 'next', 'a'), e('a', 'next', 'b'), e('b', 'next', 'a')]));
    const outcome = await runTestCase(loop, spec(), options);
    expect(outcome).toMatchObject({ ok: false, error: 'The flow loops through "a" without waiting for the caller' });
    const parsed = spec();
    expect(firstDifference(loop, parsed, outcome.call, outcome.ok ? undefined : outcome.error)).toEqual({
      expectation: 'run',
      message: 'The flow loops through "a" without waiting for the caller',
    });
  });

  it('reports a flow with no start', async () => {
    const outcome = await runTestCase(indexFlow(doc([say('a', 'A')])), spec(), options);
    expect(outcome).toMatchObject({ ok: false, error: 'The flow has no start node' });
  });

  it('carries session variables from one reply to the next', async () => {
    const outcome = await runTestCase(shop, spec({ now: open, presses: ['2'] }), options);
    expect(outcome.call.said).toEqual(['Welcome to Acme', 'Press 1 for sales, 2 to leave', 'Goodbye']);
  });
});

describe('firstDifference', () => {
  const passing = { steps: ['start', 'name', 'welcome', 'hours', 'main', 'bye', 'end'], says: ['Welcome', 'Goodbye'], end: { kind: 'hangup' as const } };

  it('is null when every expectation holds', async () => {
    expect(await differenceOf({ now: open, presses: ['2'], expect: passing })).toBeNull();
  });

  it('names the first step that differs, by kind and id', async () => {
    expect(await differenceOf({ now: closed, presses: [], expect: { steps: passing.steps } })).toEqual({
      expectation: 'steps',
      message: 'Step 5: expected Menu "main", visited Say "closed"',
    });
  });

  it('says when the call ended before an expected step', async () => {
    expect(await differenceOf({ now: open, presses: ['2'], expect: { steps: [...passing.steps, 'more'] } })).toEqual({
      expectation: 'steps',
      message: 'Step 8: expected "more" (not in this flow), but the call hung up after 7 step(s)',
    });
  });

  it('says when the call went further than expected', async () => {
    expect(await differenceOf({ now: open, presses: ['2'], expect: { steps: passing.steps.slice(0, 5) } })).toEqual({
      expectation: 'steps',
      message: 'Step 6: expected no more steps, visited Say "bye"',
    });
  });

  it('checks speech contains the snippets in order', async () => {
    expect(await differenceOf({ now: open, presses: ['2'], expect: { says: ['Goodbye', 'Welcome'] } })).toEqual({
      expectation: 'says',
      message: 'Expected to hear "Welcome" after "Goodbye"; heard nothing more',
    });
    expect(await differenceOf({ now: open, presses: ['2'], expect: { says: ['Hello'] } })).toEqual({
      expectation: 'says',
      message: 'Expected to hear "Hello"; heard "Welcome to Acme", "Press 1 for sales, 2 to leave", "Goodbye"',
    });
  });

  it('checks the end: hangup against transfer, and the transfer number', async () => {
    expect(await differenceOf({ now: open, presses: ['1'], expect: { end: { kind: 'hangup' } } })).toEqual({
      expectation: 'end',
      message: 'Expected the call to end: hung up; it was transferred to +6560001111',
    });
    expect(await differenceOf({ now: open, presses: ['1'], expect: { end: { kind: 'transfer', to: '+6560009999' } } })).toEqual({
      expectation: 'end',
      message: 'Expected the call to end: was transferred to +6560009999; it was transferred to +6560001111',
    });
    expect(await differenceOf({ now: open, presses: ['1'], expect: { end: { kind: 'transfer', to: '+6560001111' } } })).toBeNull();
    expect(await differenceOf({ now: open, expect: { end: { kind: 'hangup' } } })).toEqual({
      expectation: 'end',
      message: 'Expected the call to end: hung up; it was still waiting at Menu "main" for a press',
    });
  });

  it('flags presses the call never asked for', async () => {
    expect(await differenceOf({ now: open, presses: ['2', '1'] })).toEqual({
      expectation: 'presses',
      message: "The call hung up after 1 of the case's 2 press(es)",
    });
  });

  it('reports the first difference only, steps before speech before the end', async () => {
    const difference = await differenceOf({ now: closed, expect: { steps: ['start'], says: ['nothing'], end: { kind: 'transfer', to: '+1' } } });
    expect(difference?.expectation).toBe('steps');
  });
});

describe('runTestCase with a data dip', () => {
  // Looks the caller up over HTTP, greets them by name on Success, apologises otherwise.
  const lookup: FlowNode = {
    id: 'lookup',
    kind: 'httpRequest',
    position: { x: 0, y: 0 },
    data: { ...httpRequestNode.defaults(), url: 'https://crm.example.com/customers?phone={{caller}}', mappings: [{ variable: 'name', path: '$.customer.name' }] },
  };
  const crm = indexFlow(
    doc(
      [start(), lookup, say('hello', 'Hello {{vars.name}}'), say('sorry', 'Sorry, we could not find you'), hangup('end')],
      [e('start', 'next', 'lookup'), e('lookup', 'success', 'hello'), e('lookup', 'failed', 'sorry'), e('lookup', 'timedOut', 'sorry'), e('hello', 'next', 'end'), e('sorry', 'next', 'end')],
    ),
  );

  it('answers the dip from the case’s mock for its node, with no request made', async () => {
    const found = await runTestCase(crm, spec({ mocks: { lookup: { kind: 'response', status: 200, json: { customer: { name: 'Ada' } } } } }), options);
    expect(found.call).toMatchObject({ steps: ['start', 'lookup', 'hello', 'end'], said: ['Hello Ada'], end: { kind: 'hangup' } });
    const down = await runTestCase(crm, spec({ mocks: { lookup: { kind: 'response', status: 503 } } }), options);
    expect(down.call.steps).toEqual(['start', 'lookup', 'sorry', 'end']);
    const slow = await runTestCase(crm, spec({ mocks: { lookup: { kind: 'timeout' } } }), options);
    expect(slow.call.steps).toEqual(['start', 'lookup', 'sorry', 'end']);
  });

  it('fails a case whose dip has no mock, saying what to add', async () => {
    const outcome = await runTestCase(crm, spec(), options);
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : String(outcome.error)).toContain('The data dip "lookup" has no mocked response');
  });
});
