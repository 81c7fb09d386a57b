import { z } from 'zod';
import { dataDipLimits, dataDipMethods, headerNameProblem } from '@/lib/data-dip/data-dip-request';
import { jsonPathLimits, mapJsonToVariables, parseJsonPath } from '@/lib/data-dip/json-path';
import { clip, type NodeDefinition } from '../../kinds';
import { cappedList, cappedText, flowLimits } from '../../limits';
import { fillPlaceholders, variableNamePattern } from '../../template-text';

export const httpRequestOutputs = ['success', 'failed', 'timedOut'] as const;
const outputLabels: Record<string, string> = { success: 'Success', failed: 'Failed', timedOut: 'Timed out' };

export const httpRequestLimits = { headers: 20, headerValue: 1000, body: 4000, mappings: 20 } as const;

const header = z.object({ name: cappedText(100, 'A header name'), value: cappedText(httpRequestLimits.headerValue, 'A header value') });
const mapping = z.object({ variable: cappedText(flowLimits.variableName, 'A variable name'), path: cappedText(jsonPathLimits.chars, 'A path') });

const data = z.object({
  method: z.enum(dataDipMethods),
  /** A template: {{caller}}, {{vars.x}} and {{secrets.NAME}} are filled in (percent-encoded) per call. */
  url: cappedText(flowLimits.url, 'The URL'),
  headers: cappedList(header, httpRequestLimits.headers, 'headers'),
  /** A template; JSON unless a Content-Type header says otherwise. Empty: no body. */
  body: cappedText(httpRequestLimits.body, 'The body'),
  timeoutMs: z.number().int(),
  maxResponseBytes: z.number().int(),
  /** Variables filled from the JSON answer by simple paths ($.customer.name). */
  mappings: cappedList(mapping, httpRequestLimits.mappings, 'mappings'),
});
export type HttpRequestData = z.infer<typeof data>;

const secretPlaceholder = /^secrets\./;

/** The texts with each {{secrets.NAME}} left out: secrets are checked here, not as variables. */
const withoutSecrets = (text: string) => fillPlaceholders(text, (inner) => (secretPlaceholder.test(inner) ? '' : `{{${inner}}}`));

/** Secret names a text uses that are not names at all ({{secrets.}} or {{secrets.a-b}}). */
function badSecretNames(text: string): string[] {
  const bad: string[] = [];
  fillPlaceholders(text, (inner) => {
    if (secretPlaceholder.test(inner) && !variableNamePattern.test(inner.slice('secrets.'.length))) bad.push(inner);
    return '';
  });
  return bad;
}

