import { describe, expect, it } from 'vitest';
import { restaurant } from '@/lib/flow/templates/restaurant';
import { simpleIvr } from '@/lib/flow/templates/simple-ivr';
import { emptyDocument } from '@/lib/flow/document';
import { toDocument } from './document-mapping';
import { createFlowStore } from './flow-store';

const storeFor = (document = emptyDocument(), readOnly = false) =>
  createFlowStore({ flowId: 'f1', name: 'Test', revision: 1, document, readOnly });

const doc = (store: ReturnType<typeof storeFor>) => toDocument(store.getState().nodes, store.getState().edges);

describe('flow store: document round trip', () => {
  it('gives back the document it was created from', () => {
    expect(doc(storeFor(restaurant()))).toEqual(restaurant());
  });
});

describe('flow store: editing', () => {
  it('adds a node with the kind’s defaults and a readable unique id, selected', () => {
    const store = storeFor();
    const first = store.getState().actions.addNode('menu', { x: 10, y: 20 });
    const second = store.getState().actions.addNode('menu', { x: 10, y: 20 });
    expect([first, second]).toEqual(['menu_1', 'menu_2']);
    const node = store.getState().nodes.find((n) => n.id === second)!;
    expect(node.selected).toBe(true);
    expect(store.getState().nodes.filter((n) => n.selected)).toHaveLength(1);
    expect(node.data).toMatchObject({ options: [{ digits: '1' }, { digits: '2' }] });
    expect(store.getState().actions.addNode('businessHours', { x: 0, y: 0 })).toBe('business_hours_1');
  });

  it('never adds a second Start node', () => {
    const store = storeFor();
    expect(store.getState().actions.addNode('start', { x: 0, y: 0 })).toBe('start');
    expect(store.getState().nodes.filter((n) => n.type === 'start')).toHaveLength(1);
  });

  it('connects one edge per output: a new connection replaces the old', () => {
    const store = storeFor();
    const { actions } = store.getState();
    const a = actions.addNode('say', { x: 0, y: 0 });
    const b = actions.addNode('hangup', { x: 0, y: 0 });
    actions.onConnect({ source: 'start', sourceHandle: 'next', target: a, targetHandle: null });
    actions.onConnect({ source: 'start', sourceHandle: 'next', target: b, targetHandle: null });
    expect(doc(store).edges).toEqual([{ id: `e_start_next_${b}`, source: 'start', sourceHandle: 'next', target: b }]);
  });

  it('lets a menu branch back to itself (the loop waits for the caller)', () => {
    const store = storeFor();
    const menu = store.getState().actions.addNode('menu', { x: 0, y: 0 });
    store.getState().actions.onConnect({ source: menu, sourceHandle: 'invalid', target: menu, targetHandle: null });
    expect(doc(store).edges).toEqual([{ id: `e_${menu}_invalid_${menu}`, source: menu, sourceHandle: 'invalid', target: menu }]);
  });

  it('deletes the selection and its edges, but never the Start node', () => {
    const store = storeFor(simpleIvr());
    store.getState().actions.selectOnly(['start', 'retry_menu']);
    store.getState().actions.deleteSelection();
    const after = doc(store);
    expect(after.nodes.map((n) => n.id)).toEqual(['start', 'main_menu', 'resolved', 'agent']);
    expect(after.edges.some((e) => e.source === 'retry_menu' || e.target === 'retry_menu')).toBe(false);
  });

  it('marks every document change dirty and counts it; selection is not a change', () => {
    const store = storeFor();
    const before = store.getState().changeCount;
    store.getState().actions.selectOnly(['start']);
    expect(store.getState().changeCount).toBe(before);
    store.getState().actions.addNode('say', { x: 0, y: 0 });
    expect(store.getState().changeCount).toBe(before + 1);
    expect(store.getState().save).toEqual({ state: 'dirty' });
  });
});

describe('flow store: undo and redo', () => {
  it('undoes and redoes adds, connections and deletions in order', () => {
    const store = storeFor();
    const { actions } = store.getState();
    const say = actions.addNode('say', { x: 0, y: 0 });
    actions.onConnect({ source: 'start', sourceHandle: 'next', target: say, targetHandle: null });
    actions.selectOnly([say]);
    actions.deleteSelection();
    expect(doc(store).nodes).toHaveLength(1);
    actions.undo();
    expect(doc(store).nodes).toHaveLength(2);
    expect(doc(store).edges).toHaveLength(1);
    actions.undo();
    expect(doc(store).edges).toHaveLength(0);
    actions.undo();
    expect(doc(store).nodes).toHaveLength(1);
    actions.redo();
    actions.redo();
    expect(doc(store).edges).toHaveLength(1);
    expect(store.getState().future).toHaveLength(1);
  });

  it('treats a run of edits to one node as one undo step', () => {
    const store = storeFor();
    const say = store.getState().actions.addNode('say', { x: 0, y: 0 });
    for (const text of ['H', 'He', 'Hel', 'Hello']) {
      store.getState().actions.updateNodeData(say, { text, voiceProfile: 'en-GB-Emma' });
    }
    expect(store.getState().past).toHaveLength(2); // the add, then the typing
    store.getState().actions.undo();
    expect(store.getState().nodes.find((n) => n.id === say)!.data).toMatchObject({ text: '' });
  });

  it('a new change clears the redo stack', () => {
    const store = storeFor();
    store.getState().actions.addNode('say', { x: 0, y: 0 });
    store.getState().actions.undo();
    expect(store.getState().future).toHaveLength(1);
    store.getState().actions.addNode('hangup', { x: 0, y: 0 });
    expect(store.getState().future).toHaveLength(0);
  });
});

