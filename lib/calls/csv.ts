// CSV as RFC 4180 reads it: a field holding a comma, a quote or a line break — or
// starting or ending with a space, which spreadsheets would drop — is quoted, and a
// quote inside it is doubled. Lines end in CRLF. Every CSV the app writes goes through here.

export type CsvValue = string | number | boolean | Date | null | undefined;

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"):
 * such a cell is written with a leading ' so it stays text. That includes every phone
 * number ("+6591234567" → "'+6591234567"), as OWASP advises: a caller id is text the
 * caller chose, and "+1+cmd|…" must not run. Numbers the app computes are written as
 * they are (String(-2003) is a number to a spreadsheet, never a formula).
 */
const formulaStarts = new Set(['=', '+', '-', '@', '\t', '\r']);

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = value instanceof Date ? value.toISOString() : neutralised(value);
  return /[",\r\n]/.test(text) || text.trim() !== text ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

const neutralised = (text: string) => (formulaStarts.has(text.charAt(0)) ? `'${text}` : text);

/** A cell as it was before csvField neutralised it, for reading our own files back. */
export const unneutralised = (text: string) => (text.startsWith("'") && formulaStarts.has(text.charAt(1)) ? text.slice(1) : text);
