import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Off, the sandbox must answer nothing: every handler under app/sandbox goes through
// sandboxRoute, so a new route added without it fails here (the HTTP walk is
// e2e/api/sandbox-off.spec.ts).

const root = path.resolve(import.meta.dirname, '../../../app/sandbox');

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === 'route.ts' ? [full] : [];
  });
}

describe('every /sandbox route handler', () => {
  const files = routeFiles(root);

  it('is found', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  for (const file of files) {
    it(`${path.relative(root, file)} is wrapped in sandboxRoute`, () => {
      const source = readFileSync(file, 'utf8');
      const handlers = [...source.matchAll(/^export\s+(?:async\s+function|function|const)\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b(.*)$/gm)];
      expect(handlers.length).toBeGreaterThan(0);
      for (const [, method, rest] of handlers) expect(`${method}${rest}`).toMatch(new RegExp(`^${method} = sandboxRoute\\(`));
    });
  }
});
