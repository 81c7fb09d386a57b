export type VoiceApiErrorKind = 'network' | 'timeout' | 'http' | 'invalid-response';

/**
 * Any failure talking to the 8x8 Voice API that is not a documented answer: the
 * message names the request and what happened, so it can be logged or shown as is.
 */
export class VoiceApiError extends Error {
  override readonly name = 'VoiceApiError';
  readonly kind: VoiceApiErrorKind;
  readonly url: string;
  /** The HTTP status when a response arrived. */
  readonly httpStatus: number | null;

  constructor(
    kind: VoiceApiErrorKind,
    url: string,
    message: string,
    options: { httpStatus?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.kind = kind;
    this.url = url;
    this.httpStatus = options.httpStatus ?? null;
  }
}
