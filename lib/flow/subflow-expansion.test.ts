import { describe, expect, it } from 'vitest';
import { compileResume, compileStart } from './compile';
import { nodeIdPattern, type FlowDocument } from './document';
import { indexFlow } from './flow-index';
import { expandedLoopIssues, lintFlow } from './lint';
import { subflowEntryOutput } from './nodes/subflow/definition';
import { expandSubflows, maxSubflowDepth, pathStepLabel, scopedNodeId, subflowVersionIds, type ChildVersion } from './subflow-expansion';
import { ctx, doc, e, hangup, menu, returnTo, say, settledNow, start, subflow, transfer, voice } from './testing/builders';

// "Speak to an agent": a menu, 1 → Return "agent", 2 → Return "done".
const agentFlow = doc(
  [start(), say('hello', 'Team {{vars.team}}'), menu('menu', ['1', '2']), returnTo('toAgent', 'agent'), returnTo('back', 'done')],
  [e('start', 'next', 'hello'), e('hello', 'next', 'menu'), e('menu', '1', 'toAgent'), e('menu', '2', 'back')],
);
const child = (flowId: string, document: FlowDocument, version = 1): ChildVersion => ({ flowId, flowName: `Flow ${flowId}`, version, document });

const mainFlow = doc(
  [start(), subflow('agent', 'vAgent', ['agent', 'done'], [{ name: 'team', value: 'Sales' }], 'fAgent'), transfer('desk', '+6562220001'), say('bye', 'Bye'), hangup()],
  [e('start', 'next', 'agent'), e('agent', 'agent', 'desk'), e('agent', 'done', 'bye'), e('bye', 'next', 'end')],
);
const versions = new Map([['vAgent', child('fAgent', agentFlow)]]);

const expanded = (document: FlowDocument, children = versions, flowId?: string) => {
  const result = expandSubflows(document, children, flowId);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.document;
};
const failure = (document: FlowDocument, children: ReadonlyMap<string, ChildVersion>, flowId?: string) => {
  const result = expandSubflows(document, children, flowId);
  return result.ok ? [] : result.issues.map((i) => `${i.code} ${i.nodeId}: ${i.message}`);
};

