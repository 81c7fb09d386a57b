import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse, type CsvError } from 'csv-parse';
import { unneutralised } from '@/lib/calls/csv';
import { detectDelimiter, lfText, peekFirstLine } from './csv-text';

// The reading both phone-number imports share (campaign contacts, the do-not-call list): a
// CSV streamed record by record, with the delimiter a spreadsheet used, any line ends, and
// the line each record starts on; what a row means is the caller's.

/** Header cells naming the number column, as headerKey gives them. */
const numberHeaders = new Set(['number', 'phone', 'msisdn', 'e164', 'phonenumber']);

/** "Phone Number", "phone_number" and "E.164" name the same columns as "phonenumber" and "e164". */
export const headerKey = (cell: string) => unneutralised(cell.trim()).toLowerCase().replace(/[\s_.-]/g, '');

/** The column a header row names as the number (number, phone, msisdn, e164 in any spelling), or -1. */
export function namedNumberColumn(fields: readonly string[]): number {
  return fields.findIndex((cell) => numberHeaders.has(headerKey(cell)));
}

export type PhoneCsvRows = {
  /** A record (blank lines are skipped) and the line it starts on. What it throws ends the reading and is rethrown. */
  record(line: number, fields: string[]): void;
  /** A quote opened on `line` and never closed swallowed the rest of the file: one bad row, and why. */
  unreadable(line: number, reason: string): void;
};

/** Reads the CSV to its end, handing each record to `rows` as it streams. */
export async function readPhoneCsv(chunks: AsyncIterable<Uint8Array | string>, rows: PhoneCsvRows): Promise<void> {
  const { firstLine, all } = await peekFirstLine(lfText(chunks));
  const parser = parse({
    delimiter: detectDelimiter(firstLine),
    record_delimiter: '\n',
    info: true,
    raw: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    // The only error left with the options above: a quote opened and never closed, which swallows the rest of the file.
    on_skip: (error: CsvError | undefined, raw: string | undefined) => {
      const endLine = typeof error?.lines === 'number' ? error.lines : 0;
      const line = startLine(raw ?? '', endLine);
      rows.unreadable(line, `a quoted value starts here and is never closed (a " is missing), so lines ${line} to ${endLine} could not be read`);
      return undefined;
    },
  });
  await pipeline(Readable.from(all), parser, recordWriter(rows));
}

type ParsedRecord = { record: string[]; raw: string; info: { lines: number } };

/** Records are handed on as they come (a plain Writable: iterating the parser with for await costs a promise a row). */
function recordWriter(rows: PhoneCsvRows): Writable {
  return new Writable({
    objectMode: true,
    write({ record, raw, info }: ParsedRecord, _encoding, done) {
      try {
        rows.record(startLine(raw, info.lines), record);
        done();
      } catch (error) {
        done(error as Error);
      }
    },
  });
}

/**
 * csv-parse reports the line a record ends on; its raw text (after LF normalisation) also
 * holds the empty lines skipped before it and its own line end. What is left spans
 * (line breaks) + 1 lines, so it starts that many lines earlier.
 */
function startLine(raw: string, endLine: number): number {
  const body = raw.replace(/^\n+/, '').replace(/\n$/, '');
  let breaks = 0;
  for (const char of body) if (char === '\n') breaks += 1;
  return endLine - breaks;
}
