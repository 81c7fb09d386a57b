import type { z } from 'zod';
import type { RequestActor } from '@/lib/auth/actor';
import { can, deniedReason, type Permission } from '@/lib/auth/permissions';
import { AppError, errorResponse } from './app-error';
import { readBodyText } from './body-limit';
import { jsonDepth, maxJsonDepth, mayHoldUnstorable, storable } from './json-safety';
import { parseReadable } from './readable-parse';
import type { BodyKind } from './same-origin';

type RouteContext<P> = { params: Promise<P> };
type Handler<P> = (request: Request, context: RouteContext<P>) => Promise<Response>;
type ActorHandler<P> = (request: Request, context: RouteContext<P>, actor: RequestActor) => Promise<Response>;
/** `body: 'bytes'` for a route that takes a file rather than JSON (see BodyKind). */
type RouteOptions = { body?: BodyKind };

/**
 * A route handler that needs a permission: 401 for a stranger, 403 for a role without it
 * or a cross-site change made with a cookie; every thrown AppError (or bug) becomes a
 * clean JSON reply. The only other wrapper is publicRoute, for the few open endpoints.
 */
export function route<P = Record<string, string>>(permission: Permission, handler: ActorHandler<P>, options: RouteOptions = {}) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      const actor = await authorize(request, permission, options.body ?? 'json');
      return await handler(request, context, actor);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** For the endpoints a stranger may call: 8x8's webhooks (they check their token), health, sign-in. */
export function publicRoute<P = Record<string, string>>(handler: Handler<P>) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      return await handler(request, context);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

async function authorize(request: Request, permission: Permission, bodyKind: BodyKind): Promise<RequestActor> {
  // Loaded here, not at the top: the pure parts of this module are imported by unit tests.
  const { requestActor } = await import('@/lib/auth/request-actor');
  const { trustedOrigins } = await import('@/lib/auth/trusted-origins');
  const { crossSiteRefusal, isSafeMethod } = await import('./same-origin');
  const actor = await requestActor(request.headers);
  if (!actor) throw new AppError('unauthorized', 'Sign in, or send an API token as Authorization: Bearer <token>');
  if (actor.via === 'cookie' && !isSafeMethod(request.method)) {
    const refusal = crossSiteRefusal(request.headers, trustedOrigins(), bodyKind);
    if (refusal) throw new AppError('forbidden', refusal);
  }
  requirePermission(actor, permission);
  return actor;
}

/** 403 unless the actor holds `permission`: for a route whose input asks for more than its own permission. */
export function requirePermission(actor: RequestActor, permission: Permission): void {
  if (!can(actor.role, permission)) throw new AppError('forbidden', `${deniedReason(permission)}: your role is ${actor.role}`);
}

/** The request body as JSON: 400 for malformed JSON, 413 past 1 MiB (counted in bytes while reading). */
export async function readJson(request: Request): Promise<unknown> {
  const text = await readBodyText(request);
  if (!text.trim()) throw new AppError('bad_request', 'The body is empty: send a JSON document');
  return parseJsonText(text);
}

/** Like readJson, for an optional body: an empty one is `{}`. Read once, under the same cap. */
export async function readOptionalJson(request: Request): Promise<unknown> {
  const text = await readBodyText(request);
  return text.trim() ? parseJsonText(text) : {};
}

function parseJsonText(text: string): unknown {
  if (jsonDepth(text) > maxJsonDepth) throw new AppError('bad_request', `The body nests deeper than ${maxJsonDepth} levels of arrays and objects`);
  try {
    const parsed: unknown = JSON.parse(text);
    // Most bodies hold neither a surrogate nor NUL: only those that may are walked (the webhook path is hot).
    return mayHoldUnstorable(text) ? storable(parsed) : parsed;
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
