import type { PrismaClient } from '@/lib/generated/prisma/client';

// Stands in for '@/lib/db' in unit tests of lib/server code:
//   vi.mock('@/lib/db', async () => (await import('@/lib/testing/mock-db')).mockDbModule);
// then useTestDb(client) with a client from openTestDatabase().

let current: PrismaClient | undefined;

export function useTestDb(client: PrismaClient): void {
  current = client;
}

export const mockDbModule = {
  db: new Proxy({} as PrismaClient, {
    get(_target, property) {
      if (!current) throw new Error('Call useTestDb(client) before using the database');
      const value: unknown = Reflect.get(current, property);
      return typeof value === 'function' ? value.bind(current) : value;
    },
  }),
};
