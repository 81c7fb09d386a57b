import { anyValue, edgeNumbers, hostileStrings, hugeString, nested, oddTimestamps } from './hostile-values';
import { KeyList } from './json-text';
import type { Rng } from './prng';
import { deleteAt, describePath, getAt, isContainer, pathsOf, setAt, type Path, type Tree } from './tree';

// Mutations of a parsed body, each returning what it did (or null when it has nothing to
// work on). Those that write entries by hand (KeyList) run last: nothing can walk into them.

export type ValueMutation = { name: string; weight: number; last?: boolean; apply: (tree: Tree, rng: Rng) => string | null };

const timeKey = /time/i;
const eventTypes = ['CALL_ACTION', 'CALL_STATUS', 'SESSION_SUMMARY', 'call_action', 'CALL_ACTION ', 'VOICE_MAIL', '', 42, null, ['CALL_ACTION']];

function anyPath(tree: Tree, rng: Rng, filter: (path: Path, value: unknown) => boolean = () => true): Path | null {
  const paths = pathsOf(tree.root).filter((path) => filter(path, getAt(tree, path)));
  return paths.length ? rng.pick(paths) : null;
}

const objectPath = (tree: Tree, rng: Rng): Path | null => {
  const inner = anyPath(tree, rng, (_, value) => isContainer(value) && !Array.isArray(value));
  return inner ?? (isContainer(tree.root) && !Array.isArray(tree.root) ? [] : null);
};

/** Sets a value at a random path, described as "<what> at <where>". */
const replacing = (tree: Tree, rng: Rng, what: { name: string; value: unknown }, path = anyPath(tree, rng)) => {
  if (!path) return null;
  setAt(tree, path, what.value);
  return `${what.name} at ${describePath(path)}`;
};

export const valueMutations: ValueMutation[] = [
  {
    name: 'drop a field',
    weight: 6,
    apply: (tree, rng) => {
      const path = anyPath(tree, rng);
      if (!path) return null;
      deleteAt(tree, path);
      return `dropped ${describePath(path)}`;
    },
  },
  {
    name: 'copy a field under a look-alike key',
    weight: 2,
    apply: (tree, rng) => {
      const path = anyPath(tree, rng, (p) => typeof p.at(-1) === 'string');
      if (!path) return null;
      const key = String(path.at(-1));
      const twin = rng.pick([key.toUpperCase(), `${key} `, `${key}\u0000`, `${key}\u200B`, `_${key}`]);
      setAt(tree, [...path.slice(0, -1), twin], structuredClone(getAt(tree, path)));
      return `copied ${describePath(path)} to ${JSON.stringify(twin)}`;
    },
  },
  { name: 'retype a field', weight: 8, apply: (tree, rng) => replacing(tree, rng, anyValue(rng)) },
  { name: 'a hostile string', weight: 10, apply: (tree, rng) => replacing(tree, rng, rng.pick(hostileStrings)) },
  { name: 'a huge string', weight: 6, apply: (tree, rng) => replacing(tree, rng, hugeString(rng)) },
  {
    name: 'an edge number',
    weight: 6,
    apply: (tree, rng) => replacing(tree, rng, rng.pick(edgeNumbers), rng.chance(0.7) ? anyPath(tree, rng, (_, v) => typeof v === 'number') : undefined),
  },
  {
    name: 'an odd timestamp',
    weight: 6,
    apply: (tree, rng) => replacing(tree, rng, rng.pick(oddTimestamps), anyPath(tree, rng, (p) => timeKey.test(String(p.at(-1)))) ?? undefined),
  },
  {
    name: 'nesting around the 64-level limit',
    weight: 3,
    apply: (tree, rng) => {
      const path = anyPath(tree, rng);
      if (!path) return null;
      // The root object is level 1 and a value at `path` sits inside path.length containers.
      const total = rng.pick([63, 64, 65, 66, 100]);
      const shape = rng.pick(['array', 'object'] as const);
      setAt(tree, path, nested(total - path.length, shape));
      return `${shape}s nested to a total depth of ${total} at ${describePath(path)}`;
    },
  },
  {
    name: 'an array where an object is expected',
    weight: 3,
    apply: (tree, rng) => {
      const path = objectPath(tree, rng);
      if (!path) return null;
      const value = getAt(tree, path);
      const form = rng.pick([{ name: 'wrapped in an array', value: [value] }, { name: 'an empty array', value: [] }, { name: 'its values as an array', value: Object.values(value as object) }]);
      setAt(tree, path, form.value);
      return `${describePath(path)} ${form.name}`;
    },
  },
  {
    name: 'a wrong eventType',
    weight: 2,
    apply: (tree, rng) => {
      const value = rng.pick(eventTypes);
      setAt(tree, ['eventType'], value);
      return `eventType ${JSON.stringify(value)}`;
    },
  },
  {
    name: 'an odd key',
    weight: 2,
    apply: (tree, rng) => {
      const path = objectPath(tree, rng);
      if (!path) return null;
      const key = rng.chance(0.3) ? hugeString(rng, 20_000) : rng.pick(hostileStrings);
      setAt(tree, [...path, key.value], 'x');
      return `a key that is ${key.name} in ${describePath(path)}`;
    },
  },
  {
    name: 'a wide object',
    weight: 1,
    apply: (tree, rng) => {
      const path = objectPath(tree, rng);
      if (!path) return null;
      const target = getAt(tree, path) as Record<string, unknown>;
      const count = rng.int(1_000, 5_000);
      for (let i = 0; i < count; i++) target[`k${i}`] = i;
      return `${count} extra keys in ${describePath(path)}`;
    },
  },
  {
    name: 'many legs',
    weight: 1,
    apply: (tree, rng) => {
      const details = getAt(tree, ['payload', 'details']);
      if (!isContainer(details) || Array.isArray(details)) return null;
      const count = rng.int(100, 2_000);
      for (let i = 0; i < count; i++) details[`leg${i}`] = { callId: `c${i}`, callQuality: { mos: rng.pick([1, 3.5, 4.5, 1e308]) } };
      return `${count} more legs in payload.details`;
    },
  },
  {
    name: 'prototype keys',
    weight: 3,
    last: true,
    apply: (tree, rng) => {
      const path = objectPath(tree, rng);
      if (!path) return null;
      const polluting = rng.pick([
        ['__proto__', { polluted: true, callId: 'proto' }],
        ['__proto__', null],
        ['constructor', { prototype: { polluted: true } }],
        ['prototype', 'x'],
      ] as const);
      const entries = Object.entries(getAt(tree, path) as object);
      setAt(tree, path, new KeyList(rng.chance(0.5) ? [polluting, ...entries] : [...entries, polluting]));
      return `a "${polluting[0]}" key in ${describePath(path)}`;
    },
  },
  {
    name: 'duplicate keys',
    weight: 3,
    last: true,
    apply: (tree, rng) => {
      const path = objectPath(tree, rng);
      if (!path) return null;
      const entries = Object.entries(getAt(tree, path) as object);
      if (entries.length === 0) return null;
      const [key] = rng.pick(entries);
      const other = anyValue(rng);
      // JSON.parse keeps the last of duplicate keys: the odd value comes first or last.
      setAt(tree, path, new KeyList(rng.chance(0.5) ? [[key, other.value], ...entries] : [...entries, [key, other.value]]));
      return `"${key}" twice in ${describePath(path)} (once as ${other.name})`;
    },
  },
];
