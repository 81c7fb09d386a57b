import { describe, expect, it } from 'vitest';
import { currentSchemaVersion, emptyDocument, loadFlowDocument, migrateDocument, parseFlowDocument } from './document';
import { flowTemplates, templateIds } from './templates';

const position = { x: 0, y: 0 };
const valid = () => ({
  schemaVersion: 1,
  nodes: [
    { id: 'start', kind: 'start', position, data: {} },
    { id: 'hi', kind: 'say', position, data: { text: 'Hi', voiceProfile: 'en-US-BenjaminRUS' } },
  ],
  edges: [{ id: 'e1', source: 'start', sourceHandle: 'next', target: 'hi' }],
});
const issuesOf = (raw: unknown) => {
  const result = parseFlowDocument(raw);
  if (result.ok) throw new Error('expected the document to be refused');
  return result.issues;
};

describe('parseFlowDocument', () => {
  it('accepts a valid document as is', () => {
    expect(parseFlowDocument(valid())).toEqual({ ok: true, document: valid() });
  });

  it('gives an edge without sourceHandle the "next" output', () => {
    const raw = { ...valid(), edges: [{ id: 'e1', source: 'start', target: 'hi' }] };
    const result = parseFlowDocument(raw);
    expect(result.ok && result.document.edges).toEqual([{ id: 'e1', source: 'start', sourceHandle: 'next', target: 'hi' }]);
  });

  it('migrates a document without schemaVersion to the current version', () => {
    const { nodes, edges } = valid();
    const legacy = { nodes, edges };
    expect(currentSchemaVersion).toBe(1);
    expect(parseFlowDocument(legacy)).toEqual({ ok: true, document: valid() });
  });

  it('refuses an unknown schemaVersion', () => {
    expect(issuesOf({ ...valid(), schemaVersion: 2 })).toEqual([expect.stringMatching(/^schemaVersion: /)]);
  });

  it('refuses an unknown node kind, naming the node', () => {
    const raw = { ...valid(), nodes: [...valid().nodes, { id: 'x', kind: 'teleport', position, data: {} }] };
    expect(issuesOf(raw)).toEqual([expect.stringMatching(/^nodes\.2\.kind: /)]);
  });

  it('refuses duplicate node ids and duplicate edge ids', () => {
    const raw = {
      ...valid(),
      nodes: [...valid().nodes, { id: 'hi', kind: 'hangup', position, data: {} }],
      edges: [...valid().edges, { id: 'e1', source: 'hi', target: 'start' }],
    };
    expect(issuesOf(raw)).toEqual(['nodes.2.id: Two nodes have the id "hi"', 'edges.1.id: Two edges have the id "e1"']);
  });

  it.each(['', 'has space', 'colon:inside', 'dot.inside', 'a'.repeat(65)])('refuses node id %j', (id) => {
    const raw = { ...valid(), nodes: [{ id, kind: 'start', position, data: {} }] };
    expect(issuesOf(raw)).toEqual(['nodes.0.id: Node ids use letters, digits, - and _ (at most 64)']);
  });

  it('accepts a 64-character node id', () => {
    expect(parseFlowDocument({ ...valid(), nodes: [{ id: 'a'.repeat(64), kind: 'start', position, data: {} }], edges: [] }).ok).toBe(true);
  });

  it('addresses data errors to their field', () => {
    const raw = { ...valid(), nodes: [valid().nodes[0], { id: 'hi', kind: 'say', position, data: { text: 5 } }] };
    expect(issuesOf(raw)).toEqual([
      expect.stringMatching(/^nodes\.1\.data\.text: /),
      expect.stringMatching(/^nodes\.1\.data\.voiceProfile: /),
    ]);
  });

  it('refuses extra data on start and hangup nodes', () => {
    const raw = { ...valid(), nodes: [{ id: 'start', kind: 'start', position, data: { x: 1 } }], edges: [] };
    expect(issuesOf(raw)).toEqual([expect.stringMatching(/^nodes\.0\.data: /)]);
  });

  it('refuses a node without a position and an edge without an id', () => {
    const raw = { ...valid(), nodes: [{ id: 'start', kind: 'start', data: {} }], edges: [{ id: '', source: 'a', target: 'b' }] };
    expect(issuesOf(raw)).toEqual([expect.stringMatching(/^nodes\.0\.position: /), expect.stringMatching(/^edges\.0\.id: /)]);
  });

  it.each([
    ['null', null],
    ['a string', 'flow'],
    ['a number', 1],
  ])('refuses %s, addressed to the document', (_label, raw) => {
    expect(issuesOf(raw)).toEqual([expect.stringMatching(/^document: /)]);
  });

  it('does not lint: an unfinished draft (empty say, no edges) still parses', () => {
    const draft = { ...valid(), nodes: [valid().nodes[0], { id: 'hi', kind: 'say', position, data: { text: '', voiceProfile: '' } }], edges: [] };
    expect(parseFlowDocument(draft).ok).toBe(true);
  });
});

describe('migrateDocument', () => {
  it('adds the current version when missing and leaves others alone', () => {
    expect(migrateDocument({ nodes: [] })).toEqual({ nodes: [], schemaVersion: 1 });
    const v1 = { schemaVersion: 1, nodes: [] };
    expect(migrateDocument(v1)).toBe(v1);
    expect(migrateDocument(null)).toBeNull();
  });
});

describe('loadFlowDocument', () => {
  it('returns the document or throws with the issues', () => {
    expect(loadFlowDocument(valid())).toEqual(valid());
    expect(() => loadFlowDocument({ ...valid(), nodes: 'x' })).toThrow(/^Stored flow document is invalid: nodes: /);
  });
});

describe('emptyDocument', () => {
  it('is a single Start node that parses', () => {
    const empty = emptyDocument();
    expect(empty).toEqual({ schemaVersion: 1, nodes: [{ id: 'start', kind: 'start', position, data: {} }], edges: [] });
    expect(parseFlowDocument(empty)).toEqual({ ok: true, document: empty });
  });
});

describe('templates', () => {
  it.each(templateIds)('%s round-trips through JSON and parse unchanged', (id) => {
    const built = flowTemplates[id].build();
    expect(parseFlowDocument(JSON.parse(JSON.stringify(built)))).toEqual({ ok: true, document: built });
  });
});
