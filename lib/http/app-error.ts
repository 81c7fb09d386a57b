// One error type for everything a route handler refuses, turned into an HTTP
// response in one place (errorResponse) instead of a try/catch per handler.

const statusOf = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  too_many_requests: 429,
  /** The app is up but the voice platform it depends on answered badly. */
  bad_gateway: 502,
  unavailable: 503,
} as const;

export type AppErrorCode = keyof typeof statusOf;

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
  get status(): number {
    return statusOf[this.code];
  }
}

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    return Response.json({ error: error.message, code: error.code, ...error.details }, { status: error.status });
  }
  // Unexpected: log it whole for us, and give the client a message without internals.
  console.error(error);
  return Response.json({ error: 'Something went wrong on our side; the details are in the server log.', code: 'internal' }, { status: 500 });
}
