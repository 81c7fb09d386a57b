// RFC 4180 CSV as spreadsheets write it: comma-separated, fields optionally in double
// quotes ("" is a quote inside one), CRLF, LF or CR line ends, an optional UTF-8 BOM.

export type CsvRecord = {
  /** 1-based record number: the spreadsheet row (a quoted line break does not start a new row). */
  row: number;
  fields: string[];
  /** The record ends inside a quoted field that was never closed. */
  unclosedQuote: boolean;
};

export function csvRecords(text: string): CsvRecord[] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endRecord = (unclosedQuote: boolean) => {
    fields.push(field);
    records.push({ row: records.length + 1, fields, unclosedQuote });
    fields = [];
    field = '';
  };
  while (i < input.length) {
    const char = input[i]!;
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
      i += 1;
      continue;
    }
    if (char === '"' && field.trim() === '') {
      // Spaces before an opening quote are padding, not content.
      field = '';
      quoted = true;
    } else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      endRecord(false);
      if (char === '\r' && input[i + 1] === '\n') i += 1;
    } else {
      field += char;
    }
    i += 1;
  }
  if (quoted) endRecord(true);
  else if (field !== '' || fields.length > 0) endRecord(false);
  return records;
}

/** A blank line (no characters, or only spaces) carries no data. */
export function isBlankRecord(record: CsvRecord): boolean {
  return record.fields.every((f) => f.trim() === '');
}
