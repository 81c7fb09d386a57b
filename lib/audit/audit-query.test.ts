import { describe, expect, it } from 'vitest';
import { parseReadable } from '@/lib/http/readable-parse';
import { listAuditQuery } from './audit-query';

describe('listAuditQuery', () => {
  it('defaults to the first page of 50 and drops blank filters', () => {
    expect(listAuditQuery.parse({ action: '', actor: '  ', q: '' })).toEqual({ page: 1, pageSize: 50 });
  });

  it('reads actions, areas, dates and numbers from the query string', () => {
    expect(listAuditQuery.parse({ action: 'flow.publish', from: '2026-11-01', page: '2', pageSize: '200' })).toEqual({
      action: 'flow.publish',
      from: new Date('2026-11-01T00:00:00Z'),
      page: 2,
      pageSize: 200,
    });
    expect(listAuditQuery.parse({ action: 'auth' }).action).toBe('auth');
  });

  it('names the field to fix', () => {
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ pageSize: '201' }, /^pageSize: pageSize is at most 200/],
      [{ page: '0' }, /^page: page starts at 1/],
      [{ action: 'flow.explode' }, /^action: action must be an action such as flow.publish/],
      [{ targetType: 'planet' }, /^targetType: targetType must be one of/],
      [{ from: 'yesterday' }, /^from: from must be a date/],
      [{ from: '2026-11-02', to: '2026-11-01' }, /^to: to must be after from/],
      [{ q: 'x'.repeat(201) }, /^q: q is at most 200 characters/],
    ];
    for (const [query, message] of cases) {
      const parsed = parseReadable(listAuditQuery, query);
      expect(parsed.ok ? 'accepted' : parsed.message).toMatch(message);
    }
  });
});
