import { describe, expect, it } from 'vitest';
import { lintFlow } from '../../lint';
import { ctx, doc, e, returnTo, say, start, stepNow, subflow } from '../../testing/builders';
import { returnNode, type ReturnData } from '../return/definition';
import { returnNamesOf, subflowEntryOutput, subflowNode, type SubflowData } from './definition';

const problems = <D>(rules: { safeParse: (d: D) => { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } } }, data: D) => {
  const parsed = rules.safeParse(data);
  return parsed.success ? [] : (parsed.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
};
const chosen: SubflowData = { flowId: 'f1', versionId: 'v1', flowName: 'Speak to an agent', version: 2, returns: ['done', 'agent'], params: [{ name: 'team', value: '{{digits}}' }] };

describe('Subflow step', () => {
  it('sets its parameters as variables and continues into the subflow', () => {
    expect(stepNow(subflowNode, chosen, ctx({ digits: '7' }))).toEqual({ type: 'continue', output: subflowEntryOutput, vars: { team: '7' } });
    expect(stepNow(subflowNode, subflowNode.defaults(), ctx())).toEqual({ type: 'continue', output: subflowEntryOutput, vars: {} });
  });

  it('has its flow’s Return names as outputs; its parameters define variables', () => {
    expect(subflowNode.outputs(chosen)).toEqual(['done', 'agent']);
    expect(subflowNode.outputLabel('agent', chosen)).toBe('agent');
    expect(subflowNode.defines(chosen)).toEqual(['team']);
    expect(subflowNode.defines({ ...chosen, params: [{ name: '1bad', value: '' }] })).toEqual([]);
    expect(subflowNode.templated(chosen)).toEqual(['{{digits}}']);
    expect(subflowNode.summary(chosen)).toBe('Runs Speak to an agent v2 with team');
    expect(subflowNode.summary(subflowNode.defaults())).toBe('Choose a flow to run');
  });

  it('lint: a flow and version chosen, parameters named once with variable names', () => {
    expect(problems(subflowNode.rules, chosen)).toEqual([]);
    expect(problems(subflowNode.rules, subflowNode.defaults())).toEqual(['versionId: Choose the flow to run and one of its published versions']);
    expect(problems(subflowNode.rules, { ...chosen, params: [{ name: 'team', value: '' }, { name: 'team', value: '' }, { name: 'a b', value: '' }] })).toEqual([
      'params.1.name: Parameter 2: name it with letters, digits and _ (not starting with a digit), once each, e.g. team',
      'params.2.name: Parameter 3: name it with letters, digits and _ (not starting with a digit), once each, e.g. team',
    ]);
    expect(problems(subflowNode.rules, { ...chosen, returns: ['done', 'done'] })).toEqual(['returns.1: Output "done" must be a unique Return name']);
  });

  it('lint in a flow: its outputs are connected as any step’s; a parameter sets the variable later steps read', () => {
    const flow = doc(
      [start(), subflow('agent', 'v1', ['done', 'agent'], [{ name: 'team', value: 'Sales' }], 'f1'), say('bye', 'Bye {{vars.team}}')],
      [e('start', 'next', 'agent'), e('agent', 'done', 'bye')],
    );
    const codes = lintFlow(flow).map((i) => `${i.code} ${i.nodeId}`);
    expect(codes).toEqual(['open-output agent', 'open-output bye']);
    expect(lintFlow(flow).find((i) => i.nodeId === 'agent')?.message).toBe('"agent" of Subflow "agent" is not connected: the call hangs up there');
  });

  it('reads the Return names of a version, once each, in order', () => {
    expect(returnNamesOf(doc([start(), returnTo('r1', 'done'), say('s', 'x'), returnTo('r2', 'agent'), returnTo('r3', 'done')]))).toEqual(['done', 'agent']);
  });
});

describe('Return step', () => {
  const check = (data: ReturnData) => problems(returnNode.rules, data);
  it('ends the call when its flow is called directly, and has no outputs', () => {
    expect(stepNow(returnNode, { output: 'done' }, ctx())).toEqual({ type: 'end', actions: [{ action: 'hangup' }] });
    expect(returnNode.outputs({ output: 'done' })).toEqual([]);
    expect(returnNode.summary({ output: 'agent' })).toContain('“agent”');
  });

  it('lint: needs an output name', () => {
    expect(check({ output: 'done' })).toEqual([]);
    expect(check({ output: '' })).toEqual(['output: Name the output with letters, digits, - and _ (at most 32), e.g. done']);
    expect(check({ output: 'subflow:enter' })).toHaveLength(1);
  });
});
