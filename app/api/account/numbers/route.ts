import { route } from '@/lib/http/route';
import { listAccountNumbers } from '@/lib/server/voice/list-account-numbers';

export const dynamic = 'force-dynamic';

/** The account's virtual numbers (caller ids for outbound calls): { source, numbers: [{ number, label? }] }. */
export const GET = route('flows.read', async () => Response.json(await listAccountNumbers()));
