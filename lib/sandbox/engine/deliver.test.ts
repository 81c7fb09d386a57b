import { describe, expect, it } from 'vitest';
import type { FetchLike } from '@/lib/eightbyeight/request-json';
import { fakePlatform, newCall } from '@/lib/testing/sandbox-platform';
import { deliver } from './deliver';

// Where the sandbox may send a webhook (and the token with it): this app only, and
// never onwards through a redirect.

function recordingFetch(answer: () => Response) {
  const requests: Array<{ url: string; init: RequestInit }> = [];
  const fetch: FetchLike = async (url, init) => {
    requests.push({ url, init });
    return answer();
  };
  return { fetch, requests };
}

describe('deliver', () => {
  it('never follows redirects: the request says so and a 3xx is a failed delivery', async () => {
    const { deps } = fakePlatform(() => ({ body: {} }));
    const { fetch, requests } = recordingFetch(() => new Response(null, { status: 302, headers: { Location: 'http://attacker.example/steal' } }));
    const call = newCall({ ...deps, fetch });
    const delivery = await deliver(call, 'VCS', { hello: 'world' });
    expect(requests).toHaveLength(1);
    expect(requests[0]!.init.redirect).toBe('manual');
    expect(delivery).toMatchObject({ ok: false, httpStatus: 302 });
    expect(call.transcript.at(-1)).toMatchObject({ kind: 'webhook', httpStatus: 302, error: expect.stringMatching(/HTTP 302/) });
  });

  it('does not deliver to a URL outside this app, whatever was registered', async () => {
    const { deps } = fakePlatform(() => ({ body: {} }));
    const { fetch, requests } = recordingFetch(() => Response.json({}));
    const foreign = { url: 'http://127.0.0.1:9/x', authorization: 'the-real-token' };
    const call = newCall({ ...deps, fetch, targets: { ...deps.targets, VCS: foreign } });
    const delivery = await deliver(call, 'VCS', { hello: 'world' });
    expect(requests).toEqual([]);
    expect(delivery).toMatchObject({ ok: false, error: expect.stringMatching(/outside this app \(http:\/\/app\.test\): not delivered/) });
    expect(call.transcript.at(-1)).toMatchObject({ kind: 'webhook', url: foreign.url, error: expect.stringMatching(/not delivered/) });
  });

  it('delivers to this app with the registered Authorization header', async () => {
    const { deps } = fakePlatform(() => ({ body: {} }));
    const { fetch, requests } = recordingFetch(() => Response.json({ received: true }));
    const delivery = await deliver(newCall({ ...deps, fetch }), 'VCS', { hello: 'world' });
    expect(delivery).toMatchObject({ ok: true, httpStatus: 200 });
    expect(requests[0]).toMatchObject({ url: 'http://app.test/api/webhooks/8x8/vcs', init: { headers: { Authorization: 'token' } } });
  });
});