describe('expandSubflows', () => {
  it('leaves a document without Subflow steps as it is', () => {
    const plain = doc([start(), hangup()], [e('start', 'next', 'end')]);
    expect(expandSubflows(plain, new Map())).toEqual({ ok: true, document: plain });
    expect(subflowVersionIds(plain)).toEqual([]);
    expect(subflowVersionIds(mainFlow)).toEqual(['vAgent']);
  });

  it('copies the child’s steps under the Subflow step; its Returns lead where the Subflow’s outputs do', () => {
    const out = expanded(mainFlow);
    expect(out.nodes.map((n) => n.id)).toEqual(['start', 'agent', 'desk', 'bye', 'end', 'agent--hello', 'agent--menu']);
    const targets = out.edges.map((edge) => `${edge.source}:${edge.sourceHandle}→${edge.target}`);
    expect(targets).toEqual(
      expect.arrayContaining([`agent:${subflowEntryOutput}→agent--hello`, 'agent--hello:next→agent--menu', 'agent--menu:1→desk', 'agent--menu:2→bye']),
    );
    // The copy keeps the child's data.
    expect(out.nodes.find((n) => n.id === 'agent--menu')).toMatchObject({ kind: 'menu', data: { options: [{ digits: '1' }, { digits: '2' }] } });
  });

  it('a Return whose output the parent leaves open ends the call there', () => {
    const open = doc([start(), subflow('agent', 'vAgent', ['agent', 'done'])], [e('start', 'next', 'agent')]);
    const out = expanded(open);
    expect(out.edges.filter((edge) => edge.source === 'agent--menu').map((edge) => edge.sourceHandle)).toEqual([]);
  });

  it('a call walks into the subflow, with its parameter, waits at its menu and returns through the chosen output', () => {
    const index = indexFlow(expanded(mainFlow));
    const first = settledNow(compileStart(index, ctx(), 'v9'));
    expect(first.waitingAt).toBe('agent--menu');
    expect(first.reply.clientActionId).toBe('v9:agent--menu');
    expect(first.vars).toEqual({ team: 'Sales' });
    expect(first.path.map((s) => s.nodeId)).toEqual(['start', 'agent', 'agent--hello', 'agent--menu']);
    expect(first.reply.callflow[0]).toEqual({ action: 'say', params: { text: 'Team Sales', voiceProfile: voice } });

    const toAgent = settledNow(compileResume(index, 'agent--menu', ctx({ digits: '1', vars: first.vars }), 'v9'));
    expect(toAgent.output).toBe('1');
    expect(toAgent.waitingAt).toBe('desk');
    const back = settledNow(compileResume(index, 'agent--menu', ctx({ digits: '2', vars: first.vars }), 'v9'));
    expect(back.path.map((s) => s.nodeId)).toEqual(['agent--menu', 'bye', 'end']);
    expect(back.reply.callflow).toEqual([{ action: 'say', params: { text: 'Bye', voiceProfile: voice } }, { action: 'hangup' }]);
  });

  it('a subflow whose Start leads straight to a Return continues at once', () => {
    const passThrough = doc([start(), returnTo('r', 'done')], [e('start', 'next', 'r')]);
    const parent = doc([start(), subflow('s', 'vP', ['done']), say('after', 'After'), hangup()], [e('start', 'next', 's'), e('s', 'done', 'after'), e('after', 'next', 'end')]);
    const out = expanded(parent, new Map([['vP', child('fP', passThrough)]]));
    const reply = settledNow(compileStart(indexFlow(out), ctx(), 'v1'));
    expect(reply.path.map((s) => s.nodeId)).toEqual(['start', 's', 'after', 'end']);
  });

  it('expands nested subflows, each Return going back one level', () => {
    const inner = doc([start(), menu('pick', ['1']), returnTo('r', 'picked')], [e('start', 'next', 'pick'), e('pick', '1', 'r')]);
    const middle = doc(
      [start(), subflow('inner', 'vInner', ['picked'], [], 'fInner'), say('thanks', 'Thanks'), returnTo('r', 'done')],
      [e('start', 'next', 'inner'), e('inner', 'picked', 'thanks'), e('thanks', 'next', 'r')],
    );
    const top = doc([start(), subflow('mid', 'vMid', ['done'], [], 'fMid'), hangup()], [e('start', 'next', 'mid'), e('mid', 'done', 'end')]);
    const out = expanded(top, new Map([['vInner', child('fInner', inner)], ['vMid', child('fMid', middle)]]), 'fTop');
    expect(out.nodes.map((n) => n.id)).toEqual(['start', 'mid', 'end', 'mid--inner', 'mid--thanks', 'mid--inner--pick']);
    const index = indexFlow(out);
    expect(settledNow(compileStart(index, ctx(), 'v1')).waitingAt).toBe('mid--inner--pick');
    const resumed = settledNow(compileResume(index, 'mid--inner--pick', ctx({ digits: '1' }), 'v1'));
    expect(resumed.path.map((s) => s.nodeId)).toEqual(['mid--inner--pick', 'mid--thanks', 'end']);
  });

  it('refuses a version it does not have, or one of another flow', () => {
    expect(failure(mainFlow, new Map())).toEqual([
      'subflow-missing-version agent: Subflow "agent": the flow version it runs no longer exists; choose a published version',
    ]);
    expect(failure(mainFlow, new Map([['vAgent', child('fOther', agentFlow)]]))).toHaveLength(1);
    expect(failure(doc([start(), subflow('s', '', [])]), new Map())[0]).toContain('subflow-missing-version s');
  });

  it('refuses a Return the Subflow step does not list as an output', () => {
    const stale = doc([start(), subflow('agent', 'vAgent', ['done'], [], 'fAgent')], [e('start', 'next', 'agent')]);
    expect(failure(stale, versions)).toEqual([
      'subflow-unknown-return agent: Subflow "agent": its flow returns “agent”, which is not one of its outputs; choose the version again',
    ]);
  });

  it('refuses a cycle between flows: itself, A → B → A, and nesting past the limit', () => {
    expect(failure(mainFlow, versions, 'fAgent')[0]).toContain('subflow-cycle agent');
    const a = doc([start(), subflow('toB', 'vB', [], [], 'fB')], [e('start', 'next', 'toB')]);
    const b = doc([start(), subflow('toA', 'vA', [], [], 'fA')], [e('start', 'next', 'toA')]);
    const both = new Map([['vA', child('fA', a)], ['vB', child('fB', b)]]);
    expect(failure(a, both, 'fA')).toEqual([
      'subflow-cycle toB: Subflow "toB" runs “Flow fB” v1, where Subflow "toA": running “Flow fA” leads back to a flow already running it (a cycle between flows)',
    ]);
    // Without its own flow id (a version read for calls), the cycle is still found one turn later.
    expect(failure(a, both)[0]).toContain('subflow-cycle');

    const chain = new Map<string, ChildVersion>();
    for (let level = 1; level <= maxSubflowDepth + 1; level++) {
      const next = doc([start(), subflow('s', `v${level + 1}`, [], [], `f${level + 1}`)], [e('start', 'next', 's')]);
      chain.set(`v${level}`, child(`f${level}`, level === maxSubflowDepth + 1 ? doc([start()]) : next));
    }
    const top = doc([start(), subflow('s', 'v1', [], [], 'f1')], [e('start', 'next', 's')]);
    const tooDeep = failure(top, chain, 'f0');
    expect(tooDeep).toHaveLength(1);
    expect(tooDeep[0]).toMatch(/^subflow-too-deep s: Subflow "s" runs “Flow f1” v1, where .*subflows nest more than 5 deep$/);
  });

  it('keeps copied ids within the node id pattern, stable, with a hash when too long', () => {
    expect(scopedNodeId('agent', 'menu')).toBe('agent--menu');
    const long = scopedNodeId('a'.repeat(40), `menu_${'b'.repeat(40)}`);
    expect(long).toMatch(nodeIdPattern);
    expect(long).toBe(scopedNodeId('a'.repeat(40), `menu_${'b'.repeat(40)}`));
    expect(long).not.toBe(scopedNodeId('c'.repeat(40), `menu_${'b'.repeat(40)}`));
    expect(long.endsWith('b'.repeat(20))).toBe(true);

    const longIds = doc([start(), subflow('x'.repeat(64), 'vAgent', ['agent', 'done'], [], 'fAgent')], [e('start', 'next', 'x'.repeat(64))]);
    expect(expanded(longIds).nodes.every((n) => nodeIdPattern.test(n.id))).toBe(true);
  });

  it('refuses a copied id that another step already has', () => {
    const clash = doc([start(), subflow('agent', 'vAgent', ['agent', 'done'], [], 'fAgent'), say('agent--menu', 'Mine')], [e('start', 'next', 'agent')]);
    expect(failure(clash, versions)[0]).toContain('subflow-id-clash agent');
  });
});

