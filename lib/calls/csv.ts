// CSV as RFC 4180 reads it: a field holding a comma, a quote or a line break is quoted,
// and a quote inside it is doubled. Lines end in CRLF.

export type CsvValue = string | number | boolean | Date | null | undefined;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = value instanceof Date ? value.toISOString() : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/**
 * A cell a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a
 * leading ' so it is shown as text (OWASP's advice against CSV injection).
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
