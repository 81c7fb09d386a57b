import { describe, expect, it, vi } from 'vitest';
import { AppError } from '@/lib/http/app-error';

// With SANDBOX=on beside real 8x8 credentials, a scripted callback must not become a real call.

const launchCall = vi.hoisted(() => vi.fn());
vi.mock('@/lib/server/calls/launch-call', () => ({ launchCall }));
vi.mock('@/lib/server/voice/voice-connection', () => ({ voiceConnection: async () => ({ mode: 'live' }) }));
vi.mock('./place-call', () => ({ placeInboundCall: vi.fn() }));

const { runScriptedCall } = await import('./scripted-call');

describe('a scripted callback with real 8x8 credentials configured', () => {
  it('is refused (409) before anything is launched', async () => {
    const refused = await runScriptedCall({ flowId: 'flow-1', digits: ['1'] }, { type: 'user', id: 'u1', label: 'editor@example.com', ip: null }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ status: 409, message: expect.stringMatching(/would place a real call/) });
    expect(launchCall).not.toHaveBeenCalled();
  });
});
