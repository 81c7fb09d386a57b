import { describe, expect, it, vi } from 'vitest';
import { compileResume, compileStart } from '../../compile';
import type { FlowNode } from '../../document';
import { indexFlow } from '../../flow-index';
import { lintFlow } from '../../lint';
import type { DataDipAnswer, DataDipCall, NodeServices } from '../../step-services';
import { ctx, doc, e, menu, say, start, voice } from '../../testing/builders';
import { httpRequestNode, secretNamesOf, type HttpRequestData } from './definition';

const lookup = (over: Partial<HttpRequestData> = {}): HttpRequestData => ({
  ...httpRequestNode.defaults(),
  url: 'https://crm.example.com/customers?phone={{caller}}',
  headers: [{ name: 'Authorization', value: 'Bearer {{secrets.CRM_KEY}}' }],
  mappings: [
    { variable: 'name', path: '$.customer.name' },
    { variable: 'tier', path: '$.customer.tiers[0]' },
  ],
  ...over,
});
const node = (id: string, data: HttpRequestData): FlowNode => ({ id, kind: 'httpRequest', position: { x: 0, y: 0 }, data });
const problems = (data: HttpRequestData) => {
  const parsed = httpRequestNode.rules.safeParse(data);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const record = { method: 'GET' as const, url: 'https://crm.example.com/customers?phone=%2B6591110000', status: 200, ms: 52, response: '{}' };
const answering = (answer: Partial<DataDipAnswer> & Pick<DataDipAnswer, 'outcome'>) => {
  const calls: Array<Omit<DataDipCall, 'nodeId'>> = [];
  const services: NodeServices = {
    dataDip: vi.fn(async (call: Omit<DataDipCall, 'nodeId'>) => {
      calls.push(call);
      return { record: { ...record, outcome: answer.outcome }, ...answer };
    }),
  };
  return { services, calls };
};

describe('HTTP request step', () => {
  it('asks the service for the request as written, with the call, and maps the JSON answer on success', async () => {
    const { services, calls } = answering({ outcome: 'success', json: { customer: { name: 'Ada', tiers: ['gold', 'silver'] } } });
    const context = ctx({ caller: '+6591110000' });
    const result = await httpRequestNode.step(lookup({ timeoutMs: 1500 }), context, services);
    expect(result).toEqual({ type: 'continue', output: 'success', vars: { name: 'Ada', tier: 'gold' }, dataDip: { ...record, outcome: 'success' } });
    expect(calls).toEqual([
      {
        method: 'GET',
        url: 'https://crm.example.com/customers?phone={{caller}}',
        headers: [{ name: 'Authorization', value: 'Bearer {{secrets.CRM_KEY}}' }],
        timeoutMs: 1500,
        maxResponseBytes: 65536,
        ctx: context,
      },
    ]);
  });

  it('maps missing values to empty and an empty answer to empty variables', async () => {
    expect(await httpRequestNode.step(lookup(), ctx(), answering({ outcome: 'success', json: { other: 1 } }).services)).toMatchObject({ vars: { name: '', tier: '' } });
    expect(await httpRequestNode.step(lookup(), ctx(), answering({ outcome: 'success' }).services)).toMatchObject({ vars: { name: '', tier: '' } });
  });

  it('takes Failed or Timed out and sets no variable then', async () => {
    for (const outcome of ['failed', 'timedOut'] as const) {
      const result = await httpRequestNode.step(lookup(), ctx(), answering({ outcome, json: { customer: { name: 'x' } } }).services);
      expect(result).toEqual({ type: 'continue', output: outcome, dataDip: { ...record, outcome } });
    }
  });

  it('sends a body only when there is one, and headers with a name', async () => {
    const { services, calls } = answering({ outcome: 'success' });
    await httpRequestNode.step(lookup({ method: 'POST', body: '{"phone": "{{caller}}"}', headers: [{ name: ' ', value: 'x' }] }), ctx(), services);
    await httpRequestNode.step(lookup({ method: 'POST', body: '  ' }), ctx(), services);
    expect(calls[0]).toMatchObject({ method: 'POST', body: '{"phone": "{{caller}}"}', headers: [] });
    expect(calls[1]).not.toHaveProperty('body');
  });
});

describe('HTTP request definition', () => {
  it('has three outputs, defines its mapped variables and lists its templates without secrets', () => {
    const data = lookup({ method: 'POST', body: '{"k": "{{secrets.CRM_KEY}}", "d": "{{digits}}"}' });
    expect(httpRequestNode.outputs(data)).toEqual(['success', 'failed', 'timedOut']);
    expect(httpRequestNode.outputs(data).map((o) => httpRequestNode.outputLabel(o, data))).toEqual(['Success', 'Failed', 'Timed out']);
    expect(httpRequestNode.defines(data)).toEqual(['name', 'tier']);
    expect(httpRequestNode.defines(lookup({ mappings: [{ variable: 'bad name', path: '$' }] }))).toEqual([]);
    expect(httpRequestNode.templated(data)).toEqual(['https://crm.example.com/customers?phone={{caller}}', '{"k": "", "d": "{{digits}}"}', 'Bearer ']);
    expect(secretNamesOf(data)).toEqual(['CRM_KEY']);
    expect(httpRequestNode.summary(data)).toBe('POST https://crm.example.com/customers?phone={{caller}} → name, tier');
    expect(httpRequestNode.waits).toBe(false);
  });

  it('defaults to a GET with a 3 s timeout and 64 KiB, which lint asks to finish', () => {
    expect(httpRequestNode.defaults()).toMatchObject({ method: 'GET', timeoutMs: 3000, maxResponseBytes: 65536 });
    expect(problems(httpRequestNode.defaults())).toEqual(['url: The URL must start with https:// (or http://) and a host name; placeholders go after the host']);
    expect(problems(lookup())).toEqual([]);
  });

  it('lint: a URL, a timeout of at most 8 s, a size of at most 1 MiB, header names, no GET body, secret names', () => {
    expect(problems(lookup({ url: ' ' }))).toEqual(['url: The URL is empty: e.g. https://crm.example.com/customers?phone={{caller}}']);
    expect(problems(lookup({ url: '{{vars.host}}/x' }))).toHaveLength(1);
    expect(problems(lookup({ url: 'ftp://x' }))).toHaveLength(1);
    expect(problems(lookup({ timeoutMs: 8000 }))).toEqual([]);
    expect(problems(lookup({ timeoutMs: 8001 }))).toEqual(['timeoutMs: The timeout is between 100 and 8000 ms: 8x8 does not say how long it waits for a reply']);
    expect(problems(lookup({ timeoutMs: 50 }))).toHaveLength(1);
    expect(problems(lookup({ maxResponseBytes: 2 * 1024 * 1024 }))).toEqual(['maxResponseBytes: The largest answer is between 1 byte and 1048576 bytes (1 MiB)']);
    expect(problems(lookup({ body: '{}' }))).toEqual(['body: A GET request has no body: use POST, PUT, PATCH or DELETE, or empty the body']);
    expect(problems(lookup({ headers: [{ name: 'Host', value: 'x' }, { name: 'X Bad', value: 'x' }, { name: 'X-Ok', value: 'a\nb' }] }))).toEqual([
      'headers.0.name: Header 1: Host is set by the HTTP client itself',
      'headers.1.name: Header 2: "X Bad" is not a header name: use letters, digits and - (e.g. X-Api-Key)',
      'headers.2.value: Header 3: a value is one line',
    ]);
    expect(problems(lookup({ url: 'https://x.example/{{secrets.}}', headers: [{ name: 'X-Key', value: '{{secrets.a-b}}' }] }))).toEqual([
      'url: {{secrets.}} does not name a secret: use {{secrets.NAME}} with a name from Settings → Data dips',
      'headers.0.value: {{secrets.a-b}} does not name a secret: use {{secrets.NAME}} with a name from Settings → Data dips',
    ]);
  });

  it('lint: mapped variable names and paths', () => {
    expect(
      problems(
        lookup({
          mappings: [
            { variable: 'name', path: '$.customer.name' },
            { variable: 'name', path: '$.x' },
            { variable: '1st', path: '$.y' },
            { variable: 'z', path: 'customer.name' },
            { variable: 'w', path: '$.a[01]' },
          ],
        }),
      ),
    ).toEqual([
      'mappings.1.variable: Mapping 2: "name" is set twice',
      'mappings.2.variable: Mapping 3: name the variable with letters, digits and _ (e.g. customerName)',
      'mappings.3.path: Mapping 4: customer.name: a path starts with $, e.g. $.customer.name',
      'mappings.4.path: Mapping 5: $.a[01]: the index [01] has a leading zero',
    ]);
  });

  it('stored data refuses unknown methods and overlong texts', () => {
    expect(httpRequestNode.data.safeParse({ ...lookup(), method: 'TRACE' }).success).toBe(false);
    expect(httpRequestNode.data.safeParse(lookup({ url: `https://x.example/${'a'.repeat(2048)}` })).success).toBe(false);
  });
});

describe('HTTP request in a flow', () => {
  const flow = doc(
    [
      start(),
      node('dip', lookup()),
      say('hello', 'Hello {{vars.name}}'),
      say('sorry', 'Sorry'),
      say('slow', 'Slow'),
      menu('main', ['1']),
      node('again', lookup({ mappings: [] })),
    ],
    [e('start', 'next', 'dip'), e('dip', 'success', 'hello'), e('dip', 'failed', 'sorry'), e('dip', 'timedOut', 'slow'), e('hello', 'next', 'main'), e('main', '1', 'again'), e('again', 'success', 'hello')],
  );
  const sayAction = (text: string) => ({ action: 'say', params: { text, voiceProfile: voice } });

  it('greets the caller by the name the answer gave, and the reply carries the request made', async () => {
    const { services } = answering({ outcome: 'success', json: { customer: { name: 'Ada' } } });
    const compiled = await compileStart(indexFlow(flow), ctx(), 'v1', services);
    expect(compiled.reply.callflow[0]).toEqual(sayAction('Hello Ada'));
    expect(compiled.vars).toEqual({ name: 'Ada', tier: '' });
    expect(compiled.dataDips).toEqual([{ nodeId: 'dip', ...record, outcome: 'success' }]);
  });

  it('branches on Failed and Timed out', async () => {
    expect((await compileStart(indexFlow(flow), ctx(), 'v1', answering({ outcome: 'failed' }).services)).reply.callflow).toEqual([sayAction('Sorry'), { action: 'hangup' }]);
    expect((await compileStart(indexFlow(flow), ctx(), 'v1', answering({ outcome: 'timedOut' }).services)).reply.callflow).toEqual([sayAction('Slow'), { action: 'hangup' }]);
  });

  it('runs on a callback too, keeping the variables set before', async () => {
    const resumed = await compileResume(indexFlow(flow), 'main', ctx({ digits: '1', vars: { name: 'Ada' } }), 'v1', answering({ outcome: 'success', json: {} }).services);
    expect(resumed.reply.callflow[0]).toEqual(sayAction('Hello Ada'));
    expect(resumed.dataDips).toEqual([{ nodeId: 'again', ...record, outcome: 'success' }]);
  });

  it('refuses offline (the preview), as Failed', async () => {
    const compiled = await compileStart(indexFlow(flow), ctx(), 'v1');
    expect(compiled.reply.callflow[0]).toEqual(sayAction('Sorry'));
    expect(compiled.dataDips).toMatchObject([{ nodeId: 'dip', outcome: 'failed', status: null }]);
  });

  it('makes the flow keep session variables, and lint knows mapped variables and leaves secrets alone', () => {
    expect(indexFlow(flow).usesSessionVariables).toBe(true);
    // Without mappings it still makes a request: the webhook's one-statement path is not for it.
    const bare = indexFlow(doc([start(), node('dip', lookup({ mappings: [], headers: [] }))], [e('start', 'next', 'dip')]));
    expect([bare.usesSessionVariables, bare.makesRequests]).toEqual([false, true]);
    expect(indexFlow(doc([start(), say('s', 'Hi')])).makesRequests).toBe(false);
    const issues = lintFlow(flow).filter((i) => i.code === 'unset-variable' || i.code === 'unknown-variable');
    expect(issues).toEqual([]);
    const typo = lintFlow(doc([start(), node('dip', lookup({ url: 'https://x.example/{{vars.nope}}/{{caler}}' }))], [e('start', 'next', 'dip')])).map((i) => i.code);
    expect(typo).toEqual(expect.arrayContaining(['unset-variable', 'unknown-variable']));
  });

  it('lint: a secret the settings do not hold is a warning, when the names are known', () => {
    const uses = doc([start(), node('dip', lookup({ url: 'https://x.example/{{secrets.URL_KEY}}' }))], [e('start', 'next', 'dip')]);
    const secretIssues = (secrets?: ReadonlySet<string>) => lintFlow(uses, undefined, secrets).filter((i) => i.code === 'unknown-secret');
    expect(secretIssues()).toEqual([]);
    expect(secretIssues(new Set(['CRM_KEY', 'URL_KEY']))).toEqual([]);
    expect(secretIssues(new Set(['CRM_KEY']))).toEqual([
      {
        severity: 'warning',
        code: 'unknown-secret',
        nodeId: 'dip',
        message: 'HTTP request "dip": no secret is named URL_KEY; an admin adds it under Settings → Data dips (until then the step takes "Failed")',
      },
    ]);
    expect(httpRequestNode.secretsUsed?.(lookup({ body: '{"a": "{{secrets.B}}"}' }))).toEqual(['B', 'CRM_KEY']);
  });
});
