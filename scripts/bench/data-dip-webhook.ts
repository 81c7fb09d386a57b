// The webhook reply time of a flow with one data dip (issue 11's target): a call's first VCA
// to a flow that asks a local server answering in ANSWER_MS (50) and greets the caller by the
// name it gave, against the same flow with a Set variable in the dip's place (so both take
// the general path with session variables). One call at a time, the two flows in turns, after
// a warm-up: dip p50 − plain p50 − answerMs is what a data dip adds to a reply.
import { randomUUID } from 'node:crypto';
import { startTestServer } from '../../lib/testing/http-test-server';
import { adminHeaders } from './admin-session';
import { percentile, round } from './percentiles';
import { vcaEvent, type Post } from './simulated-call';

export type DataDipWebhookBench = { calls: number; answerMs: number; dipP50: number; dipP95: number; plainP50: number; addedP50: number };

async function api(baseUrl: string, method: string, path: string, body?: unknown): Promise<{ id?: string }> {
  const response = await fetch(`${baseUrl}${path}`, { method, headers: adminHeaders({ 'Content-Type': 'application/json' }), ...(body !== undefined && { body: JSON.stringify(body) }) });
  if (!response.ok) throw new Error(`bench: ${method} ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as { id?: string };
}

function flowWith(step: Record<string, unknown>) {
  return {
    schemaVersion: 1,
    nodes: [
      { id: 'start', kind: 'start', position: { x: 0, y: 0 }, data: {} },
      { id: 'step', position: { x: 1, y: 0 }, ...step },
      { id: 'hello', kind: 'say', position: { x: 2, y: 0 }, data: { text: 'Hello {{vars.name}}.', voiceProfile: '' } },
      { id: 'end', kind: 'hangup', position: { x: 3, y: 0 }, data: {} },
    ],
    edges: [
      { id: 'a', source: 'start', sourceHandle: 'next', target: 'step' },
      { id: 'b', source: 'step', sourceHandle: step.kind === 'httpRequest' ? 'success' : 'next', target: 'hello' },
      { id: 'c', source: 'hello', sourceHandle: 'next', target: 'end' },
    ],
  };
}

async function publishedNumber(baseUrl: string, name: string, document: unknown, number: string): Promise<string> {
  const { id } = await api(baseUrl, 'POST', '/api/flows', { name, document });
  await api(baseUrl, 'POST', `/api/flows/${id}/publish`);
  await api(baseUrl, 'POST', '/api/numbers', { number, flowId: id });
  return number;
}

export async function benchDataDipWebhook(baseUrl: string, post: Post, { calls = 100, answerMs = 50, warmUp = 10 } = {}): Promise<DataDipWebhookBench> {
  const server = await startTestServer((_request, response) => {
    setTimeout(() => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ customer: { name: 'Ada Lovelace' } }));
    }, answerMs);
  });
  try {
    await api(baseUrl, 'PUT', '/api/settings/data-dips/allow-hosts', { hosts: ['127.0.0.1'] });
    const dip = {
      kind: 'httpRequest',
      data: {
        method: 'GET',
        url: `${server.origin}/customers?phone={{caller}}`,
        headers: [],
        body: '',
        timeoutMs: 3000,
        maxResponseBytes: 65536,
        mappings: [{ variable: 'name', path: '$.customer.name' }],
      },
    };
    const dipNumber = await publishedNumber(baseUrl, 'bench data dip', flowWith(dip), '+6569990001');
    const plainNumber = await publishedNumber(baseUrl, 'bench no data dip', flowWith({ kind: 'setVariable', data: { name: 'name', value: 'Ada Lovelace' } }), '+6569990002');
    const first = async (dialed: string) => {
      const { latencyMs, json } = await post('/api/webhooks/8x8/vca', vcaEvent(randomUUID(), dialed, { callStatus: 'CALL_RECEIVED', eventData: { dtmf: null } }));
      const text = (json.callflow?.[0] as { params?: { text?: string } } | undefined)?.params?.text;
      if (text !== 'Hello Ada Lovelace.') throw new Error(`bench: the data dip flow said ${JSON.stringify(text)}`);
      return latencyMs;
    };
    const withDip: number[] = [];
    const plain: number[] = [];
    for (let i = 0; i < warmUp + calls; i++) {
      const d = await first(dipNumber);
      const p = await first(plainNumber);
      if (i >= warmUp) {
        withDip.push(d);
        plain.push(p);
      }
      server.received.length = 0;
    }
    const dipP50 = percentile(withDip, 50);
    const plainP50 = percentile(plain, 50);
    return { calls, answerMs, dipP50: round(dipP50), dipP95: round(percentile(withDip, 95)), plainP50: round(plainP50), addedP50: round(dipP50 - plainP50 - answerMs) };
  } finally {
    await server.close();
  }
}
