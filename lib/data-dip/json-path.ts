import { flowLimits } from '@/lib/flow/limits';
import { storable } from '@/lib/http/json-safety';

// Simple paths into a data dip's JSON answer, for flow variables: `$`, then any of `.name`,
// `[0]` and `['odd key']` (or "odd key"). No wildcards, filters or recursion: a path names one
// value. Values become the strings flow variables hold:
//   string → itself; number, boolean → String(value); object, array → JSON;
//   null or missing (a key that is not there, an index past the end, a step into a string) → "".
// Only own properties are read, and __proto__, constructor and prototype are refused as
// segments, so a path never reaches Object.prototype.

export type JsonPathSegment = string | number;
export type ParsedJsonPath = { ok: true; segments: JsonPathSegment[] } | { ok: false; error: string };

export const jsonPathLimits = { chars: 200, segments: 32 } as const;

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);
const dotName = /^[A-Za-z_$][A-Za-z0-9_$-]*/;

export function parseJsonPath(path: string): ParsedJsonPath {
  const fail = (why: string): ParsedJsonPath => ({ ok: false, error: `${path.slice(0, 60)}: ${why}` });
  if (path.length > jsonPathLimits.chars) return { ok: false, error: `The path is ${path.length} characters; at most ${jsonPathLimits.chars}` };
  if (!path.startsWith('$')) return fail('a path starts with $, e.g. $.customer.name');
  const segments: JsonPathSegment[] = [];
  let at = 1;
  while (at < path.length) {
    if (segments.length === jsonPathLimits.segments) return fail(`at most ${jsonPathLimits.segments} steps`);
    const rest = path.slice(at);
    let segment: JsonPathSegment;
    if (rest.startsWith('.')) {
      const name = dotName.exec(rest.slice(1))?.[0];
      if (!name) return fail(`after the . at ${at} comes a name (letters, digits, _ $ -); use ['…'] for other keys`);
      segment = name;
      at += 1 + name.length;
    } else if (/^\[\d+\]/.test(rest)) {
      const digits = rest.slice(1, rest.indexOf(']'));
      if (digits.length > 1 && digits.startsWith('0')) return fail(`the index [${digits}] has a leading zero`);
      segment = Number(digits);
      if (!Number.isSafeInteger(segment)) return fail(`the index [${digits}] is too large`);
      at += digits.length + 2;
    } else if (rest.startsWith("['") || rest.startsWith('["')) {
      const quoted = readQuoted(rest.slice(1));
      if (!quoted || rest[1 + quoted.length] !== ']') return fail(`the key at ${at} needs its closing quote and ], e.g. ['odd key']`);
      segment = quoted.key;
      at += quoted.length + 2;
    } else {
      return fail(`unexpected "${rest[0]}" at ${at}: use .name, [0] or ['key']`);
    }
    if (typeof segment === 'string' && forbiddenKeys.has(segment)) return fail(`${segment} cannot be read`);
    segments.push(segment);
  }
  return { ok: true, segments };
}

/** A quoted key with \\ and \<quote> escapes; its length counts both quotes. */
function readQuoted(text: string): { key: string; length: number } | null {
  const quote = text[0];
  let key = '';
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if (c === quote) return { key, length: i + 1 };
    if (c === '\\' && (text[i + 1] === quote || text[i + 1] === '\\')) key += text[++i];
    else key += c;
  }
  return null;
}

/** The value a parsed path names, or undefined when it is missing. */
export function valueAtPath(json: unknown, segments: readonly JsonPathSegment[]): unknown {
  let current = json;
  for (const segment of segments) {
    if (typeof segment === 'number') {
      if (!Array.isArray(current) || segment >= current.length) return undefined;
      current = current[segment];
    } else {
      if (current === null || typeof current !== 'object' || Array.isArray(current) || !Object.hasOwn(current, segment)) return undefined;
      current = (current as Record<string, unknown>)[segment];
    }
  }
  return current;
}

/** The string a flow variable holds for a JSON value (see the rules at the top). */
export function variableText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export type JsonMapping = { variable: string; path: string };

/**
 * Flow variables from a JSON answer: each mapping's value, as text, kept to a Set variable's
 * cap (1000 characters), and storable — NUL and unpaired surrogates, which PostgreSQL refuses,
 * become U+FFFD. A mapping whose path does not parse gives "" (lint refuses it before publishing).
 */
export function mapJsonToVariables(json: unknown, mappings: readonly JsonMapping[]): Record<string, string> {
  // fromEntries defines own keys: a variable named __proto__ is a key like any other.
  return Object.fromEntries(
    mappings.map(({ variable, path }) => {
      const parsed = parseJsonPath(path);
      const text = parsed.ok ? variableText(valueAtPath(json, parsed.segments)) : '';
      return [variable, storable(text.slice(0, flowLimits.variableValue)) as string];
    }),
  );
}