describe('pathStepLabel', () => {
  it('names a step copied from a subflow by its flow, and leaves other ids as they are', () => {
    const named = doc([start(), { id: 'help', kind: 'subflow', position: { x: 0, y: 0 }, data: { flowId: 'f', versionId: 'v', flowName: 'Speak to an agent', returns: ['done'], params: [] } }, say('a--b', 'x')]);
    expect(pathStepLabel(named, 'help--menu')).toBe('Speak to an agent › menu');
    expect(pathStepLabel(named, 'help--inner--pick')).toBe('Speak to an agent › inner--pick');
    expect(pathStepLabel(named, 'start')).toBe('start');
    expect(pathStepLabel(named, 'a--b')).toBe('a--b');
    expect(pathStepLabel(named, '--x')).toBe('--x');
    expect(pathStepLabel(doc([start(), subflow('s', 'v', [])]), 's--menu')).toBe('Subflow s › menu');
  });
});

describe('loops through a subflow', () => {
  // "Back to the main menu": the subflow's "done" leads to the Subflow step again.
  const again = (versionId: string) => doc([start(), subflow('help', versionId, ['agent', 'done']), hangup()], [e('start', 'next', 'help'), e('help', 'done', 'help'), e('help', 'agent', 'end')]);
  const passThrough = doc([start(), returnTo('r', 'done'), returnTo('a', 'agent')], [e('start', 'next', 'r')]);

  it('the draft’s lint leaves them to publishing: the subflow may wait', () => {
    expect(lintFlow(again('vAgent')).filter((i) => i.code === 'loop-without-wait')).toEqual([]);
  });

  it('the expanded flow is fine when the subflow waits (a menu), and loops forever when it does not', () => {
    expect(expandedLoopIssues(expanded(again('vAgent')))).toEqual([]);
    const looping = expandedLoopIssues(expanded(again('vPass'), new Map([['vPass', child('fPass', passThrough)]])));
    expect(looping.map((i) => i.message)).toEqual([
      'These steps loop forever without waiting for the caller: help → help. Put a Menu in the loop.',
    ]);
  });
});
