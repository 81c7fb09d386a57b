import { describe, expect, it } from 'vitest';
import { maxPage, pagingQuery } from './paging';
import { parseReadable } from './readable-parse';

describe('pagingQuery', () => {
  const query = pagingQuery(50, 200);

  it('defaults page and pageSize, and reads them from query strings', () => {
    expect(query.parse({})).toEqual({ page: 1, pageSize: 50 });
    expect(query.parse({ page: '3', pageSize: '200' })).toEqual({ page: 3, pageSize: 200 });
  });

  it.each([
    [{ pageSize: '201' }, 'pageSize is at most 200'],
    [{ pageSize: '0' }, 'pageSize is at least 1'],
    [{ pageSize: 'all' }, 'pageSize must be a whole number'],
    [{ pageSize: '1e9' }, 'pageSize is at most 200'],
    [{ page: '0' }, 'page starts at 1'],
    [{ page: '2.5' }, 'page must be a whole number'],
    [{ page: String(maxPage + 1) }, `page is at most ${maxPage}`],
  ])('refuses %j saying what to fix', (input, message) => {
    const parsed = parseReadable(query, input);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.message).toContain(message);
  });
});
