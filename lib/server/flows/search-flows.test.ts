import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { openTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { flowSearchWhere, listFlowsQuery, searchFlowsQuery } from './search-flows';

// The search's WHERE on a real (embedded) PostgreSQL with the app's migrations, so
// ILIKE, the escaping of LIKE wildcards and the join to numbers are what is tested.

let database: TestDatabase;
let db: PrismaClient;

// Replaying every migration into PGlite takes many seconds on a busy machine.
beforeAll(async () => {
  // Every migration replayed on a fresh database: seconds on a busy machine.
  database = await openTestDatabase();
  db = database.db;
  const flows = [
    { name: 'ABC Restaurant', numbers: ['+6568332048'] },
    { name: 'Support line 2', numbers: ['+6561115777', '+14155550100'] },
    { name: 'Sales', numbers: [] },
    { name: '100% off_sale', numbers: [] },
  ];
  for (const { name, numbers } of flows) {
    await db.flow.create({ data: { name, draft: {}, numbers: { create: numbers.map((number) => ({ number })) } } });
  }
}, 60_000);

afterAll(async () => {
  await database?.close();
});

const names = async (q: string) =>
  (await db.flow.findMany({ where: flowSearchWhere(q), select: { name: true }, orderBy: { name: 'asc' } })).map((f) => f.name);

describe('flowSearchWhere', () => {
  it('keeps everything for an empty query', async () => {
    expect(await names('  ')).toHaveLength(4);
  });

  it('matches names case-insensitively', async () => {
    expect(await names('restaur')).toEqual(['ABC Restaurant']);
    expect(await names('  SALE ')).toEqual(['100% off_sale', 'Sales']);
  });

  it('matches numbers however they are typed', async () => {
    for (const query of ['+6568332048', '6833 2048', '+65 6833-2048', '(6568) 332.048']) {
      expect(await names(query)).toEqual(['ABC Restaurant']);
    }
    expect(await names('415')).toEqual(['Support line 2']);
  });

  it('matches a digit in a name as text too', async () => {
    expect(await names('2')).toEqual(['ABC Restaurant', 'Support line 2']);
  });

  it('takes % and _ literally', async () => {
    expect(await names('%')).toEqual(['100% off_sale']);
    expect(await names('f_s')).toEqual(['100% off_sale']);
    expect(await names('s_les')).toEqual([]);
    expect(await names('\\')).toEqual([]);
  });
});

describe('searchFlowsQuery', () => {
  it('defaults to the first page of everything', () => {
    expect(searchFlowsQuery.parse({})).toEqual({ q: '', page: 1 });
    expect(searchFlowsQuery.parse({ q: ' sales ', page: '3' })).toEqual({ q: 'sales', page: 3 });
  });

  it('refuses a page that is not a whole number from 1', () => {
    for (const page of ['0', '1.5', 'two']) expect(searchFlowsQuery.safeParse({ page }).success).toBe(false);
  });
});

describe('listFlowsQuery (GET /api/flows)', () => {
  it('pages 100 at a time by default, at most 500', () => {
    expect(listFlowsQuery.parse({})).toEqual({ q: '', page: 1, pageSize: 100 });
    expect(listFlowsQuery.parse({ pageSize: '500' }).pageSize).toBe(500);
    expect(listFlowsQuery.safeParse({ pageSize: '501' }).success).toBe(false);
  });
});
