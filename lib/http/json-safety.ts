// What JSON.parse accepts but the app cannot keep: nesting deep enough to overflow the stack
// of whatever walks it next, and strings with unpaired UTF-16 surrogates, which PostgreSQL's
// jsonb and text refuse. Both are checked in time linear in the body.

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

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A surrogate code unit, literal or escaped (\uD800–\uDFFF), appears in the JSON text: worth a wellFormed walk. */
export function mayHoldLoneSurrogate(text: string): boolean {
  return /[\uD800-\uDFFF]|\\u[dD][89a-fA-F]/.test(text);
}

/** Every string (keys too) with unpaired surrogates replaced by U+FFFD, as TextDecoder would. */
export function wellFormed(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(loneSurrogate, '\uFFFD');
  if (Array.isArray(value)) return value.map(wellFormed);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [wellFormed(key) as string, wellFormed(inner)]));
  }
  return value;
}
