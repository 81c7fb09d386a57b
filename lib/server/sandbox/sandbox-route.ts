import 'server-only';
import { sandboxState } from './sandbox-enabled';

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/**
 * Every /sandbox route goes through this: with the sandbox off it answers 404 saying why,
 * before any other check. The JSON carries both the app's `error` and 8x8's
 * statusCode/statusMessage, so the voice client and a person both read the reason.
 */
export function sandboxRoute<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    const state = await sandboxState();
    if (state.enabled) return handler(request, context);
    return Response.json({ error: state.reason, code: 'not_found', statusCode: 404, statusMessage: state.reason }, { status: 404 });
  };
}
