import { readBody, route } from '@/lib/http/route';
import { dataDipAllowHostsInput, saveDataDipAllowHosts } from '@/lib/server/settings/data-dip-settings';

/** Replaces the list { hosts } of private hosts data dips may reach (exact names or IP addresses). */
export const PUT = route('settings.manage', async (request, _context, actor) => {
  const { hosts } = await readBody(request, dataDipAllowHostsInput);
  return Response.json(await saveDataDipAllowHosts(hosts, actor));
});
