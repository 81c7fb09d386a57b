// Paths into a parsed JSON body, for mutating one field of it.

export type Path = ReadonlyArray<string | number>;
export type Container = Record<string, unknown> | unknown[];

/** The body being mutated: `root` may itself be replaced. */
export type Tree = { root: unknown };

export function isContainer(value: unknown): value is Container {
  if (Array.isArray(value)) return true;
  return value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;
}

/** Every path below the root, depth first. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (!isContainer(value)) return [];
  const keys: Array<string | number> = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => {
    const path = [...prefix, key];
    return [path, ...pathsOf((value as Record<string | number, unknown>)[key], path)];
  });
}

export function getAt(tree: Tree, path: Path): unknown {
  let value = tree.root;
  for (const key of path) value = isContainer(value) ? (value as Record<string | number, unknown>)[key] : undefined;
  return value;
}

export function setAt(tree: Tree, path: Path, value: unknown): void {
  if (path.length === 0) return void (tree.root = value);
  const parent = getAt(tree, path.slice(0, -1));
  if (isContainer(parent)) (parent as Record<string | number, unknown>)[path.at(-1)!] = value;
}

export function deleteAt(tree: Tree, path: Path): void {
  const parent = getAt(tree, path.slice(0, -1));
  const key = path.at(-1);
  if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
  else if (isContainer(parent) && key !== undefined) delete (parent as Record<string | number, unknown>)[key];
}

/** A readable path: a key too long to read is shortened. */
export const describePath = (path: Path) => (path.length === 0 ? 'the body' : path.map(shortKey).join('.'));

function shortKey(key: string | number): string {
  const text = JSON.stringify(String(key)).slice(1, -1);
  return text.length > 40 ? `${text.slice(0, 20)}…(${String(key).length} characters)` : text;
}
