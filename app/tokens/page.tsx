import { TokensView } from '@/components/tokens/tokens-view';
import { requirePage } from '@/lib/auth/require-page';
import { listApiTokens } from '@/lib/server/tokens/list-api-tokens';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'API tokens — IVR Studio' };

export default async function TokensPage() {
  await requirePage('tokens.manage');
  const { tokens, truncated } = await listApiTokens();
  return (
    <section aria-labelledby="tokens-heading" className="mx-auto max-w-6xl space-y-4 px-6 py-8">
      <div>
        <h1 id="tokens-heading" className="text-2xl font-semibold">
          API tokens
        </h1>
        <p className="text-sm text-slate-600">
          For scripts and other systems: <code>Authorization: Bearer &lt;token&gt;</code> works on every <code>/api</code> route the token&apos;s role
          allows. A token is shown once, when it is made.
        </p>
      </div>
      <TokensView tokens={tokens} truncated={truncated} />
    </section>
  );
}
