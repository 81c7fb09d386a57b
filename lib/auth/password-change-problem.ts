/**
 * What to tell someone whose password change Better Auth refused (`POST /api/auth/change-password`
 * answers `{ code, message }`), in words that say what to do next.
 */
export function passwordChangeProblem(status: number, body: Record<string, unknown>, fallback: string): string {
  if (status === 429) return 'Too many attempts from your address. Wait a minute, then try again.';
  if (status === 401) return 'You are signed out (your session ended). Sign in again, then change your password.';
  switch (body.code) {
    case 'INVALID_PASSWORD':
      return 'The current password is wrong.';
    case 'PASSWORD_TOO_SHORT':
      return 'The new password is too short: use at least 12 characters.';
    case 'PASSWORD_TOO_LONG':
      return 'The new password is too long: use at most 128 characters.';
    case 'CREDENTIAL_ACCOUNT_NOT_FOUND':
      return 'You sign in with single sign-on, so there is no password to change here.';
    default:
      return fallback;
  }
}
