import {
  applyEdgeChanges,
  applyNodeChanges,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type XYPosition,
} from '@xyflow/react';
import { createStore } from 'zustand/vanilla';
import type { FlowDocument } from '@/lib/flow/document';
import type { NodeKind } from '@/lib/flow/registry';
import { nodeRegistry } from '@/lib/flow/registry';
import { layoutLeftToRight } from './auto-layout';
import { toCanvas, toCanvasNode, type CanvasEdge, type CanvasNode } from './document-mapping';

// The designer's state: the canvas (nodes and edges), undo/redo history, the
// clipboard and the save status. UI-only state (open panel, popovers) stays in
// components. Every change to the document bumps `changeCount`, which autosave
// and lint follow.

type Snapshot = { nodes: CanvasNode[]; edges: CanvasEdge[] };

export type SaveStatus =
  | { state: 'saved'; at: number | null }
  | { state: 'dirty' }
  | { state: 'saving' }
  | { state: 'error'; message: string }
  /** Someone else saved first; nothing is overwritten until the user chooses. */
  | { state: 'conflict'; message: string; serverRevision: number };

export type FlowEditorState = {
  flowId: string;
  name: string;
  /** True when the name was edited here and not saved yet (saves carry it only then). */
  nameDirty: boolean;
  /** The draftRevision the canvas is based on (sent with each save). */
  revision: number;
  readOnly: boolean;
  nodes: CanvasNode[];
  edges: CanvasEdge[];
  past: Snapshot[];
  future: Snapshot[];
  clipboard: Snapshot | null;
  save: SaveStatus;
  changeCount: number;
  /** Set by focusNode; the canvas centres that node and clears it. */
  focusRequest: string | null;
  /** The step a test call is at right now (highlighted on the canvas). */
  liveNodeId: string | null;
};

export type FlowEditorActions = {
  onNodesChange: (changes: NodeChange<CanvasNode>[]) => void;
  onEdgesChange: (changes: EdgeChange<CanvasEdge>[]) => void;
  onConnect: (connection: Connection) => void;
  /** Records the state before a gesture (a drag) so one undo reverts the gesture. */
  checkpoint: () => void;
  /** Adds a node and returns its id ('' in a read-only store). */
  addNode: (kind: NodeKind, position: XYPosition) => string;
  updateNodeData: (id: string, data: Record<string, unknown>) => void;
  /** Moves a node's connection from output `from` to `to` (a menu option's digits changed). */
  renameOutput: (nodeId: string, from: string, to: string) => void;
  /** Drops the connection leaving a node's output (a menu option was removed). */
  removeOutput: (nodeId: string, output: string) => void;
  deleteSelection: () => void;
  selectOnly: (ids: string[]) => void;
  focusNode: (id: string) => void;
  clearFocusRequest: () => void;
  undo: () => void;
  redo: () => void;
  copy: () => void;
  paste: () => void;
  autoLayout: () => void;
  setName: (name: string) => void;
  /** Replaces the whole document (reload after a conflict, restoring a version). */
  replaceDocument: (document: FlowDocument, revision: number, name?: string) => void;
  setSave: (save: SaveStatus) => void;
  setRevision: (revision: number) => void;
  markNameSaved: () => void;
  setLiveNode: (id: string | null) => void;
};

export type FlowEditorStore = ReturnType<typeof createFlowStore>;

const historyLimit = 100;
const pasteOffset = 40;

export type FlowStoreInit = { flowId: string; name: string; revision: number; document: FlowDocument; readOnly?: boolean };

