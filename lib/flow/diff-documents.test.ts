import { describe, expect, it } from 'vitest';
import { describeDiff, diffDocuments, isEmptyDiff } from './diff-documents';
import { restaurant } from './templates/restaurant';
import { doc, e, hangup, menu, say, start } from './testing/builders';

const base = () =>
  doc(
    [start(), menu('main', ['1', '2']), say('hello', 'Hello'), hangup('end')],
    [e('start', 'next', 'main'), e('main', '1', 'hello'), e('hello', 'next', 'end')],
  );

describe('diffDocuments', () => {
  it('finds nothing between a document and itself, or a deep copy of it', () => {
    const document = restaurant();
    expect(isEmptyDiff(diffDocuments(document, document))).toBe(true);
    expect(isEmptyDiff(diffDocuments(document, structuredClone(document)))).toBe(true);
  });

  it('lists nodes added and removed by id', () => {
    const from = base();
    const to = doc([start(), menu('main', ['1', '2']), say('bye', 'Bye'), hangup('end')], from.edges);
    expect(diffDocuments(from, to)).toMatchObject({ nodesAdded: ['bye'], nodesRemoved: ['hello'], nodesChanged: [] });
  });

  it('counts a node whose data or kind differs as changed', () => {
    const from = base();
    const to = base();
    to.nodes[1] = menu('main', ['1', '2', '3']);
    to.nodes[2] = hangup('hello');
    expect(diffDocuments(from, to).nodesChanged).toEqual(['main', 'hello']);
  });

  it('ignores positions and the order of keys and nodes', () => {
    const from = base();
    const to = base();
    to.nodes = [...to.nodes].reverse().map((n) => ({ ...n, position: { x: 999, y: -5 } }));
    const hello = to.nodes.find((n) => n.id === 'hello')!;
    if (hello.kind === 'say') hello.data = { voiceProfile: hello.data.voiceProfile, text: hello.data.text };
    expect(isEmptyDiff(diffDocuments(from, to))).toBe(true);
  });

  it('counts edges added and removed by what they connect, not by id', () => {
    const from = base();
    const to = base();
    to.edges = [
      { ...e('start', 'next', 'main'), id: 'renamed' },
      e('main', '2', 'hello'),
      e('main', 'invalid', 'main'),
    ];
    expect(diffDocuments(from, to)).toMatchObject({ edgesAdded: 2, edgesRemoved: 2 });
  });
});

describe('describeDiff', () => {
  it('says what changed in steps and connections, leaving out what did not', () => {
    const none = { nodesAdded: [], nodesRemoved: [], nodesChanged: [], edgesAdded: 0, edgesRemoved: 0 };
    expect(describeDiff(none)).toBe('no changes');
    expect(describeDiff({ ...none, nodesChanged: ['a'] })).toBe('steps 1 changed');
    expect(describeDiff({ ...none, nodesAdded: ['a', 'b'], nodesRemoved: ['c'], edgesAdded: 1, edgesRemoved: 2 })).toBe(
      'steps 2 added, 1 removed; connections 1 added, 2 removed',
    );
    expect(describeDiff({ ...none, edgesRemoved: 1 })).toBe('connections 1 removed');
  });
});
