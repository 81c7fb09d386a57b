import { SetupForm } from '@/components/auth/setup-form';
import { hasAnyUser, isValidSetupToken } from '@/lib/server/users/first-admin';

export const dynamic = 'force-dynamic';

/** The one-time link `npm start` prints on a database with no user: creates the first admin. */
export default async function SetupPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const valid = await isValidSetupToken(token);
  const done = !valid && (await hasAnyUser());
  return (
    <section aria-labelledby="setup-heading" className="mx-auto max-w-sm space-y-6 px-6 py-16">
      <h1 id="setup-heading" className="text-2xl font-semibold">
        Create the first admin
      </h1>
      {valid && token ? (
        <SetupForm token={token} />
      ) : (
        <p role="alert" className="rounded border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-900">
          {done
            ? 'The first admin exists already: sign in, or ask an admin for an invitation.'
            : 'This setup link is not valid. Use the link the last `npm start` printed (also in DATA_DIR/setup-link.txt).'}
        </p>
      )}
    </section>
  );
}
