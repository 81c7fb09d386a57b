import { route } from '@/lib/http/route';
import { sendTestWebhook } from '@/lib/server/sandbox/send-test-webhook';

/** Sandbox only: one VCS delivery to the registered URL with its token; { url, httpStatus, accepted }. */
export const POST = route('settings.manage', async () => Response.json(await sendTestWebhook()));
