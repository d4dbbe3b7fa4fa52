import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

const flag = z
  .enum(['0', '1', 'true', 'false'])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === '1' || v === 'true'));

// proxy-addr's (Fastify's) names for address ranges, besides addresses and CIDR blocks.
const namedRanges = ['loopback', 'linklocal', 'uniquelocal'];

function isTrustedProxyEntry(entry: string): boolean {
  if (namedRanges.includes(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length > 0) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
}

const trustedProxies = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
  )
  .refine((entries) => entries.every(isTrustedProxyEntry), {
    error: 'expected a comma-separated list of addresses or CIDR blocks (or loopback, linklocal, uniquelocal)',
  });

const environment = z.object({
  DATABASE_URL: z.string().url().optional(),
  DATABASE_OWNER_URL: z.string().url().optional(),
  CHANNEL_HUB_DATA: z.string().default('./data'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  CHANNEL_HUB_DEMO: flag,
  CHANNEL_HUB_PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'expected the address users open, e.g. https://hub.example.com' })
    .optional(),
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'expected smtp://user:pass@host:port or smtps://…' }).optional(),
  MAIL_FROM: z.string().default('Channel Hub <no-reply@channel-hub.local>'),
  SESSION_IDLE_HOURS: z.coerce.number().positive().default(12),
  CHANNEL_HUB_JOBS: flag,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().optional(),
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  METRICS_HOST: z.string().default('127.0.0.1'),
  MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().min(0).optional(),
  MAX_HEAP_USED_MB: z.coerce.number().min(0).default(0),
  RETRY_AFTER_SECONDS: z.coerce.number().int().positive().default(10),
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().positive().default(25),
  TRUST_PROXY: trustedProxies,
});

export interface Config {
  databaseUrl: string | undefined;
  /** The role that owns the schema and applies migrations, when the server runs as a separate runtime role. */
  databaseOwnerUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  /** The address users open the hub at, without a trailing slash: the base of every link in an e-mail. */
  publicUrl: string;
  /** Demo mode: the movable clock and the demo data; on by default for the embedded database. */
  demoMode: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
  sessionIdleHours: number;
  /** Run pg-boss workers and schedules in this process. */
  jobs: boolean;
  logLevel: string;
  /** Production behind HTTPS: cookies marked Secure, and Strict-Transport-Security sent. */
  secureCookies: boolean;
  /** Prometheus metrics on their own listener (docs/OPERATIONS.md, Monitoring); undefined: not served. */
  metrics: { port: number; host: string } | undefined;
  /** When requests are refused with 503 and Retry-After (0 turns a threshold off). */
  overload: { maxEventLoopDelayMs: number; maxHeapUsedBytes: number; retryAfterSeconds: number };
  /** How long a stop waits for requests and jobs in flight. */
  shutdownTimeoutMs: number;
  /** Proxies whose X-Forwarded-For names the client (addresses, CIDR blocks); empty: the header is ignored. */
  trustedProxies: string[];
}

/** Reads the configuration from the environment; a bad value stops the start with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid environment variable ${String(issue?.path[0])}: ${issue?.message}`);
  }
  const e = parsed.data;
  if (e.DATABASE_OWNER_URL && !e.DATABASE_URL) {
    throw new Error('Invalid environment variable DATABASE_OWNER_URL: needs DATABASE_URL (the runtime role) too');
  }
  return {
    databaseUrl: e.DATABASE_URL,
    databaseOwnerUrl: e.DATABASE_OWNER_URL,
    dataDir: path.resolve(e.CHANNEL_HUB_DATA),
    port: e.PORT,
    host: e.HOST,
    publicUrl: (
      e.CHANNEL_HUB_PUBLIC_URL ?? `http://${e.HOST.includes(':') ? `[${e.HOST}]` : e.HOST}:${e.PORT}`
    ).replace(/\/+$/, ''),
    demoMode: e.CHANNEL_HUB_DEMO ?? !e.DATABASE_URL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    sessionIdleHours: e.SESSION_IDLE_HOURS,
    jobs: e.CHANNEL_HUB_JOBS ?? true,
    logLevel: e.LOG_LEVEL,
    secureCookies: e.NODE_ENV === 'production',
    metrics: e.METRICS_PORT === undefined ? undefined : { port: e.METRICS_PORT, host: e.METRICS_HOST },
    overload: {
      // The embedded database runs its queries on the event loop: there, lag measures query time, not overload.
      maxEventLoopDelayMs: e.MAX_EVENT_LOOP_DELAY_MS ?? (e.DATABASE_URL ? 1000 : 0),
      maxHeapUsedBytes: e.MAX_HEAP_USED_MB * 1024 * 1024,
      retryAfterSeconds: e.RETRY_AFTER_SECONDS,
    },
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_SECONDS * 1000,
    trustedProxies: e.TRUST_PROXY,
  };
}
