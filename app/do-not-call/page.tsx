import { DoNotCallView } from '@/components/do-not-call/do-not-call-view';
import { firstValues } from '@/components/history/history-params';
import { requirePage } from '@/lib/auth/require-page';
import { listDoNotCallQuery } from '@/lib/do-not-call/do-not-call-input';
import { parseReadable } from '@/lib/http/readable-parse';
import { listDoNotCall } from '@/lib/server/do-not-call/list-do-not-call';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Do-not-call list — IVR Studio' };

export default async function DoNotCallPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePage('dnc.read');
  const params = firstValues(await searchParams);
  const parsed = parseReadable(listDoNotCallQuery, { q: params.q, page: params.page });
  const result = parsed.ok ? await listDoNotCall(parsed.data, 'last') : null;
  return (
    <section aria-labelledby="dnc-heading" className="mx-auto max-w-6xl space-y-4 px-6 py-8">
      <div>
        <h1 id="dnc-heading" className="text-2xl font-semibold">
          Do-not-call list
        </h1>
        <p className="text-sm text-slate-600">
          Numbers campaigns never dial: checked right before each call, so a number added while a campaign runs is not called again. Callers who
          choose a flow’s Opt out step are added here.
        </p>
      </div>
      <DoNotCallView q={params.q ?? ''} result={result} problem={parsed.ok ? null : parsed.message} />
    </section>
  );
}
