import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

// The 8x8 contract lives beside the repo in ../shared (not copied in). Tests that need
// it skip with this message when it is absent, so a clone elsewhere still runs the rest.
export const sharedDir = path.resolve(import.meta.dirname, '../../../shared/8x8');
export const hasShared = existsSync(path.join(sharedDir, 'voice-api.openapi.json'));
export const sharedMissing = `../shared/8x8 not found at ${sharedDir}: 8x8 contract tests skipped`;

export function readShared<T = unknown>(relative: string): T {
  return JSON.parse(readFileSync(path.join(sharedDir, relative), 'utf8')) as T;
}
