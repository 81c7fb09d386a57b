import { VoiceApiError } from './voice-api-error';

// What a failed Voice API request means, in words for the setup page. The HTTP
// meanings are the OpenAPI file's own descriptions (401, 403, 404, 422, 500).
const httpMeanings: Record<number, string> = {
  400: 'the request was refused as malformed',
  401: 'the API key was not found or is invalid',
  403: 'this API key may not use that resource',
  404: 'the subaccount (or the resource) was not found',
  422: 'a parameter was refused as invalid',
  429: 'too many requests: try again in a minute',
  500: 'the server had an error',
  502: 'the server could not be reached through its gateway',
  503: 'the service is unavailable for now',
};

export function describeVoiceFailure(error: unknown, where: string): string {
  if (!(error instanceof VoiceApiError)) return `${where}: ${error instanceof Error ? error.message : String(error)}`;
  switch (error.kind) {
    case 'network':
      return `${where} could not be reached (network error): ${error.message}`;
    case 'timeout':
      return `${where} did not answer in time: ${error.message}`;
    case 'invalid-response':
      return `${where} answered with something unexpected: ${error.message}`;
    case 'http': {
      const status = error.httpStatus ?? 0;
      const meaning = httpMeanings[status] ?? (status >= 500 ? 'the server had an error' : 'the request was refused');
      return `${where} answered HTTP ${status}: ${meaning} (${error.message})`;
    }
  }
}
