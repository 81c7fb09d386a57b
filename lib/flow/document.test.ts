import { describe, expect, it } from 'vitest';
import { currentSchemaVersion, emptyDocument, loadFlowDocument, migrateDocument, parseFlowDocument } from './document';
import { flowLimits } from './limits';
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

describe('caps', () => {
  const withNode = (kind: string, data: unknown) => ({ ...valid(), nodes: [...valid().nodes, { id: 'n', kind, position, data }] });

  it('accept an unfinished draft at every cap', () => {
    const digits = '1'.repeat(flowLimits.optionDigits);
    const menu = { promptMessage: 'p'.repeat(3000), voiceProfile: '', options: Array.from({ length: flowLimits.options }, (_, i) => ({ digits: `${i}`, label: 'l'.repeat(flowLimits.optionLabel) })) };
    expect(parseFlowDocument(withNode('menu', { ...menu, options: [...menu.options.slice(1), { digits }] })).ok).toBe(true);
    expect(parseFlowDocument(withNode('setVariable', { name: '', value: 'v'.repeat(flowLimits.variableValue) })).ok).toBe(true);
  });

  it.each([
    ['say', { text: 'x'.repeat(3001), voiceProfile: 'v' }, 'nodes.2.data.text: The message is 3001 characters; 8x8 speaks at most 3000'],
    ['say', { text: 'x', voiceProfile: 'v'.repeat(101) }, 'nodes.2.data.voiceProfile: The voice is 101 characters; at most 100'],
    ['menu', { promptMessage: 'p', voiceProfile: 'v', failureMessage: 'f'.repeat(3001), options: [] }, 'nodes.2.data.failureMessage: The failure message is 3001 characters; 8x8 speaks at most 3000'],
    ['menu', { promptMessage: 'p', voiceProfile: 'v', options: Array.from({ length: 101 }, () => ({ digits: '1' })) }, 'nodes.2.data.options: 101 options; at most 100'],
    ['menu', { promptMessage: 'p', voiceProfile: 'v', options: [{ digits: '1'.repeat(65) }] }, 'nodes.2.data.options.0.digits: The option is 65 characters; at most 64'],
    ['playFile', { fileUrl: `https://x/${'a'.repeat(2048)}.mp3` }, 'nodes.2.data.fileUrl: The URL is 2062 characters; at most 2048'],
    ['transfer', { destination: '1'.repeat(101), source: '{{dialed}}' }, 'nodes.2.data.destination: The number to call is 101 characters; at most 100'],
    ['setVariable', { name: 'n'.repeat(65), value: '' }, 'nodes.2.data.name: The name is 65 characters; at most 64'],
    ['businessHours', { timezone: 'UTC', schedule: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }, holidays: Array.from({ length: 501 }, () => '2026-01-01') }, 'nodes.2.data.holidays: 501 holidays; at most 500'],
  ])('refuse a %s node past a cap, naming the field', (kind, data, message) => {
    expect(issuesOf(withNode(kind, data))).toEqual([message]);
  });

  it('refuse more than 2,000 nodes or 10,000 edges, and long edge fields', () => {
    const nodes = Array.from({ length: flowLimits.nodes + 1 }, (_, i) => ({ id: `n${i}`, kind: 'hangup', position, data: {} }));
    expect(issuesOf({ ...valid(), nodes })).toEqual(['nodes: 2001 nodes; at most 2000']);
    const edges = Array.from({ length: flowLimits.edges + 1 }, (_, i) => ({ id: `e${i}`, source: 'start', target: 'hi' }));
    expect(issuesOf({ ...valid(), edges })).toEqual(['edges: 10001 edges; at most 10000']);
    expect(issuesOf({ ...valid(), edges: [{ id: 'e'.repeat(257), source: 's'.repeat(65), sourceHandle: 'h'.repeat(65), target: 'start' }] })).toEqual([
      'edges.0.id: The edge id is 257 characters; at most 256',
      'edges.0.source: The source node id is 65 characters; at most 64',
      'edges.0.sourceHandle: The output is 65 characters; at most 64',
    ]);
  });
});
