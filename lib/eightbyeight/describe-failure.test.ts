import { describe, expect, it } from 'vitest';
import { describeVoiceFailure } from './describe-failure';
import { VoiceApiError } from './voice-api-error';

describe('describeVoiceFailure', () => {
  it('puts an HTTP status into words', () => {
    const error = new VoiceApiError('http', 'u', 'GET u: HTTP 401', { httpStatus: 401 });
    expect(describeVoiceFailure(error, '8x8')).toBe('8x8 answered HTTP 401: the API key was not found or is invalid (GET u: HTTP 401)');
    expect(describeVoiceFailure(new VoiceApiError('http', 'u', 'x', { httpStatus: 599 }), '8x8')).toMatch(/HTTP 599: the server had an error/);
  });

  it('names network errors and timeouts', () => {
    expect(describeVoiceFailure(new VoiceApiError('network', 'u', 'ECONNREFUSED'), 'The sandbox')).toBe(
      'The sandbox could not be reached (network error): ECONNREFUSED',
    );
    expect(describeVoiceFailure(new VoiceApiError('timeout', 'u', 'no answer within 10000 ms'), '8x8')).toMatch(/did not answer in time/);
  });
});
