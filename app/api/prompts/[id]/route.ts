import { readBody, route } from '@/lib/http/route';
import { deletePrompt } from '@/lib/server/prompts/delete-prompt';
import { getPrompt } from '@/lib/server/prompts/list-prompts';
import { renamePromptInput } from '@/lib/server/prompts/prompt-input';
import { renamePrompt } from '@/lib/server/prompts/rename-prompt';

type Params = { id: string };

/** { prompt, usage: { published, drafts } }: the flows that play it. */
export const GET = route<Params>('flows.read', async (_request, { params }) => Response.json(await getPrompt((await params).id)));

/** Renames: { name }. The bytes and so the URL stay. */
export const PATCH = route<Params>('prompts.edit', async (request, { params }, actor) => {
  const { id } = await params;
  return Response.json(await renamePrompt(id, await readBody(request, renamePromptInput), actor));
});

/** Deletes it: 409 (with `usedBy`) while a published version plays it; `drafts` lists drafts that played it. */
export const DELETE = route<Params>('prompts.delete', async (_request, { params }, actor) => {
  return Response.json(await deletePrompt((await params).id, actor));
});
