// A CSV body as text csv-parse can count lines in: UTF-8 decoded as it streams, the BOM
// dropped, and every line end — CRLF (Excel), CR (old Macs) or LF — made LF. csv-parse counts
// CRLF as two lines and loses a record after some errors, so its line numbers are only
// trustworthy with one kind of line end; a quoted CRLF inside a value becomes LF too, which
// changes nothing a do-not-call entry keeps.

export async function* lfText(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let first = true;
  let pendingCr = false;
  for await (const chunk of chunks) {
    let text: string = (pendingCr ? '\r' : '') + (typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    if (first && text !== '') {
      // TextDecoder drops a BOM itself; strings handed in directly may still carry one.
      if (text.startsWith('\uFEFF')) text = text.slice(1);
      first = false;
    }
    // A CR at the end of a chunk may be the first half of a CRLF: wait for the next chunk.
    pendingCr = text.endsWith('\r');
    if (pendingCr) text = text.slice(0, -1);
    if (text) yield text.replace(/\r\n?/g, '\n');
  }
  const tail = (pendingCr ? '\r' : '') + decoder.decode();
  if (tail) yield tail.replace(/\r\n?/g, '\n');
}

/** The first line (up to its LF) and every chunk, the first line's included: read once. */
export async function peekFirstLine(texts: AsyncIterable<string>): Promise<{ firstLine: string; all: AsyncGenerator<string> }> {
  const iterator = texts[Symbol.asyncIterator]();
  const seen: string[] = [];
  let done = false;
  // Only each new chunk is searched: a file of one endless line must not be rescanned per chunk.
  for (;;) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    seen.push(next.value);
    if (next.value.includes('\n')) break;
  }
  async function* all(): AsyncGenerator<string> {
    yield* seen;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  const joined = seen.join('');
  const end = joined.indexOf('\n');
  return { firstLine: end === -1 ? joined : joined.slice(0, end), all: all() };
}

const candidates = [',', ';', '\t'] as const;
export type Delimiter = (typeof candidates)[number];

/**
 * The separator a spreadsheet used, judged by the first line: the one of comma, semicolon
 * (Excel in much of Europe) and tab found most often outside quotes; a comma when none is.
 */
export function detectDelimiter(firstLine: string): Delimiter {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (candidates as readonly string[]).includes(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: Delimiter = ',';
  for (const candidate of candidates) if ((counts.get(candidate) ?? 0) > (counts.get(best) ?? 0)) best = candidate;
  return best;
}