export function createFlowStore(init: FlowStoreInit) {
  const canvas = toCanvas(init.document);
  return createStore<FlowEditorState & { actions: FlowEditorActions }>()((set, get) => {
    const snapshot = (): Snapshot => ({ nodes: get().nodes, edges: get().edges });
    /** Pushes the current state on the undo stack; `coalesceKey` merges a run of edits (typing). */
    let lastCoalesce: { key: string; at: number } | null = null;
    const remember = (coalesceKey?: string) => {
      const now = Date.now();
      if (coalesceKey && lastCoalesce?.key === coalesceKey && now - lastCoalesce.at < 1500) {
        lastCoalesce.at = now;
        return;
      }
      lastCoalesce = coalesceKey ? { key: coalesceKey, at: now } : null;
      set((s) => ({ past: [...s.past.slice(-(historyLimit - 1)), snapshot()], future: [] }));
    };
    const changed = (patch: Partial<FlowEditorState>) =>
      set((s) => ({ ...patch, changeCount: s.changeCount + 1, save: s.save.state === 'conflict' ? s.save : { state: 'dirty' } }));

    /** A readable id ("menu_3") not in `taken` (which it then includes). */
    const uniqueId = (kind: NodeKind, taken: Set<string> = new Set(get().nodes.map((n) => n.id))) => {
      const base = kind.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
      let n = 1;
      while (taken.has(`${base}_${n}`)) n += 1;
      taken.add(`${base}_${n}`);
      return `${base}_${n}`;
    };

    return {
      flowId: init.flowId,
      name: init.name,
      nameDirty: false,
      revision: init.revision,
      readOnly: init.readOnly ?? false,
      nodes: canvas.nodes,
      edges: canvas.edges,
      past: [],
      future: [],
      clipboard: null,
      save: { state: 'saved', at: null },
      changeCount: 0,
      focusRequest: null,
      liveNodeId: null,
      actions: {
        onNodesChange: (changes) => {
          if (get().readOnly) {
            set((s) => ({ nodes: applyNodeChanges(changes.filter((c) => c.type === 'select' || c.type === 'dimensions'), s.nodes) }));
            return;
          }
          const alters = changes.some((c) => c.type === 'remove' || c.type === 'add' || c.type === 'replace');
          const moves = changes.some((c) => c.type === 'position' && c.dragging === false);
          if (alters) remember();
          const nodes = applyNodeChanges(changes, get().nodes);
          if (alters || moves) changed({ nodes });
          else set({ nodes });
        },
        onEdgesChange: (changes) => {
          const alters = !get().readOnly && changes.some((c) => c.type === 'remove' || c.type === 'add' || c.type === 'replace');
          const allowed = get().readOnly ? changes.filter((c) => c.type === 'select') : changes;
          if (alters) remember();
          const edges = applyEdgeChanges(allowed, get().edges);
          if (alters) changed({ edges });
          else set({ edges });
        },
        onConnect: ({ source, sourceHandle, target }) => {
          // A step may lead back to itself (a menu repeating on a wrong key); lint
          // refuses loops that never wait for the caller.
          if (get().readOnly || !source || !target) return;
          const output = sourceHandle ?? 'next';
          remember();
          // One connection per output: a new one replaces the old.
          const kept = get().edges.filter((e) => !(e.source === source && (e.sourceHandle ?? 'next') === output));
          const edge: CanvasEdge = { id: `e_${source}_${output}_${target}`, source, sourceHandle: output, target };
          changed({ edges: [...kept, edge] });
        },
        checkpoint: () => {
          if (!get().readOnly) remember();
        },
        addNode: (kind, position) => {
          if (get().readOnly) return '';
          // A flow has one entry step: adding another selects the one there is.
          const entry = nodeRegistry[kind].entry ? get().nodes.find((n) => n.type === kind) : undefined;
          if (entry) return entry.id;
          remember();
          const id = uniqueId(kind);
          const node = { ...toCanvasNode({ id, kind, position, data: nodeRegistry[kind].defaults() } as Parameters<typeof toCanvasNode>[0]), selected: true };
          changed({ nodes: [...get().nodes.map((n) => ({ ...n, selected: false })), node] });
          return id;
        },
        updateNodeData: (id, data) => {
          if (get().readOnly) return;
          remember(`data:${id}`);
          changed({ nodes: get().nodes.map((n) => (n.id === id ? { ...n, data } : n)) });
        },
        renameOutput: (nodeId, from, to) => {
          const { edges, readOnly } = get();
          const leaves = (e: CanvasEdge, output: string) => e.source === nodeId && (e.sourceHandle ?? 'next') === output;
          // One connection per output: when `to` is already connected, that connection wins.
          if (readOnly || from === to || !edges.some((e) => leaves(e, from)) || edges.some((e) => leaves(e, to))) return;
          // Same undo step as the data edit that renamed the output.
          remember(`data:${nodeId}`);
          const ids = new Set(edges.map((e) => e.id));
          changed({
            edges: edges.map((e) => {
              if (!leaves(e, from)) return e;
              let id = `e_${nodeId}_${to}_${e.target}`;
              while (ids.has(id)) id = `${id}_`;
              ids.add(id);
              return { ...e, id, sourceHandle: to };
            }),
          });
        },
        removeOutput: (nodeId, output) => {
          const { edges, readOnly } = get();
          const gone = edges.filter((e) => e.source === nodeId && (e.sourceHandle ?? 'next') === output);
          if (readOnly || gone.length === 0) return;
          remember(`data:${nodeId}`);
          changed({ edges: edges.filter((e) => !gone.includes(e)) });
        },
        deleteSelection: () => {
          const { nodes, edges, readOnly } = get();
          if (readOnly) return;
          const doomed = new Set(nodes.filter((n) => n.selected && !nodeRegistry[n.type].entry).map((n) => n.id));
          const doomedEdges = edges.filter((e) => e.selected || doomed.has(e.source) || doomed.has(e.target));
          if (doomed.size === 0 && doomedEdges.length === 0) return;
          remember();
          const gone = new Set(doomedEdges.map((e) => e.id));
          changed({ nodes: nodes.filter((n) => !doomed.has(n.id)), edges: edges.filter((e) => !gone.has(e.id)) });
        },
        selectOnly: (ids) => {
          const wanted = new Set(ids);
          set((s) => ({
            nodes: s.nodes.map((n) => (n.selected === wanted.has(n.id) ? n : { ...n, selected: wanted.has(n.id) })),
            edges: s.edges.map((e) => (e.selected ? { ...e, selected: false } : e)),
          }));
        },
        focusNode: (id) => {
          get().actions.selectOnly([id]);
          set({ focusRequest: id });
        },
        clearFocusRequest: () => set({ focusRequest: null }),
        undo: () => {
          const { past, readOnly } = get();
          const previous = past.at(-1);
          if (!previous || readOnly) return;
          lastCoalesce = null;
          set((s) => ({ past: s.past.slice(0, -1), future: [snapshot(), ...s.future] }));
          changed({ nodes: previous.nodes, edges: previous.edges });
        },
        redo: () => {
          const { future, readOnly } = get();
          const next = future[0];
          if (!next || readOnly) return;
          lastCoalesce = null;
          set((s) => ({ future: s.future.slice(1), past: [...s.past, snapshot()] }));
          changed({ nodes: next.nodes, edges: next.edges });
        },
        copy: () => {
          const { nodes, edges } = get();
          const picked = nodes.filter((n) => n.selected && !nodeRegistry[n.type].entry);
          if (picked.length === 0) return;
          const ids = new Set(picked.map((n) => n.id));
          set({ clipboard: { nodes: picked, edges: edges.filter((e) => ids.has(e.source) && ids.has(e.target)) } });
        },
        paste: () => {
          const { clipboard, readOnly } = get();
          if (!clipboard || readOnly) return;
          remember();
          const taken = new Set(get().nodes.map((n) => n.id));
          const renamed = new Map(clipboard.nodes.map((n) => [n.id, uniqueId(n.type, taken)]));
          const added = clipboard.nodes.map((n) => ({
            ...n,
            id: renamed.get(n.id)!,
            position: { x: n.position.x + pasteOffset, y: n.position.y + pasteOffset },
            selected: true,
          }));
          const nodes = [...get().nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), ...added];
          const edges = clipboard.edges.map((e) => {
            const source = renamed.get(e.source)!;
            const target = renamed.get(e.target)!;
            return { ...e, id: `e_${source}_${e.sourceHandle ?? 'next'}_${target}`, source, target, selected: false };
          });
          // The next paste lands offset again from this one.
          set({ clipboard: { nodes: added.map((n) => ({ ...n, selected: false })), edges } });
          changed({ nodes, edges: [...get().edges, ...edges] });
        },
        autoLayout: () => {
          if (get().readOnly) return;
          remember();
          changed({ nodes: layoutLeftToRight(get().nodes, get().edges) });
        },
        setName: (name) => {
          if (get().readOnly || name === get().name) return;
          changed({ name, nameDirty: true });
        },
        replaceDocument: (document, revision, name) => {
          const next = toCanvas(document);
          lastCoalesce = null;
          // A new document (lint follows changeCount) that is already saved.
          set((s) => ({
            nodes: next.nodes,
            edges: next.edges,
            revision,
            name: name ?? s.name,
            nameDirty: false,
            past: [],
            future: [],
            changeCount: s.changeCount + 1,
            save: { state: 'saved', at: Date.now() },
          }));
        },
        setSave: (save) => set({ save }),
        setRevision: (revision) => set({ revision }),
        markNameSaved: () => set({ nameDirty: false }),
        setLiveNode: (liveNodeId) => set({ liveNodeId }),
      },
    };
  });
}
