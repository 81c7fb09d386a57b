import type { CallContext } from './call-context';

// Prompts may use {{caller}}, {{dialed}}, {{digits}} and {{vars.name}}.
const placeholder = /\{\{\s*([^{}]*?)\s*\}\}/g;
const builtins = ['caller', 'dialed', 'digits'] as const;
const varName = /^[A-Za-z_][A-Za-z0-9_]{0,31}$/;

export const variableNamePattern = varName;

export type VariableRef = { raw: string; kind: 'builtin' | 'var' | 'unknown'; name: string };

export function variableRefs(text: string): VariableRef[] {
  return [...text.matchAll(placeholder)].map(([raw, inner = '']) => {
    if ((builtins as readonly string[]).includes(inner)) return { raw, kind: 'builtin', name: inner };
    if (inner.startsWith('vars.') && varName.test(inner.slice(5))) return { raw, kind: 'var', name: inner.slice(5) };
    return { raw, kind: 'unknown', name: inner };
  });
}

/** Fills the placeholders; a variable with no value becomes the empty string. */
export function interpolate(text: string, ctx: CallContext): string {
  if (!text.includes('{{')) return text;
  return text.replace(placeholder, (_raw, inner: string) => {
    if (inner === 'caller') return ctx.caller;
    if (inner === 'dialed') return ctx.dialed;
    if (inner === 'digits') return ctx.digits ?? '';
    // Own keys only: {{vars.constructor}} must not read Object.prototype.
    if (inner.startsWith('vars.')) return Object.hasOwn(ctx.vars, inner.slice(5)) ? (ctx.vars[inner.slice(5)] ?? '') : '';
    return '';
  });
}
