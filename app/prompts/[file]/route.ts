import { AppError } from '@/lib/http/app-error';
import { immutableFileResponse } from '@/lib/http/immutable-file';
import { publicRoute } from '@/lib/http/route';
import { parsePromptFileName } from '@/lib/prompts/prompt-file';
import { findPromptFile, readPromptBytes } from '@/lib/server/prompts/read-prompt-file';

// The prompt library's files, public on purpose: 8x8 fetches a Play file URL without any
// credentials. Only `<sha256>.<ext>` of a stored recording is served — the name is the hash
// of the bytes, so knowing a URL means having been given it — and nothing else under /prompts/.

type Params = { file: string };

const gone = () => new AppError('not_found', 'No recording is stored at this address');

const serve = publicRoute<Params>(async (request, { params }) => {
  const file = parsePromptFileName((await params).file);
  const found = file && (await findPromptFile(file));
  if (!file || !found) throw gone();
  return immutableFileResponse(request, found, async (start, end) => {
    const bytes = await readPromptBytes(file.sha256, start, end);
    if (!bytes) throw gone(); // deleted between the two reads
    return bytes;
  });
});

export const GET = serve;
export const HEAD = serve;
