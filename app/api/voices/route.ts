import { route } from '@/lib/http/route';
import { listVoices } from '@/lib/server/voice/list-voices';

export const dynamic = 'force-dynamic';

/** The voices (8x8 speech profiles) the designer's voice pickers offer. */
export const GET = route('flows.read', async () => Response.json(await listVoices()));
