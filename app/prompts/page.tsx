import { firstValues } from '@/components/history/history-params';
import { PromptsView } from '@/components/prompts/prompts-view';
import { requirePage } from '@/lib/auth/require-page';
import { parseReadable } from '@/lib/http/readable-parse';
import { listPrompts } from '@/lib/server/prompts/list-prompts';
import { listPromptsQuery } from '@/lib/server/prompts/prompt-input';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Prompts — IVR Studio' };

// Small enough that a page of players (and an accessibility scan of it) stays quick.
const pageSize = 25;

export default async function PromptsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePage('flows.read');
  const params = firstValues(await searchParams);
  const parsed = parseReadable(listPromptsQuery, { q: params.q, page: params.page, pageSize });
  const result = parsed.ok ? await listPrompts(parsed.data) : null;
  return (
    <section aria-labelledby="prompts-heading" className="mx-auto max-w-6xl space-y-4 px-6 py-8">
      <div>
        <h1 id="prompts-heading" className="text-2xl font-semibold">
          Prompts
        </h1>
        <p className="text-sm text-slate-600">
          Recorded audio for Play file steps. Each recording is served at an address made from its content, so a new recording is a new address
          (8x8 keeps a file for an hour).
        </p>
      </div>
      <PromptsView q={parsed.ok ? parsed.data.q : (params.q ?? '')} result={result} problem={parsed.ok ? null : parsed.message} />
    </section>
  );
}
