// What JSON.parse accepts but the app cannot keep: nesting deep enough to overflow the stack
// of whatever walks it next, and strings PostgreSQL's jsonb and text refuse — with unpaired
// UTF-16 surrogates, or with NUL (U+0000). All are checked in time linear in the body.

/** Deeper than any document the app reads (a flow document nests about 6 levels). */
export const maxJsonDepth = 64;

/** The deepest nesting of arrays and objects in a JSON text, counted without parsing (strings skipped). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

const unstorable = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\u0000/g;

/**
 * The JSON text may hold a string PostgreSQL refuses — a surrogate code unit, literal or
 * escaped (\uD800–\uDFFF), or an escaped NUL (\u0000; a raw one is not valid JSON) —
 * so it is worth a `storable` walk. False positives only cost the walk.
 */
export function mayHoldUnstorable(text: string): boolean {
  return /[\uD800-\uDFFF]|\\u[dD][89a-fA-F]|\\u0000/.test(text);
}

/**
 * Every string (keys too) as PostgreSQL can store it: unpaired surrogates replaced by U+FFFD,
 * as TextDecoder would, and NUL too — text and jsonb refuse both, and a webhook must not be
 * lost for a character nobody can read.
 */
export function storable(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(unstorable, '\uFFFD');
  if (Array.isArray(value)) return value.map(storable);
  if (value !== null && typeof value === 'object') {
    // fromEntries defines "__proto__" as an own key, as JSON.parse did; it never sets the prototype.
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [storable(key) as string, storable(inner)]));
  }
  return value;
}
