import { describe, expect, it } from 'vitest';
import { passwordChangeProblem } from './password-change-problem';

describe('passwordChangeProblem', () => {
  it('names each refusal in words that say what to do', () => {
    expect(passwordChangeProblem(400, { code: 'INVALID_PASSWORD', message: 'Invalid password' }, 'x')).toBe('The current password is wrong.');
    expect(passwordChangeProblem(400, { code: 'PASSWORD_TOO_SHORT' }, 'x')).toMatch(/at least 12 characters/);
    expect(passwordChangeProblem(429, { message: 'Too many requests. Please try again later.' }, 'x')).toMatch(/Wait a minute/);
    expect(passwordChangeProblem(401, {}, 'x')).toMatch(/Sign in again/);
    expect(passwordChangeProblem(400, { code: 'CREDENTIAL_ACCOUNT_NOT_FOUND' }, 'x')).toMatch(/single sign-on/);
  });

  it('passes anything else through', () => {
    expect(passwordChangeProblem(500, {}, 'The request failed (HTTP 500).')).toBe('The request failed (HTTP 500).');
  });
});
