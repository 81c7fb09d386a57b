import { route } from '@/lib/http/route';
import { getCall } from '@/lib/server/calls/get-call';

export const GET = route<{ sessionId: string }>('calls.read', async (_request, { params }) => Response.json(await getCall((await params).sessionId)));
