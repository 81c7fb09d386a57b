import { requestOrigin } from '@/lib/http/request-origin';
import { route } from '@/lib/http/route';
import { listRegisteredWebhooks, registerAppWebhooks } from '@/lib/server/settings/registered-webhooks';
import { webhookBaseUrl } from '@/lib/server/settings/voice-setup-status';

export const dynamic = 'force-dynamic';

/** The webhooks registered with 8x8 (or the sandbox): type, url, enabled, httpAuthHeaderAvailable. */
export const GET = route('settings.manage', async () => Response.json(await listRegisteredWebhooks()));

/** A fresh token, then VCA, VSS and VCS registered at this app's webhook URLs with it. The token is not returned. */
export const POST = route('settings.manage', async (request, _context, actor) =>
  Response.json(await registerAppWebhooks(webhookBaseUrl(requestOrigin(request.headers)), actor)),
);
