import { z } from 'zod';
import { webhookType } from '@/lib/eightbyeight/api-schemas';
import { parseOr422, route } from '@/lib/http/route';
import { deleteRegisteredWebhook } from '@/lib/server/settings/registered-webhooks';

const params = z.object({ type: webhookType });

/** Removes the registration of one webhook type; answers the remaining list. */
export const DELETE = route<{ type: string }>('settings.manage', async (_request, context, actor) =>
  Response.json(await deleteRegisteredWebhook(parseOr422(params, await context.params).type, actor)),
);
