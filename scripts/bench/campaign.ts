import { adminHeaders } from './admin-session';

// A campaign against the sandbox (calls played 50× fast): BENCH_CAMPAIGN_CONTACTS (2000) at
// BENCH_CAMPAIGN_RATE (20) calls per second, every contact answering and pressing 1 (the Simple
// IVR's "goodbye", so a call lasts well under a second). The sandbox's call log
// is the witness: rate_achieved from its first to its last dial, duplicates = dials beyond one
// per number. import_ms: a 100,000-row contacts CSV posted to a draft campaign, checked and
// stored. Prints `BENCH campaign …`.

const sandboxNumber = '+6568332048';
const json = (body: unknown) => ({ method: 'POST', headers: adminHeaders({ 'Content-Type': 'application/json' }), body: JSON.stringify(body) });

async function call<T>(baseUrl: string, path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, init ?? { headers: adminHeaders() });
  const text = await response.text();
  if (!response.ok) throw new Error(`bench: ${path} answered ${response.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as T;
}

const allDay = { start: '00:00', end: '23:59' };
const hours = { sun: allDay, mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay };

async function draft(baseUrl: string, flowId: string, name: string, rate: number) {
  const settings = { name, flowId, callerId: sandboxNumber, endAt: new Date(Date.now() + 86_400_000).toISOString(), hours, callsPerSecond: rate, maxConcurrent: 45 };
  return (await call<{ id: string }>(baseUrl, '/api/campaigns', json(settings))).id;
}

const postCsv = (baseUrl: string, id: string, csv: string) =>
  call<{ contacts: number }>(baseUrl, `/api/campaigns/${id}/contacts`, { method: 'POST', headers: adminHeaders({ 'Content-Type': 'text/csv' }), body: csv });

export async function benchCampaign(baseUrl: string): Promise<string[]> {
  const contacts = Number(process.env.BENCH_CAMPAIGN_CONTACTS ?? 2000);
  const rate = Number(process.env.BENCH_CAMPAIGN_RATE ?? 20);
  const { id: flowId } = await call<{ id: string }>(baseUrl, '/api/flows', json({ name: 'bench campaign', template: 'simple-ivr' }));
  await call(baseUrl, `/api/flows/${flowId}/publish`, json({}));

  // 100,000 rows, checked and stored.
  const big = ['number,name', ...Array.from({ length: 100_000 }, (_, i) => `+6582${String(i).padStart(6, '0')},Contact ${i}`)].join('\n');
  const bigId = await draft(baseUrl, flowId, 'bench import', rate);
  const importStarted = performance.now();
  const imported = await postCsv(baseUrl, bigId, big);
  const importMs = performance.now() - importStarted;
  if (imported.contacts !== 100_000) throw new Error(`bench: the import kept ${imported.contacts} of 100,000 contacts`);
  await call(baseUrl, `/api/campaigns/${bigId}/cancel`, json({}));

  const numbers = Array.from({ length: contacts }, (_, i) => `+6591${String(i).padStart(6, '0')}`);
  await call(baseUrl, '/sandbox/api/scripts', json({ scripts: numbers.map((number) => ({ number, answers: ['answer'] })), speed: 0.02, digits: ['1'] }));
  const id = await draft(baseUrl, flowId, 'bench run', rate);
  await postCsv(baseUrl, id, ['number', ...numbers].join('\n'));
  const started = performance.now();
  await call(baseUrl, `/api/campaigns/${id}/run`, json({}));
  for (;;) {
    const view = await call<{ status: string; counts: Record<string, number> }>(baseUrl, `/api/campaigns/${id}`);
    if (view.status === 'DONE') break;
    if (performance.now() - started > 20 * 60_000) throw new Error(`bench: the campaign had not finished after 20 minutes: ${JSON.stringify(view.counts)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const { dials } = await call<{ dials: Array<{ destination: string; at: string }> }>(baseUrl, '/sandbox/api/dials?prefix=%2B6591');
  const times = dials.map((d) => new Date(d.at).getTime()).sort((a, b) => a - b);
  const achieved = (times.length - 1) / ((times.at(-1)! - times[0]!) / 1000);
  const duplicates = dials.length - new Set(dials.map((d) => d.destination)).size;
  const view = await call<{ counts: Record<string, number> }>(baseUrl, `/api/campaigns/${id}`);
  return [
    `bench: campaign: ${contacts} contacts at ${rate}/s: ${dials.length} dials in ${((times.at(-1)! - times[0]!) / 1000).toFixed(1)} s, done after ${((performance.now() - started) / 1000).toFixed(1)} s; counts ${JSON.stringify(view.counts)}; 100,000-row CSV imported in ${Math.round(importMs)} ms`,
    `BENCH campaign contacts=${contacts} rate_set=${rate} rate_achieved=${achieved.toFixed(2)} duplicates=${duplicates} import_ms=${Math.round(importMs)}`,
  ];
}
