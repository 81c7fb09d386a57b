import type { RawAnswer } from '../raw-http';
import type { Endpoint } from './base-bodies';

// What every answer to a fuzzed body must be: never a 5xx, a refusal that says what to fix
// in JSON, and an acceptance in the endpoint's own shape.

const snippet = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}…` : text);

/** What is wrong with the answer, or null when it is one the endpoint may give. */
export function problemWithAnswer(endpoint: Endpoint, answer: RawAnswer): string | null {
  if (answer.status >= 500) return `HTTP ${answer.status}: ${snippet(answer.body)}`;
  let json: unknown;
  try {
    json = JSON.parse(answer.body);
  } catch {
    return `HTTP ${answer.status} without a JSON body: ${snippet(answer.body)}`;
  }
  if (answer.status >= 400 && answer.status < 500) {
    const error = (json as { error?: unknown } | null)?.error;
    return typeof error === 'string' && error.trim() ? null : `HTTP ${answer.status} without an error message: ${snippet(answer.body)}`;
  }
  if (answer.status !== 200) return `HTTP ${answer.status}, neither accepted nor refused: ${snippet(answer.body)}`;
  const accepted = endpoint === 'vca' ? Array.isArray((json as { callflow?: unknown } | null)?.callflow) : (json as { received?: unknown } | null)?.received === true;
  return accepted ? null : `HTTP 200 with an unexpected body: ${snippet(answer.body)}`;
}

/** Answers counted by status, e.g. "200: 812, 400: 301, 413: 12, 422: 915". */
export function statusTally(statuses: readonly number[]): string {
  const counts = new Map<number, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, count]) => `${status || 'no answer'}: ${count}`)
    .join(', ');
}

/** Runs work(0 … count-1) with at most `concurrency` at a time. */
export async function inPool(count: number, concurrency: number, work: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await work(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}
