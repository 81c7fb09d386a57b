import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import { PrismaPGlite } from 'pglite-prisma-adapter';

// Prisma's schema engine compiled to WebAssembly: the native engine cannot be
// downloaded here (see docs/architecture.md). The package's entry imports the
// .wasm as an ES module, which Node cannot load, so we instantiate it ourselves.
let wasmReady = false;
async function loadWasm(): Promise<void> {
  if (wasmReady) return;
  const require = createRequire(import.meta.url);
  const bgPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const wasmPath = path.join(path.dirname(bgPath), 'schema_engine_bg.wasm');
  const wasmModule = await WebAssembly.compile(await readFile(wasmPath));
  const instance = new WebAssembly.Instance(wasmModule, { './schema_engine_bg.js': bg as never });
  const exports = instance.exports as unknown as { __wbindgen_start: () => void };
  (bg as unknown as { __wbg_set_wasm: (e: unknown) => void }).__wbg_set_wasm(instance.exports);
  exports.__wbindgen_start();
  wasmReady = true;
}

const filters = { externalTables: [], externalEnums: [] };

export async function startEngine(factory: SqlMigrationAwareDriverAdapterFactory): Promise<SchemaEngine> {
  await loadWasm();
  const Engine = (bg as unknown as { SchemaEngine: typeof SchemaEngine }).SchemaEngine;
  const log = (line: string) => {
    if (process.env.PRISMA_ENGINE_LOG) console.error(line);
  };
  return Engine.new({ datamodels: undefined }, log, bindMigrationAwareSqlAdapterFactory(factory));
}

export async function readMigrations(migrationsDir: string): Promise<MigrationList> {
  const lockPath = path.join(migrationsDir, 'migration_lock.toml');
  const lockContent = await readFile(lockPath, 'utf8').catch(() => null);
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const migrationDirectories = await Promise.all(
    dirs.map(async (dir) => ({
      path: dir,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok' as const, value: await readFile(path.join(migrationsDir, dir, 'migration.sql'), 'utf8') },
      },
    })),
  );
  return {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: lockContent },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

/** Applies pending migrations exactly as `prisma migrate deploy` would. */
export async function applyMigrations(factory: SqlMigrationAwareDriverAdapterFactory, migrationsDir: string) {
  const engine = await startEngine(factory);
  try {
    const result = await engine.applyMigrations({ migrationsList: await readMigrations(migrationsDir), filters });
    return result.appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/**
 * The SQL that takes the migration history to the schema. The history is replayed
 * on an in-memory PGlite shadow database, so no server is touched.
 */
export async function diffSchemaAgainstMigrations(schemaPath: string, migrationsDir: string): Promise<string> {
  const shadow = new PGlite();
  const engine = await startEngine(new PrismaPGlite(shadow));
  try {
    const history = await readMigrations(migrationsDir);
    const result = await engine.diff({
      from: history.migrationDirectories.length ? { tag: 'migrations', ...history } : { tag: 'empty' },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: await readFile(schemaPath, 'utf8') }] },
      script: true,
      exitCode: null,
      filters,
    });
    return result.stdout ?? '';
  } finally {
    engine.free();
    await shadow.close();
  }
}
