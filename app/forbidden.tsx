import Link from 'next/link';

export default function Forbidden() {
  return (
    <section aria-labelledby="forbidden-heading" className="mx-auto max-w-xl space-y-3 px-6 py-16">
      <h1 id="forbidden-heading" className="text-2xl font-semibold">
        Your role cannot open this page
      </h1>
      <p className="text-sm text-slate-700">Ask an admin for a role that includes it.</p>
      <Link href="/" className="text-sm text-blue-800 underline">
        Back to flows
      </Link>
    </section>
  );
}
