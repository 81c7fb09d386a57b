import { route } from '@/lib/http/route';
import { dataDipSettings } from '@/lib/server/settings/data-dip-settings';

export const dynamic = 'force-dynamic';

/** Data dip secrets (names and when each was set — never a value) and the allowed private hosts. */
export const GET = route('settings.manage', async () => Response.json(await dataDipSettings()));
