import { AppError } from '@/lib/http/app-error';
import { readBodyBytes } from '@/lib/http/body-limit';
import { parseOr422, route } from '@/lib/http/route';
import { maxPromptBytes } from '@/lib/prompts/prompt-file';
import { listPromptsQuery, uploadPromptQuery } from '@/lib/server/prompts/prompt-input';
import { listPrompts } from '@/lib/server/prompts/list-prompts';
import { uploadPrompt } from '@/lib/server/prompts/upload-prompt';

/** `?q&sort=newest|name&sha256=a,b&page&pageSize`: { prompts, total, page, pages, pageSize } (50 a page, at most 500). */
export const GET = route('flows.read', async (request) => {
  const query = parseOr422(listPromptsQuery, Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(await listPrompts(query));
});

/**
 * Uploads a recording: `POST /api/prompts?name=Welcome` with the file's bytes as the body
 * (application/octet-stream or audio/*; what it is, MP3 or WAV, is read from the bytes).
 * The body is cut off past 5 MB (413).
 */
export const POST = route(
  'prompts.edit',
  async (request, _context, actor) => {
    // `curl -F file=@x.mp3` is the habit: say how to send the file before reading a form's bytes.
    if (/^multipart\/form-data/i.test(request.headers.get('content-type') ?? '')) {
      throw new AppError('unsupported_media_type', 'Send the recording’s bytes as the request body (e.g. curl --data-binary @file.mp3 -H "Content-Type: application/octet-stream"), not a multipart form');
    }
    const { name } = parseOr422(uploadPromptQuery, Object.fromEntries(new URL(request.url).searchParams));
    const bytes = await readBodyBytes(request, maxPromptBytes, 'The recording');
    const prompt = await uploadPrompt({ name, bytes }, actor);
    return Response.json(prompt, { status: 201, headers: { Location: `/api/prompts/${prompt.id}` } });
  },
  { body: 'bytes' },
);
