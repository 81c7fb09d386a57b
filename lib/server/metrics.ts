import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';

// Counts database round trips per webhook kind, so the benchmark can check the
// "≤ 3 round trips per VCA" budget against the running server (METRICS=1).

type Scope = { roundTrips: number };
const scope = new AsyncLocalStorage<Scope>();
const totals = new Map<string, { requests: number; roundTrips: number }>();

export async function measured<T>(enabled: boolean, name: string, work: () => Promise<T>): Promise<T> {
  if (!enabled) return work();
  const current: Scope = { roundTrips: 0 };
  try {
    return await scope.run(current, work);
  } finally {
    const total = totals.get(name) ?? { requests: 0, roundTrips: 0 };
    total.requests += 1;
    total.roundTrips += current.roundTrips;
    totals.set(name, total);
  }
}

/** Runs background work started during a request without counting it against that request. */
export function outsideMeasurement<T>(work: () => T): T {
  return scope.run({ roundTrips: 0 }, work);
}

export function metricsSnapshot() {
  return Object.fromEntries(
    [...totals].map(([name, t]) => [name, { ...t, roundTripsPerRequest: t.requests ? t.roundTrips / t.requests : 0 }]),
  );
}

function count() {
  const current = scope.getStore();
  if (current) current.roundTrips += 1;
}

function counting<T extends object>(target: T, methods: ReadonlySet<PropertyKey>): T {
  return new Proxy(target, {
    get(t, property) {
      const value: unknown = Reflect.get(t, property);
      if (typeof value !== 'function') return value;
      if (!methods.has(property)) return value.bind(t);
      return (...args: unknown[]) => {
        count();
        return value.apply(t, args);
      };
    },
  });
}

const queryMethods = new Set<PropertyKey>(['queryRaw', 'executeRaw', 'executeScript', 'startTransaction']);
const transactionMethods = new Set<PropertyKey>(['queryRaw', 'executeRaw', 'commit', 'rollback']);

/** Wraps an adapter factory so every statement sent to the database is counted. */
export function countRoundTrips<F extends SqlDriverAdapterFactory>(factory: F): F {
  const connect = async (): Promise<SqlDriverAdapter> => {
    const adapter = await factory.connect();
    const wrapped = counting(adapter, queryMethods);
    const startTransaction = wrapped.startTransaction;
    return Object.assign(Object.create(wrapped) as SqlDriverAdapter, {
      startTransaction: async (...args: Parameters<SqlDriverAdapter['startTransaction']>) =>
        counting(await startTransaction(...args), transactionMethods),
    });
  };
  return Object.assign(Object.create(factory) as F, { connect });
}
