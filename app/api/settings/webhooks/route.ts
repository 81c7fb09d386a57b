import { route } from '@/lib/http/route';
import { listRegisteredWebhooks, registerAppWebhooks } from '@/lib/server/settings/registered-webhooks';

export const dynamic = 'force-dynamic';

/** The webhooks registered with 8x8 (or the sandbox): type, url, enabled, httpAuthHeaderAvailable. */
export const GET = route('settings.manage', async () => Response.json(await listRegisteredWebhooks()));

/**
 * A fresh token, then VCA, VSS and VCS registered at APP_BASE_URL's webhook URLs (the sandbox:
 * this server's own) with it — never at a request's Host. 409 with real 8x8 and no APP_BASE_URL.
 */
export const POST = route('settings.manage', async (_request, _context, actor) => Response.json(await registerAppWebhooks(actor)));
