import { defaultVoiceProfile } from './apology';
import type { CallContext } from './call-context';

/**
 * The session variable holding the caller's voice for the rest of the call: set by a Set
 * variable step that switches the caller's language, or by a Condition rule that does. It
 * is an ordinary variable ({{vars._voice}} reads it), so a flow that sets it keeps it on
 * the session like any other.
 */
export const callerVoiceVariable = '_voice';

/** The voice a speaking step uses: its own, else the call's (the caller's switched one, else the flow's). */
export const voiceFor = (own: string, ctx: CallContext) => own || ctx.voice || defaultVoiceProfile;
