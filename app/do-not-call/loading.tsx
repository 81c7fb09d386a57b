export default function DoNotCallLoading() {
  return (
    <section className="mx-auto max-w-6xl px-6 py-8">
      <p role="status" className="text-sm text-slate-600">
        Loading the do-not-call list…
      </p>
    </section>
  );
}