describe('flow store: copy and paste', () => {
  it('pastes the selected nodes with new ids, offset, with the edges between them, selected', () => {
    const store = storeFor(simpleIvr());
    const { actions } = store.getState();
    actions.selectOnly(['main_menu', 'resolved', 'start']);
    actions.copy();
    actions.paste();
    const pasted = store.getState().nodes.filter((n) => n.selected);
    expect(pasted.map((n) => n.id).sort()).toEqual(['hangup_1', 'menu_1']);
    const original = store.getState().nodes.find((n) => n.id === 'main_menu')!;
    expect(pasted.find((n) => n.id === 'menu_1')!.position).toEqual({ x: original.position.x + 40, y: original.position.y + 40 });
    expect(store.getState().edges.filter((e) => e.source === 'menu_1')).toEqual([
      expect.objectContaining({ source: 'menu_1', sourceHandle: '1', target: 'hangup_1' }),
    ]);
    actions.paste();
    expect(store.getState().nodes.map((n) => n.id)).toContain('menu_2');
  });
});

describe('flow store: layout, read-only, replacing the document', () => {
  it('arranges nodes left to right following the edges', () => {
    const store = storeFor(simpleIvr());
    store.getState().actions.autoLayout();
    const x = (id: string) => store.getState().nodes.find((n) => n.id === id)!.position.x;
    expect(x('start')).toBeLessThan(x('main_menu'));
    expect(x('main_menu')).toBeLessThan(x('agent'));
  });

  it('changes nothing in a read-only store', () => {
    const store = storeFor(simpleIvr(), true);
    const before = doc(store);
    const { actions } = store.getState();
    actions.addNode('say', { x: 0, y: 0 });
    actions.selectOnly(['main_menu']);
    actions.deleteSelection();
    actions.updateNodeData('main_menu', {});
    actions.autoLayout();
    expect(doc(store)).toEqual(before);
  });

  it('replaces the document, the revision and the history; lint follows, nothing is left to save', () => {
    const store = storeFor();
    store.getState().actions.addNode('say', { x: 0, y: 0 });
    store.getState().actions.setName('Mine');
    const changes = store.getState().changeCount;
    store.getState().actions.replaceDocument(restaurant(), 7, 'Other');
    expect(store.getState()).toMatchObject({ revision: 7, name: 'Other', nameDirty: false, past: [], future: [], save: { state: 'saved' } });
    expect(store.getState().changeCount).toBe(changes + 1);
    expect(doc(store)).toEqual(restaurant());
  });

  it('marks the name dirty only when it is edited here', () => {
    const store = storeFor();
    store.getState().actions.addNode('say', { x: 0, y: 0 });
    expect(store.getState().nameDirty).toBe(false);
    store.getState().actions.setName('Renamed');
    expect(store.getState().nameDirty).toBe(true);
    store.getState().actions.markNameSaved();
    expect(store.getState().nameDirty).toBe(false);
  });
});

describe('flow store: renaming and removing outputs', () => {
  const menuEdges = (store: ReturnType<typeof storeFor>) =>
    doc(store)
      .edges.filter((e) => e.source === 'main_menu')
      .map((e) => `${e.sourceHandle}->${e.target}`)
      .sort();

  it('moves the connection of a renamed output, with a fresh edge id, in the same undo step as the data edit', () => {
    const store = storeFor(simpleIvr());
    const { actions } = store.getState();
    const data = store.getState().nodes.find((n) => n.id === 'main_menu')!.data;
    const past = store.getState().past.length;
    actions.updateNodeData('main_menu', { ...data, options: [{ digits: '9' }, { digits: '2' }] });
    actions.renameOutput('main_menu', '1', '9');
    expect(menuEdges(store)).toEqual(['2->agent', '9->resolved', 'invalid->retry_menu', 'noInput->retry_menu']);
    const ids = doc(store).edges.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(store.getState().past).toHaveLength(past + 1);
    actions.undo();
    expect(menuEdges(store)).toContain('1->resolved');
    expect(store.getState().nodes.find((n) => n.id === 'main_menu')!.data).toEqual(data);
  });

  it('keeps the existing connection when the new output is already connected', () => {
    const store = storeFor(simpleIvr());
    store.getState().actions.renameOutput('main_menu', '1', '2');
    expect(menuEdges(store)).toEqual(['1->resolved', '2->agent', 'invalid->retry_menu', 'noInput->retry_menu']);
  });

  it('changes nothing when the output has no connection, or the names are equal', () => {
    const store = storeFor(simpleIvr());
    const before = store.getState().changeCount;
    store.getState().actions.renameOutput('main_menu', '7', '8');
    store.getState().actions.renameOutput('main_menu', '1', '1');
    expect(store.getState().changeCount).toBe(before);
  });

  it('removes only the connection leaving that output of that node', () => {
    const store = storeFor(simpleIvr());
    store.getState().actions.removeOutput('main_menu', '2');
    expect(menuEdges(store)).toEqual(['1->resolved', 'invalid->retry_menu', 'noInput->retry_menu']);
    expect(doc(store).edges.some((e) => e.source === 'retry_menu' && e.sourceHandle === '2')).toBe(true);
    store.getState().actions.undo();
    expect(menuEdges(store)).toContain('2->agent');
  });

  it('renames and removes nothing in a read-only store', () => {
    const store = storeFor(simpleIvr(), true);
    const before = doc(store);
    store.getState().actions.renameOutput('main_menu', '1', '9');
    store.getState().actions.removeOutput('main_menu', '2');
    expect(doc(store)).toEqual(before);
  });
});
