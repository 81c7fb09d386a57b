/**
 * A dynamic route segment as it was meant: Next hands it over still percent-encoded, so a
 * number's "+" may come as %2B. A malformed escape is kept as it came (the schema then says what is wrong).
 */
export function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
