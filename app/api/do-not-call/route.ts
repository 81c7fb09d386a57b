import { addToDoNotCallInput, listDoNotCallQuery } from '@/lib/do-not-call/do-not-call-input';
import { parseOr422, readBody, route } from '@/lib/http/route';
import { addToDoNotCall } from '@/lib/server/do-not-call/add-to-do-not-call';
import { listDoNotCall } from '@/lib/server/do-not-call/list-do-not-call';

/** `?q&page&pageSize` (q: the start of a number): { entries, total, page, pages, pageSize }, newest first. */
export const GET = route('dnc.read', async (request) =>
  Response.json(await listDoNotCall(parseOr422(listDoNotCallQuery, Object.fromEntries(new URL(request.url).searchParams)))),
);

/** { number, reason? } → 201 { added: true, entry }, or 200 { added: false, entry } with the first entry of a number already listed. */
export const POST = route('dnc.add', async (request, _context, actor) => {
  const result = await addToDoNotCall(actor, await readBody(request, addToDoNotCallInput));
  return Response.json(result, { status: result.added ? 201 : 200 });
});
