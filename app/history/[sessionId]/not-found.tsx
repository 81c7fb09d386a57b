import Link from 'next/link';

export default function SessionNotFound() {
  return (
    <section aria-labelledby="missing-heading" className="mx-auto max-w-6xl space-y-3 px-6 py-8">
      <h1 id="missing-heading" className="text-2xl font-semibold text-slate-900">
        No such call
      </h1>
      <p className="text-sm text-slate-700">There is no call session with this id. It may have been mistyped, or belong to another installation.</p>
      <Link href="/history" className="text-blue-800 underline">
        Back to the call history
      </Link>
    </section>
  );
}
