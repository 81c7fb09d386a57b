import type { CallContext } from './call-context';

// Prompts may use {{caller}}, {{dialed}}, {{digits}} and {{vars.name}}.
const builtins = ['caller', 'dialed', 'digits'] as const;
const varName = /^[A-Za-z_][A-Za-z0-9_]{0,31}$/;

export const variableNamePattern = varName;

export type VariableRef = { raw: string; kind: 'builtin' | 'var' | 'unknown'; name: string };

type Placeholder = { start: number; end: number; inner: string };

const openBrace = 0x7b;
const closeBrace = 0x7d;

/**
 * Every "{{ name }}" in the text, left to right: "{{", then no brace, then "}}"; the
 * name is what lies between, trimmed. A hand-written scan rather than a regex because
 * /\{\{\s*([^{}]*?)\s*\}\}/ backtracks on "{{" and a long run of spaces (seconds for
 * 2,500 of them). Each character is looked at a bounded number of times: after a "{{"
 * that closes nowhere, the next "{{" can only start at or after the brace that ended
 * the scan (or one before it), so the work is linear in the text's length.
 */
function placeholders(text: string): Placeholder[] {
  const found: Placeholder[] = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf('{{', from);
    if (start === -1) return found;
    let brace = start + 2;
    while (brace < text.length && text.charCodeAt(brace) !== openBrace && text.charCodeAt(brace) !== closeBrace) brace++;
    if (text.charCodeAt(brace) === closeBrace && text.charCodeAt(brace + 1) === closeBrace) {
      // trim() drops exactly the characters \s matches (WhiteSpace and LineTerminator).
      found.push({ start, end: brace + 2, inner: text.slice(start + 2, brace).trim() });
      from = brace + 2;
    } else {
      from = start + 1;
    }
  }
}

export function variableRefs(text: string): VariableRef[] {
  return placeholders(text).map(({ start, end, inner }) => {
    const raw = text.slice(start, end);
    if ((builtins as readonly string[]).includes(inner)) return { raw, kind: 'builtin', name: inner };
    if (inner.startsWith('vars.') && varName.test(inner.slice(5))) return { raw, kind: 'var', name: inner.slice(5) };
    return { raw, kind: 'unknown', name: inner };
  });
}

/** Fills the placeholders; a variable with no value becomes the empty string. */
export function interpolate(text: string, ctx: CallContext): string {
  return fillPlaceholders(text, (inner) => placeholderValue(inner, ctx));
}

/**
 * Replaces each placeholder with `fill(name)`, the name being the trimmed text between the
 * braces — for fillers that encode values for where they land (a URL, a JSON body).
 */
export function fillPlaceholders(text: string, fill: (inner: string) => string): string {
  if (!text.includes('{{')) return text;
  let out = '';
  let last = 0;
  for (const { start, end, inner } of placeholders(text)) {
    out += text.slice(last, start) + fill(inner);
    last = end;
  }
  return out + text.slice(last);
}

/** The value of a placeholder's name (`caller`, `vars.x`…) in a call; unknown names are empty. */
export function placeholderValue(inner: string, ctx: CallContext): string {
  if (inner === 'caller') return ctx.caller;
  if (inner === 'dialed') return ctx.dialed;
  if (inner === 'digits') return ctx.digits ?? '';
  // Own keys only: {{vars.constructor}} must not read Object.prototype.
  if (inner.startsWith('vars.')) return Object.hasOwn(ctx.vars, inner.slice(5)) ? (ctx.vars[inner.slice(5)] ?? '') : '';
  return '';
}
