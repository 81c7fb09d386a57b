export default function PromptsLoading() {
  return (
    <section className="mx-auto max-w-6xl px-6 py-8">
      <p role="status" className="text-sm text-slate-600">
        Loading the prompt library…
      </p>
    </section>
  );
}
