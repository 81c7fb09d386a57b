import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFlowDocument } from './document';
import { hasErrors, lintFlow } from './lint';

// The README documents the flow document with an example; keep it true.
describe('the README’s flow document example', () => {
  const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
  const example = /### The flow document\s+```json\n([\s\S]*?)```/.exec(readme)?.[1];

  it('parses and has no lint errors', () => {
    expect(example).toBeDefined();
    const parsed = parseFlowDocument(JSON.parse(example!));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(hasErrors(lintFlow(parsed.document))).toBe(false);
  });
});
