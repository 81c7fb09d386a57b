import { describe, expect, it } from 'vitest';
import { apologyReply, defaultVoiceProfile } from './apology';
import { flowNode } from './document';
import { indexFlow } from './flow-index';
import { definitionForNode, definitionOf, isNodeKind, nodeKinds, nodeRegistry } from './registry';
import { doc, e, hangup, menu, say, setVariable, start, transfer } from './testing/builders';

describe('node registry', () => {
  it('has exactly one definition per kind', () => {
    expect(Object.keys(nodeRegistry).sort()).toEqual([...nodeKinds].sort());
  });

  it.each(nodeKinds)('%s: defaults are valid stored data and a complete node', (kind) => {
    const definition = definitionOf(kind);
    expect(definition.data.safeParse(definition.defaults()).success).toBe(true);
    expect(flowNode.safeParse({ id: 'n', kind, position: { x: 0, y: 0 }, data: definition.defaults() }).success).toBe(true);
    expect(definition.label).not.toBe('');
  });

  it.each(nodeKinds)('%s: waits exactly when it can resume', (kind) => {
    const definition = definitionOf(kind);
    expect(definition.resume !== undefined).toBe(definition.waits);
  });

  it.each(nodeKinds)('%s: names every output, and summarises its defaults', (kind) => {
    const definition = definitionOf(kind);
    const data = definition.defaults();
    for (const output of definition.outputs(data)) expect(definition.outputLabel(output, data)).not.toBe('');
    expect(typeof definition.summary(data)).toBe('string');
    expect(definition.icon).not.toBe('');
    expect(definition.defines(data).every((name) => name !== '')).toBe(true);
  });

  it('has one entry kind, the Start', () => {
    expect(nodeKinds.filter((k) => nodeRegistry[k].entry)).toEqual(['start']);
    expect(isNodeKind('start')).toBe(true);
    expect(isNodeKind('constructor')).toBe(false);
  });

  it('only menu and transfer wait for 8x8', () => {
    expect(nodeKinds.filter((k) => definitionOf(k).waits)).toEqual(['menu', 'transfer']);
  });

  it('definitionForNode returns the definition of the node\'s kind', () => {
    expect(definitionForNode(say('s', 'Hi'))).toBe(nodeRegistry.say);
    expect(definitionForNode(menu('m', ['1']))).toBe(nodeRegistry.menu);
  });
});

describe('indexFlow', () => {
  it('maps nodes, finds the start and resolves outputs to targets', () => {
    const index = indexFlow(doc([say('a', 'A'), start('begin'), hangup('end')], [e('begin', 'next', 'a'), e('a', 'next', 'end')]));
    expect(index.startId).toBe('begin');
    expect([...index.nodes.keys()]).toEqual(['a', 'begin', 'end']);
    expect(index.targetOf('begin', 'next')).toBe('a');
    expect(index.targetOf('a', 'next')).toBe('end');
    expect(index.targetOf('a', 'other')).toBeUndefined();
    expect(index.targetOf('end', 'next')).toBeUndefined();
  });

  it('has no start when the document has none', () => {
    expect(indexFlow(doc([hangup('end')])).startId).toBeNull();
  });

  it('keeps the first edge per output, skipping edges to missing nodes', () => {
    const index = indexFlow(
      doc([start(), say('a', 'A'), say('b', 'B')], [e('start', 'next', 'ghost'), e('start', 'next', 'b'), e('start', 'next', 'a')]),
    );
    expect(index.targetOf('start', 'next')).toBe('b');
  });

  it('knows whether replies can depend on session variables', () => {
    expect(indexFlow(doc([start(), say('a', 'Hi {{caller}}, you pressed {{digits}}')])).usesSessionVariables).toBe(false);
    expect(indexFlow(doc([start(), transfer('t', '{{dialed}}')])).usesSessionVariables).toBe(false);
    expect(indexFlow(doc([start(), setVariable('v', 'choice', '{{digits}}')])).usesSessionVariables).toBe(true);
    expect(indexFlow(doc([start(), menu('m', ['1'], { promptMessage: 'Hello {{vars.name}}' })])).usesSessionVariables).toBe(true);
  });
});

describe('apologyReply', () => {
  it('says sorry in the default voice and hangs up', () => {
    expect(defaultVoiceProfile).toBe('en-US-BenjaminRUS');
    expect(apologyReply()).toStrictEqual({
      callflow: [
        {
          action: 'say',
          params: { text: 'We are sorry, we cannot take your call right now. Please try again later. Goodbye.', voiceProfile: 'en-US-BenjaminRUS' },
        },
        { action: 'hangup' },
      ],
    });
  });

  it('uses the given voice', () => {
    const [first] = apologyReply('en-GB-Susan').callflow;
    expect(first?.action === 'say' && first.params.voiceProfile).toBe('en-GB-Susan');
  });
});
