import type { SandboxCall } from './call';
import { speechMs } from './timing';

/** Ends the session with 8x8's session error code (VSS errorDetails). */
export class SessionError extends Error {
  override name = 'SessionError';
  constructor(
    readonly errorCode: number,
    message: string,
  ) {
    super(message);
  }
}

/** Speaks text to the caller, taking as long as a voice would. The ERROR outcome fails here. */
export async function speak(call: SandboxCall, kind: 'say' | 'prompt', text: string, repetition = 1, speed = 1): Promise<void> {
  if (call.outcome === 'ERROR') throw new SessionError(-2005, 'Unable to synthesize text to speech');
  call.record({ kind, text });
  await call.wait(speechMs(text, repetition, speed));
}
