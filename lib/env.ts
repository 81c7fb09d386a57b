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
  /** Multiplies every sandbox delay (ringing, speech, timeouts): 0.05 plays a call 20× faster. */
  SANDBOX_SPEED: z.coerce.number().positive('SANDBOX_SPEED must be a positive number').max(100).default(1),
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
  cached = parsed.data;
  return cached;
}
