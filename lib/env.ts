import { z } from 'zod';

// The only reader of process.env: every setting is parsed here once, with a
// message that says what to fix when a value is wrong.
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgresql:// URL (unset it to use the embedded database)')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DATA_DIR: z.string().min(1).default('.data'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  WEBHOOK_AUTH_TOKEN: z.string().optional().or(z.literal('').transform(() => undefined)),
  VOICE_API_BASE_URL: z.url('VOICE_API_BASE_URL must be an http(s) URL').default('https://voice.8x8.com'),
  VOICE_SUBACCOUNT_ID: z
    .string()
    .regex(/^[A-Za-z0-9\-._&]{3,50}$/, 'VOICE_SUBACCOUNT_ID must be 3–50 letters, digits or - . _ &')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  VOICE_API_KEY: z.string().optional().or(z.literal('').transform(() => undefined)),
  /** Where this server is reached; the sandbox client calls it. Default http://127.0.0.1:PORT. */
  APP_BASE_URL: z.url('APP_BASE_URL must be an http(s) URL').optional().or(z.literal('').transform(() => undefined)),
  /** The sandbox subaccount's virtual numbers (comma-separated E.164). */
  SANDBOX_NUMBERS: z
    .string()
    .default('+6568332048,+6561115777')
    .transform((v) => v.split(',').map((n) => n.trim()).filter(Boolean)),
  /**
   * The key that encrypts secrets stored in the database (8x8 API key, webhook token):
   * base64 of 32 random bytes. Unset: a key file <DATA_DIR>/secrets.key is made once.
   */
  SECRETS_KEY: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .refine(
        (v) => /^[A-Za-z0-9+/]+={0,2}$/.test(v.trim()) && Buffer.from(v.trim(), 'base64').length === 32,
        'SECRETS_KEY must be base64 of exactly 32 bytes, e.g. the output of `openssl rand -base64 32`',
      )
      .transform((v) => Buffer.from(v.trim(), 'base64'))
      .optional(),
  ),
  /** How long a webhook waits for the database before answering from memory and journaling the event. */
  WEBHOOK_DB_DEADLINE_MS: z.coerce.number().int().min(100).max(20_000).default(2000),
  /** The webhook journal's bounds (docs/architecture.md): past either, a caller hears the apology. */
  WEBHOOK_JOURNAL_MAX_MB: z.coerce.number().int().min(1).max(100_000).default(512),
  WEBHOOK_JOURNAL_MAX_HOURS: z.coerce.number().positive().max(24 * 30).default(24),
  /** Multiplies every sandbox delay (ringing, speech, timeouts): 0.05 plays a call 20× faster. */
  SANDBOX_SPEED: z.coerce.number().positive('SANDBOX_SPEED must be a positive number').max(100).default(1),
  /**
   * The sandbox's trunk: calls it plays at once (every direction). An outbound call placed while it
   * is full is created and then ends as 8x8 reports it, session error -2010. Unset: unlimited.
   */
  SANDBOX_TRUNK_CAPACITY: z.coerce.number().int('SANDBOX_TRUNK_CAPACITY must be a whole number').min(0).max(100_000).optional().or(z.literal('').transform(() => undefined)),
  /**
   * Signs session cookies: 32+ random characters. Unset: derived from the secrets key
   * (SECRETS_KEY or DATA_DIR/secrets.key), so a laptop needs nothing.
   */
  AUTH_SECRET: z
    .string()
    .min(32, 'AUTH_SECRET must be at least 32 characters, e.g. the output of `openssl rand -base64 32`')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** Creates the first admin without a browser when the database has no user (deployments, tests). */
  ADMIN_EMAIL: z.email('ADMIN_EMAIL must be an email address').optional().or(z.literal('').transform(() => undefined)),
  ADMIN_PASSWORD: z
    .string()
    .min(12, 'ADMIN_PASSWORD must be at least 12 characters')
    .max(128)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /**
   * Sign-in (and password change) attempts allowed per client address per minute. The test
   * server raises it: every test signs in from 127.0.0.1.
   */
  AUTH_SIGN_IN_LIMIT: z.coerce.number().int().min(1).max(10_000).default(10),
  /** Single sign-on with an OpenID Connect provider: all three, or none. */
  OIDC_ISSUER: z.url('OIDC_ISSUER must be an http(s) URL').optional().or(z.literal('').transform(() => undefined)),
  OIDC_CLIENT_ID: z.string().optional().or(z.literal('').transform(() => undefined)),
  OIDC_CLIENT_SECRET: z.string().optional().or(z.literal('').transform(() => undefined)),
  /** The button's label for single sign-on, e.g. "Okta". */
  OIDC_NAME: z.string().max(40).default('single sign-on'),
  /**
   * 1: the app is behind a reverse proxy that sets X-Forwarded-Host/-Proto/-For; only then
   * are those headers believed (for the request's origin and the client's address).
   */
  TRUST_PROXY: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
  /** The built-in 8x8 sandbox: auto = on while no real 8x8 credentials are configured. */
  SANDBOX: z.enum(['auto', 'on', 'off']).default('auto'),
  /** Calls the 8x8 account (trunk) carries at once, campaigns, callbacks and inbound together. */
  VOICE_CALL_CAPACITY: z.coerce.number().int().min(1).max(100_000).default(100),
  /** The share of VOICE_CALL_CAPACITY all campaigns together may hold, so callbacks and inbound calls keep working. */
  CAMPAIGN_CAPACITY_SHARE: z.coerce.number().gt(0).max(1).default(0.8),
  /** Campaign jobs this server works at once; 0 leaves the queue to the other servers (it still serves the pages). */
  CAMPAIGN_WORKERS: z.coerce.number().int().min(0).max(500).default(48),
  /** An attempt whose session summary has not arrived after this long ends as "no summary". */
  CAMPAIGN_SUMMARY_TIMEOUT_S: z.coerce.number().int().min(5).max(7 * 24 * 3600).default(3600),
  /** Counts database round trips per webhook and serves them at /api/metrics. */
  METRICS: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const oidc = [parsed.data.OIDC_ISSUER, parsed.data.OIDC_CLIENT_ID, parsed.data.OIDC_CLIENT_SECRET].filter(Boolean).length;
  if (oidc !== 0 && oidc !== 3) throw new Error('Invalid environment:\n  OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together');
  if (Boolean(parsed.data.ADMIN_EMAIL) !== Boolean(parsed.data.ADMIN_PASSWORD)) {
    throw new Error('Invalid environment:\n  ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  cached = parsed.data;
  return cached;
}
