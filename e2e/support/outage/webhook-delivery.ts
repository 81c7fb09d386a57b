// One webhook POST as 8x8 makes it, and what came of it. The definition of a
// dropped call counts a reply that never came within 10 s, so the wait is capped there.

export const answerDeadlineMs = 10_000;

export type Answer = { httpStatus: number | null; json: unknown; ms: number; error?: string };

export async function postWebhook(baseUrl: string, path: string, token: string, body: unknown): Promise<Answer> {
  const started = performance.now();
  try {
    const response = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: token },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(answerDeadlineMs),
    });
    const text = await response.text();
    let json: unknown = text;
    try {
      json = JSON.parse(text);
    } catch {
      // kept as text: a non-JSON answer is reported as it came
    }
    return { httpStatus: response.status, json, ms: performance.now() - started };
  } catch (error) {
    return { httpStatus: null, json: null, ms: performance.now() - started, error: error instanceof Error ? error.message : String(error) };
  }
}