const rules = data.superRefine((d, ctx) => {
  const add = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const url = d.url.trim();
  if (!url) add(['url'], 'The URL is empty: e.g. https://crm.example.com/customers?phone={{caller}}');
  else if (!/^https?:\/\/[^/?#{}\s]/i.test(url)) add(['url'], 'The URL must start with https:// (or http://) and a host name; placeholders go after the host');
  if (!Number.isInteger(d.timeoutMs) || d.timeoutMs < 100 || d.timeoutMs > dataDipLimits.maxTimeoutMs) {
    add(['timeoutMs'], `The timeout is between 100 and ${dataDipLimits.maxTimeoutMs} ms: 8x8 does not say how long it waits for a reply`);
  }
  if (d.maxResponseBytes < 1 || d.maxResponseBytes > dataDipLimits.maxResponseBytes) {
    add(['maxResponseBytes'], `The largest answer is between 1 byte and ${dataDipLimits.maxResponseBytes} bytes (1 MiB)`);
  }
  if (d.method === 'GET' && d.body.trim()) add(['body'], 'A GET request has no body: use POST, PUT, PATCH or DELETE, or empty the body');
  d.headers.forEach((h, i) => {
    const problem = headerNameProblem(h.name);
    if (problem) add(['headers', i, 'name'], `Header ${i + 1}: ${problem}`);
    if (/[\r\n]/.test(h.value)) add(['headers', i, 'value'], `Header ${i + 1}: a value is one line`);
  });
  for (const [field, text] of [['url', d.url], ['body', d.body], ...d.headers.map((h, i) => [`headers.${i}.value`, h.value])] as const) {
    for (const bad of badSecretNames(text)) add(field.split('.'), `{{${bad}}} does not name a secret: use {{secrets.NAME}} with a name from Settings → Data dips`);
  }
  const seen = new Set<string>();
  d.mappings.forEach((m, i) => {
    if (!variableNamePattern.test(m.variable)) add(['mappings', i, 'variable'], `Mapping ${i + 1}: name the variable with letters, digits and _ (e.g. customerName)`);
    else if (seen.has(m.variable)) add(['mappings', i, 'variable'], `Mapping ${i + 1}: "${m.variable}" is set twice`);
    seen.add(m.variable);
    const parsed = parseJsonPath(m.path.trim());
    if (!parsed.ok) add(['mappings', i, 'path'], `Mapping ${i + 1}: ${parsed.error}`);
  });
});

/** {{secrets.NAME}} names a step uses, for lint against the settings (the names, never the values). */
export const secretNamesOf = (d: HttpRequestData): string[] => {
  const names = new Set<string>();
  for (const text of [d.url, d.body, ...d.headers.map((h) => h.value)]) {
    fillPlaceholders(text, (inner) => {
      if (secretPlaceholder.test(inner)) names.add(inner.slice('secrets.'.length));
      return '';
    });
  }
  return [...names];
};

/**
 * A data dip: an HTTP request during the call, its JSON answer mapped into variables, then one
 * of three outputs. The request itself is the server's (services.dataDip: secrets, the SSRF
 * guard, the timeout); this step only describes it and reads the answer. Sends 8x8 nothing.
 */
export const httpRequestNode: NodeDefinition<HttpRequestData> = {
  label: 'HTTP request',
  description: 'Ask another system during the call (a data dip): its JSON answer fills variables, then Success, Failed or Timed out.',
  icon: '⇄',
  colour: 'teal',
  data,
  rules,
  defaults: () => ({
    method: 'GET',
    url: 'https://',
    headers: [],
    body: '',
    timeoutMs: dataDipLimits.defaultTimeoutMs,
    maxResponseBytes: dataDipLimits.defaultResponseBytes,
    mappings: [],
  }),
  outputs: () => [...httpRequestOutputs],
  outputLabel: (output) => outputLabels[output] ?? output,
  waits: false,
  io: true,
  secretsUsed: (d) => secretNamesOf(d),
  templated: (d) => [d.url, d.body, ...d.headers.map((h) => h.value)].map(withoutSecrets),
  defines: (d) => d.mappings.map((m) => m.variable).filter((name) => variableNamePattern.test(name)),
  summary: (d) => `${d.method} ${clip(d.url, 50) || '…'}${d.mappings.length > 0 ? ` → ${d.mappings.map((m) => m.variable).join(', ')}` : ''}`,
  step: async (d, ctx, services) => {
    const answer = await services.dataDip({
      method: d.method,
      url: d.url.trim(),
      headers: d.headers.filter((h) => h.name.trim()).map((h) => ({ name: h.name.trim(), value: h.value })),
      ...(d.body.trim() && { body: d.body }),
      timeoutMs: d.timeoutMs,
      maxResponseBytes: d.maxResponseBytes,
      ctx,
    });
    // Mapped variables are set on success only: after a failure they keep what they held.
    const vars = answer.outcome === 'success' && d.mappings.length > 0 ? mapJsonToVariables(answer.json, d.mappings.map((m) => ({ variable: m.variable, path: m.path.trim() }))) : undefined;
    return { type: 'continue', output: answer.outcome, ...(vars && { vars }), dataDip: answer.record };
  },
};
