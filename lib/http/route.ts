import type { z } from 'zod';
import { AppError, errorResponse } from './app-error';
import { parseReadable } from './readable-parse';

type RouteContext<P> = { params: Promise<P> };

/** Wraps a route handler so every thrown AppError (or bug) becomes a clean JSON reply. */
export function route<P = Record<string, string>>(
  handler: (request: Request, context: RouteContext<P>) => Promise<Response>,
) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      return await handler(request, context);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

const maxBodyBytes = 1024 * 1024;

/** The request body as JSON: 400 for malformed JSON, 413 past 1 MiB. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.length > maxBodyBytes) throw new AppError('payload_too_large', 'The body is larger than 1 MiB');
  if (!text.trim()) throw new AppError('bad_request', 'The body is empty: send a JSON document');
  // PostgreSQL cannot store NUL in text or jsonb; no legitimate payload carries one.
  if (text.includes('\u0000') || text.includes('\\u0000')) {
    throw new AppError('bad_request', 'The body contains a NUL character (\\u0000), which cannot be stored');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unreadable';
    throw new AppError('bad_request', `The body is not valid JSON (${reason})`);
  }
}

/** Parses input with a schema; a mismatch is a 422 whose message names each field to fix. */
export function parseOr422<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = parseReadable(schema, input);
  if (!parsed.ok) throw new AppError('unprocessable', parsed.message);
  return parsed.data;
}

export async function readBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  return parseOr422(schema, await readJson(request));
}
