import type { VcaReply } from '@/lib/eightbyeight/callflow';

export const defaultVoiceProfile = 'en-US-BenjaminRUS';

/**
 * What a caller hears when we cannot run their call (unknown number or session, a
 * broken flow): a polite goodbye, never an error status to 8x8.
 */
export function apologyReply(voiceProfile = defaultVoiceProfile): VcaReply {
  return {
    callflow: [
      {
        action: 'say',
        params: {
          text: 'We are sorry, we cannot take your call right now. Please try again later. Goodbye.',
          voiceProfile,
        },
      },
      { action: 'hangup' },
    ],
  };
}
