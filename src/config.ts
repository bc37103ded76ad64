import { z } from 'zod';

/** The only reader of process.env: one schema, checked at start. */
const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./var/db'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  SESSION_TTL_HOURS: z.coerce.number().int().positive().default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().positive().default(15),
  LOGIN_RATE_PER_MINUTE: z.coerce.number().int().positive().default(30),
  BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(1_048_576),
  COOKIE_SECURE: z.enum(['true', 'false', 'auto']).default('auto'),
  PUBLIC_URL: z.string().url().default('http://localhost:3000'),
  CERT_ALGORITHM: z.enum(['ed25519', 'sm2-sm3']).default('ed25519'),
  CERT_MASTER_KEY: z.string().regex(/^[0-9a-fA-F]{32}$/, '32 hex characters (an SM4 key)').optional(),
  MASTER_KEY_FILE: z.string().default('./var/master.key'),
});

export type Config = {
  port: number;
  host: string;
  /** PostgreSQL server; when absent the embedded PGlite database in dataDir is used. */
  databaseUrl: string | undefined;
  dataDir: string;
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
  seedDemo: boolean;
  sessionTtlHours: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  loginRatePerMinute: number;
  bodyLimitBytes: number;
  cookieSecure: 'true' | 'false' | 'auto';
  publicUrl: string;
  /** Signature of electronic certificates: Ed25519, or SM2 with SM3 where 国密 is required. */
  certAlgorithm: 'ed25519' | 'sm2-sm3';
  /** Encrypts signing keys at rest; when absent, one is generated once into masterKeyFile. */
  certMasterKey: string | undefined;
  masterKeyFile: string;
};

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable means "not set", as in most deployment tools.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    dataDir: c.DATA_DIR,
    logLevel: c.LOG_LEVEL,
    seedDemo: c.SEED_DEMO,
    sessionTtlHours: c.SESSION_TTL_HOURS,
    loginMaxFailures: c.LOGIN_MAX_FAILURES,
    loginLockMinutes: c.LOGIN_LOCK_MINUTES,
    loginRatePerMinute: c.LOGIN_RATE_PER_MINUTE,
    bodyLimitBytes: c.BODY_LIMIT_BYTES,
    cookieSecure: c.COOKIE_SECURE,
    publicUrl: c.PUBLIC_URL,
    certAlgorithm: c.CERT_ALGORITHM,
    certMasterKey: c.CERT_MASTER_KEY,
    masterKeyFile: c.MASTER_KEY_FILE,
  };
}
