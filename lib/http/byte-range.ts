// The Range header of a GET for a file of known size (RFC 9110 §14). One range only: a
// request for several, or one that cannot be read, gets the whole file, which the RFC
// allows ("a server MAY ignore the Range header field"); only a well-formed range that
// lies past the end is refused (416).

export type ByteRange =
  /** Send the whole file (no Range, a unit other than bytes, several ranges, or one that does not parse). */
  | { kind: 'whole' }
  /** Send bytes start..end, both included (206 with Content-Range). */
  | { kind: 'part'; start: number; end: number }
  /** 416 with `Content-Range: bytes *\/size`. */
  | { kind: 'unsatisfiable' };

const whole: ByteRange = { kind: 'whole' };

// A position longer than this is past the end of any file we hold (and of Number's exact integers).
const maxDigits = 15;

export function parseByteRange(header: string | null, size: number): ByteRange {
  if (header === null) return whole;
  const match = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!match) return whole;
  const [first = '', last = ''] = match.slice(1);
  if (first === '' && last === '') return whole;
  if (first === '') {
    // A suffix: the last N bytes. "-0" asks for nothing.
    const length = last.length > maxDigits ? Number.MAX_SAFE_INTEGER : Number(last);
    if (length === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'part', start: Math.max(0, size - length), end: size - 1 };
  }
  if (first.length > maxDigits) return { kind: 'unsatisfiable' };
  const start = Number(first);
  const end = last === '' || last.length > maxDigits ? size - 1 : Math.min(Number(last), size - 1);
  if (last !== '' && last.length <= maxDigits && Number(last) < start) return whole;
  if (start >= size) return { kind: 'unsatisfiable' };
  return { kind: 'part', start, end };
}

/**
 * Whether a request's If-None-Match names this entity tag (weak comparison, as RFC 9110
 * §13.1.2 asks for If-None-Match), `*` included.
 */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (header === null) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/** If-Range with anything but this exact (strong) tag means "send the whole file" (a date is never exact here). */
export function rangeStillApplies(ifRange: string | null, etag: string): boolean {
  return ifRange === null || ifRange.trim() === etag;
}
