import { describe, expect, it } from 'vitest';
import { compileResume, compileStart } from '../../compile';
import type { FlowNode } from '../../document';
import { indexFlow } from '../../flow-index';
import { lintFlow } from '../../lint';
import { ctx, doc, e, menu, say, setVariable, settledNow, start, stepNow, voice } from '../../testing/builders';
import { conditionNode, describeRule, type ConditionData, type ConditionRule } from './definition';
import { asNumber, listItems, ruleHolds } from './rules';

const condition = (id: string, data: ConditionData): FlowNode => ({ id, kind: 'condition', position: { x: 0, y: 0 }, data });
const rule = (id: string, operator: ConditionRule['operator'], value = '', extra: Partial<ConditionRule> = {}): ConditionRule => ({ id, operator, value, ...extra });
const problems = (data: ConditionData) => {
  const parsed = conditionNode.rules.safeParse(data);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const sayAction = (text: string) => ({ action: 'say', params: { text, voiceProfile: voice } });

describe('Condition rules', () => {
  it.each([
    ['equals', '1', '1', true],
    ['equals', ' 1 ', '1', true],
    ['equals', '1', '2', false],
    ['equals', 'Yes', 'yes', false],
    ['equals', '', '', true],
    ['oneOf', '2', '1, 2,3', true],
    ['oneOf', '4', '1, 2,3', false],
    ['oneOf', '', '1,,2', false],
    ['oneOf', '1', '', false],
    ['startsWith', '+6591234567', '+65', true],
    ['startsWith', '+4420', '+65', false],
    ['startsWith', 'anything', '', false],
    ['lessThan', '9', '10', true],
    ['lessThan', '10', '10', false],
    ['atMost', '10', '10', true],
    ['atMost', '10.5', '10', false],
    ['greaterThan', '-1', '-2', true],
    ['greaterThan', '2', '2', false],
    ['atLeast', '2', '2', true],
    ['atLeast', '1.99', '2', false],
    ['lessThan', '', '10', false],
    ['lessThan', 'abc', '10', false],
    ['greaterThan', '5', 'x', false],
    ['greaterThan', '0x10', '1', false],
    ['isEmpty', '', 'ignored', true],
    ['isEmpty', '   ', '', true],
    ['isEmpty', '0', '', false],
  ] as const)('%s: "%s" against "%s" is %s', (operator, subject, value, holds) => {
    expect(ruleHolds(operator, subject, value)).toBe(holds);
  });

  it('reads plain numbers only', () => {
    expect([asNumber('12'), asNumber(' -3.5 '), asNumber('.5'), asNumber('+7'), asNumber('1e3'), asNumber('Infinity'), asNumber(''), asNumber('1,000')]).toEqual([
      12, -3.5, 0.5, 7, null, null, null, null,
    ]);
  });

  it('splits a list on commas, trimmed, without empty items', () => {
    expect(listItems(' a, b ,,c ')).toEqual(['a', 'b', 'c']);
  });
});

describe('Condition step', () => {
  const data: ConditionData = {
    subject: '{{vars.tier}}',
    rules: [rule('gold', 'equals', 'gold'), rule('vip', 'oneOf', 'silver, bronze'), rule('none', 'isEmpty')],
  };

  it('takes the first rule that holds, by its id, and sends 8x8 nothing', () => {
    expect(stepNow(conditionNode, data, ctx({ vars: { tier: 'gold' } }))).toEqual({ type: 'continue', output: 'gold' });
    expect(stepNow(conditionNode, data, ctx({ vars: { tier: 'bronze' } }))).toEqual({ type: 'continue', output: 'vip' });
    expect(stepNow(conditionNode, data, ctx())).toEqual({ type: 'continue', output: 'none' });
    expect(stepNow(conditionNode, data, ctx({ vars: { tier: 'tin' } }))).toEqual({ type: 'continue', output: 'otherwise' });
  });

  it('stops at the first match even when a later rule holds too', () => {
    const both = { subject: '{{digits}}', rules: [rule('a', 'lessThan', '5'), rule('b', 'equals', '3')] };
    expect(stepNow(conditionNode, both, ctx({ digits: '3' }))).toEqual({ type: 'continue', output: 'a' });
  });

  it('checks the caller, the dialed number and the digits, and fills placeholders in values', () => {
    const byCaller = { subject: '{{caller}}', rules: [rule('sg', 'startsWith', '+65')] };
    expect(stepNow(conditionNode, byCaller, ctx({ caller: '+6591110000' })).type === 'continue' && stepNow(conditionNode, byCaller, ctx({ caller: '+6591110000' }))).toMatchObject({ output: 'sg' });
    expect(stepNow(conditionNode, byCaller, ctx({ caller: '+4420' }))).toMatchObject({ output: 'otherwise' });
    const same = { subject: '{{digits}}', rules: [rule('again', 'equals', '{{vars.pin}}')] };
    expect(stepNow(conditionNode, same, ctx({ digits: '1234', vars: { pin: '1234' } }))).toMatchObject({ output: 'again' });
    const dialed = { subject: '{{dialed}}', rules: [rule('hotline', 'oneOf', '+6562220000, +6562220001')] };
    expect(stepNow(conditionNode, dialed, ctx())).toMatchObject({ output: 'hotline' });
    const none = { subject: '{{digits}}', rules: [rule('silent', 'isEmpty')] };
    expect(stepNow(conditionNode, none, ctx({ digits: null }))).toMatchObject({ output: 'silent' });
  });

  it('switches the caller’s voice when a rule that says so holds', () => {
    const language = { subject: '{{digits}}', rules: [rule('es', 'equals', '2', { voiceProfile: 'es-ES-Standard-A' }), rule('en', 'equals', '1')] };
    expect(stepNow(conditionNode, language, ctx({ digits: '2' }))).toEqual({ type: 'continue', output: 'es', vars: { _voice: 'es-ES-Standard-A' } });
    expect(stepNow(conditionNode, language, ctx({ digits: '1' }))).toEqual({ type: 'continue', output: 'en' });
    expect(conditionNode.defines(language)).toEqual(['_voice']);
    expect(conditionNode.defines({ ...language, rules: [rule('en', 'equals', '1')] })).toEqual([]);
  });
});

describe('Condition definition', () => {
  const data: ConditionData = { subject: '{{digits}}', rules: [rule('r1', 'equals', '1'), rule('r2', 'isEmpty'), rule('r3', 'atLeast', '10', { voiceProfile: 'es-ES-Standard-A' })] };

  it('has one output per rule, then Otherwise, each named by its test', () => {
    expect(conditionNode.outputs(data)).toEqual(['r1', 'r2', 'r3', 'otherwise']);
    expect(conditionNode.outputs(data).map((o) => conditionNode.outputLabel(o, data))).toEqual(['= 1', 'is empty', '≥ 10 → es-ES-Standard-A', 'Otherwise']);
    expect(conditionNode.outputLabel('gone', data)).toBe('gone');
    expect(describeRule(rule('x', 'oneOf', ''))).toBe('one of …');
  });

  it('lists the subject and the values as templated text, and summarises', () => {
    expect(conditionNode.templated(data)).toEqual(['{{digits}}', '1', '', '10']);
    expect(conditionNode.summary(data)).toBe('If {{digits}}: 3 rule(s), else otherwise');
    expect(conditionNode.waits).toBe(false);
    expect(conditionNode.resume).toBeUndefined();
  });

  it('defaults to a complete, valid condition on the digits', () => {
    expect(problems(conditionNode.defaults())).toEqual([]);
  });

  it('lint: what to check, at least one rule, unique ids, values that fit the test', () => {
    expect(problems({ subject: ' ', rules: [] })).toEqual([
      'subject: Say what to check, e.g. {{digits}}, {{caller}} or {{vars.choice}}',
      'rules: Add a rule: with none, every call takes “Otherwise”',
    ]);
    expect(
      problems({
        subject: '{{digits}}',
        rules: [
          rule('a', 'equals', ''),
          rule('a', 'lessThan', 'ten'),
          rule('otherwise', 'oneOf', ' , '),
          rule('b c', 'startsWith', ' '),
          rule('d', 'greaterThan', '{{vars.limit}}'),
          rule('e', 'equals', '1', { voiceProfile: ' ' }),
        ],
      }),
    ).toEqual([
      'rules.1.id: Rule 2: its output id "a" must be unique letters, digits, - and _',
      'rules.1.value: Rule 2: compare with a number, e.g. 10',
      'rules.2.id: Rule 3: its output id "otherwise" must be unique letters, digits, - and _',
      'rules.2.value: Rule 3: list the values, separated by commas, e.g. 1, 2, 3',
      'rules.3.id: Rule 4: its output id "b c" must be unique letters, digits, - and _',
      'rules.3.value: Rule 4: write what it starts with, e.g. +65',
      'rules.5.voiceProfile: Rule 6: choose the voice to switch to',
    ]);
  });

  it('stored data refuses unknown tests and overlong values', () => {
    expect(conditionNode.data.safeParse({ subject: 'x', rules: [{ id: 'a', operator: 'matches', value: '' }] }).success).toBe(false);
    expect(conditionNode.data.safeParse({ subject: 'x', rules: [rule('a', 'equals', 'v'.repeat(1001))] }).success).toBe(false);
  });
});

describe('Condition in a flow', () => {
  const flow = doc(
    [
      start(),
      menu('main', ['1', '2', '3']),
      condition('route', { subject: '{{digits}}', rules: [rule('low', 'lessThan', '3'), rule('three', 'equals', '3')] }),
      say('low', 'Low'),
      say('three', 'Three'),
      say('other', 'Other'),
    ],
    [e('start', 'next', 'main'), e('main', '1', 'route'), e('main', '2', 'route'), e('main', '3', 'route'), e('main', 'invalid', 'route'), e('route', 'low', 'low'), e('route', 'three', 'three'), e('route', 'otherwise', 'other')],
  );
  const resume = (digits: string) => settledNow(compileResume(indexFlow(flow), 'main', ctx({ digits }), 'v1'));

  it('branches on the digits within the same reply, and the walk records the rule taken', () => {
    expect(resume('1').reply.callflow).toEqual([sayAction('Low'), { action: 'hangup' }]);
    expect(resume('3').reply.callflow).toEqual([sayAction('Three'), { action: 'hangup' }]);
    expect(resume('9').reply.callflow).toEqual([sayAction('Other'), { action: 'hangup' }]);
    expect(resume('2').path).toEqual([{ nodeId: 'main', output: '2' }, { nodeId: 'route', output: 'low' }, { nodeId: 'low', output: 'next' }]);
  });

  it('branches on a variable set earlier in the call, and a switched voice makes the flow keep variables', () => {
    const byVar = doc(
      [start(), setVariable('v', 'tier', 'gold'), condition('c', { subject: '{{vars.tier}}', rules: [rule('gold', 'equals', 'gold')] }), say('g', 'Gold')],
      [e('start', 'next', 'v'), e('v', 'next', 'c'), e('c', 'gold', 'g')],
    );
    expect(settledNow(compileStart(indexFlow(byVar), ctx(), 'v1')).reply.callflow).toEqual([sayAction('Gold'), { action: 'hangup' }]);
    expect(indexFlow(doc([start(), condition('c', { subject: '{{digits}}', rules: [rule('a', 'equals', '1')] })])).usesSessionVariables).toBe(false);
    expect(indexFlow(doc([start(), condition('c', { subject: '{{vars.x}}', rules: [rule('a', 'equals', '1')] })])).usesSessionVariables).toBe(true);
    expect(indexFlow(doc([start(), condition('c', { subject: '{{digits}}', rules: [rule('a', 'equals', '2', { voiceProfile: 'es-ES-Standard-A' })] })])).usesSessionVariables).toBe(true);
  });

  it('lint: open rule outputs, unknown and unset variables, connections from removed rules', () => {
    const document = doc(
      [start(), condition('c', { subject: '{{vars.lang}} {{nope}}', rules: [rule('a', 'equals', '1')] }), say('s', 'S')],
      [e('start', 'next', 'c'), e('c', 'a', 's'), e('c', 'gone', 's')],
    );
    const issues = lintFlow(document).map((i) => `${i.code}: ${i.message}`);
    expect(issues).toEqual(
      expect.arrayContaining([
        'unknown-output: Condition "c" has no output "gone": delete or reconnect this connection',
        'open-output: "Otherwise" of Condition "c" is not connected: the call hangs up there',
        'unknown-variable: Condition "c": {{nope}} is not a variable; use {{caller}}, {{dialed}}, {{digits}} or {{vars.name}}',
        'unset-variable: Condition "c": no step sets "lang", so {{vars.lang}} is always empty',
      ]),
    );
    const langSet = doc(
      [start(), condition('c', { subject: '{{digits}}', rules: [rule('es', 'equals', '2', { voiceProfile: 'es-ES-Standard-A' })] }), say('s', 'Voice {{vars._voice}}')],
      [e('start', 'next', 'c'), e('c', 'es', 's'), e('c', 'otherwise', 's')],
    );
    expect(lintFlow(langSet).filter((i) => i.code === 'unset-variable')).toEqual([]);
  });
});
