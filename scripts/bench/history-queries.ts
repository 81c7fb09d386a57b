// Re-times the history list, CSV export and dashboard queries against a server already
// running on a seeded database (see docs/benchmarks.md, "Call history at scale"):
//   npx tsx scripts/bench/history-queries.ts http://127.0.0.1:3500
import { signInBenchAdmin } from './admin-session';
import { historyBenchLines, timeHistoryQueries } from './history';

const baseUrl = process.argv[2];
if (!baseUrl) {
  console.error('Usage: npx tsx scripts/bench/history-queries.ts <base URL of a running server>');
  process.exit(2);
}
// The bench's database has the bench admin (scripts/bench/admin-session.ts).
await signInBenchAdmin(baseUrl);
for (const line of historyBenchLines(await timeHistoryQueries(baseUrl))) console.log(line);
