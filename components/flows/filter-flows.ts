/** The flows whose name, or one of whose numbers, matches what was typed. */
export function filterFlows<F extends { name: string; numbers: readonly string[] }>(flows: readonly F[], query: string): F[] {
  const text = query.trim().toLowerCase();
  if (!text) return [...flows];
  // "+65 6833-2048", "6833 2048" and "68332048" all find +6568332048.
  const digits = /^[+\d\s().-]+$/.test(text) ? text.replace(/\D/g, '') : '';
  return flows.filter(
    (flow) => flow.name.toLowerCase().includes(text) || (digits !== '' && flow.numbers.some((n) => n.replace(/\D/g, '').includes(digits))),
  );
}
