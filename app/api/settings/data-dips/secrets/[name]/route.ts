import { z } from 'zod';
import { parseOr422, readBody, route } from '@/lib/http/route';
import { dataDipSecretInput, dataDipSecretName, removeDataDipSecret, saveDataDipSecret } from '@/lib/server/settings/data-dip-settings';

const params = z.object({ name: dataDipSecretName });

/** Adds or replaces the secret { value } (stored encrypted); answers the settings, without any value. */
export const PUT = route<{ name: string }>('settings.manage', async (request, context, actor) => {
  const { name } = parseOr422(params, await context.params);
  return Response.json(await saveDataDipSecret(name, await readBody(request, dataDipSecretInput), actor));
});

/** Deletes the secret; 404 when there is none of that name. */
export const DELETE = route<{ name: string }>('settings.manage', async (_request, context, actor) => {
  const { name } = parseOr422(params, await context.params);
  return Response.json(await removeDataDipSecret(name, actor));
});
