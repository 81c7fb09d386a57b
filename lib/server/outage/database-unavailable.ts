// Whether an error means the database cannot be reached right now (down, restarting,
// refusing connections, too slow) — the errors a journal can wait out — as opposed to an
// error in what we asked of it, which waiting would not fix.

export class DatabaseDeadlineError extends Error {
  constructor(ms: number) {
    super(`the database did not answer within ${ms} ms`);
  }
}

// PostgreSQL's connection exceptions (08…), operator interventions (57P01–57P05: shutdown,
// crash shutdown, cannot connect now…), too many connections (53300), and Node's socket errors.
const unavailableCodes = /^(08\d{3}|57P0[1-5]|53300|P1001|P1017|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH)$/;
const unavailableMessages = /connection terminated|connection refused|terminating connection|the database system is (starting up|shutting down|in recovery mode)|server closed the connection|connect ECONNREFUSED|Connection ended|timeout exceeded when trying to connect|Can't reach database server|Client has encountered a connection error|closed the connection|connection is closed/i;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || !error || typeof error !== 'object') return false;
  if (error instanceof DatabaseDeadlineError) return true;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown; kind?: unknown };
  for (const code of [e.code, e.originalCode]) if (typeof code === 'string' && unavailableCodes.test(code)) return true;
  if (typeof e.message === 'string' && unavailableMessages.test(e.message)) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}

/** `work`, or a DatabaseDeadlineError after `ms` (the work itself runs on; its result is then ignored). */
export function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DatabaseDeadlineError(ms)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
