import { availableParallelism } from 'node:os';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** The scopes an API key may hold. */
export const API_SCOPES = ['ingest', 'admin', 'read'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/** One configured API key. The secret never appears in logs or answers. */
export interface ApiKeyConfig {
  name: string;
  secret: string;
  scopes: ApiScope[];
}

const apiKey = z.object({
  name: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'key name: 1 to 64 of A-Z a-z 0-9 . _ -'),
  secret: z.string().regex(/^[\x21-\x7e]{16,256}$/, 'key secret: 16 to 256 visible ASCII characters (no spaces)'),
  scopes: z.array(z.enum(API_SCOPES, { error: `scope must be one of ${API_SCOPES.join(', ')}` })).min(1, 'a key needs at least one scope'),
});

/** `name:secret:scope+scope,…` or a JSON array; the error never repeats a secret. */
const apiKeys = z
  .string()
  .transform((raw, ctx): unknown => {
    const text = raw.trim();
    if (text.startsWith('[')) {
      try {
        return JSON.parse(text);
      } catch {
        ctx.addIssue({ code: 'custom', message: 'is not valid JSON' });
        return z.NEVER;
      }
    }
    return text
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((item) => {
        const first = item.indexOf(':');
        const last = item.lastIndexOf(':');
        if (first < 0 || last === first) return { name: item.slice(0, 64), secret: '', scopes: [] };
        return { name: item.slice(0, first), secret: item.slice(first + 1, last), scopes: item.slice(last + 1).split('+').filter(Boolean) };
      });
  })
  .pipe(
    z.array(apiKey).superRefine((keys, ctx) => {
      const names = new Set<string>();
      const secrets = new Set<string>();
      for (const k of keys) {
        if (names.has(k.name)) ctx.addIssue({ code: 'custom', message: `key name ${k.name} is used twice` });
        if (secrets.has(k.secret)) ctx.addIssue({ code: 'custom', message: `key ${k.name} repeats another key's secret` });
        names.add(k.name);
        secrets.add(k.secret);
      }
    }),
  );

/**
 * Every setting Dyad reads from its environment, validated once at start-up. README.md lists them.
 * A missing or invalid variable stops the process with a message that names it.
 */
const schema = z.object({
  PORT: int(0, 65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string({ error: 'is required (postgres://user@host:port/database)' })
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL'),
  DATABASE_POOL_SIZE: int(1, 200).default(10),
  KAFKA_BROKERS: z
    .string({ error: 'is required (comma-separated host:port list)' })
    .regex(/^[^,\s]+:\d+(,[^,\s]+:\d+)*$/, 'must be a comma-separated host:port list'),
  KAFKA_CLIENT_ID: z.string().min(1).default('dyad'),
  TOPIC_ARTICLES: z.string().regex(/^[a-zA-Z0-9._-]{1,249}$/).default('dyad.articles.v1'),
  TOPIC_FACTS: z.string().regex(/^[a-zA-Z0-9._-]{1,249}$/).default('dyad.facts.v1'),
  TOPIC_ARTICLES_PARTITIONS: int(1, 1000).default(3),
  TOPIC_FACTS_PARTITIONS: int(6, 1000).default(6),
  TOPIC_REPLICATION_FACTOR: int(1, 10).default(1),
  /** -1 keeps events forever; the event store is the source of truth either way. */
  TOPIC_RETENTION_MS: z.coerce.number().int().min(-1).default(30 * 24 * 3600 * 1000),
  PROJECTOR_GROUP_ID: z.string().min(1).default('dyad-projector'),
  /**
   * Partitions a projector process takes at once (each stays in order); their batches commit
   * together (≤ ~1,000 facts). 1: one partition's batch per transaction, in turn (read model p50
   * 3× slower at 50 articles/s: each fetch's batches wait for the ones before them).
   */
  PROJECTOR_CONCURRENCY: int(1, 64).default(12),
  /**
   * The longest a projector's fetch waits at the broker when no fact is there. Kafka answers as soon
   * as one arrives, so this bounds idle polling, not latency: 500 instead of 50 took the idle
   * projector from ~50 to ~28 ms of CPU per second and the broker from ~70 to ~40, with the same
   * read-model latency at 50 articles/s (docs/benchmarks.md, session of 21:47–).
   */
  PROJECTOR_FETCH_WAIT_MS: int(10, 10_000).default(500),
  RUN_API: bool.default(true),
  RUN_PROJECTOR: bool.default(true),
  RUN_OUTBOX_RELAY: bool.default(true),
  OUTBOX_POLL_MS: int(5, 60_000).default(50),
  OUTBOX_BATCH_SIZE: int(1, 10_000).default(500),
  SSE_POLL_MS: int(5, 60_000).default(100),
  /** Worker threads that run the extractor in the API (0: on the event loop). Default: one per core. */
  // One core is left to the event loop (HTTP, SSE, relay): each thread costs ~50 MB of resident memory.
  EXTRACTION_THREADS: int(0, 64).default(Math.max(1, availableParallelism() - 1)),
  /** Articles (a batch counts its items) that ingest requests work on at once; the other requests wait their turn. */
  INGEST_MAX_ARTICLES: int(1, 100_000).default(400),
  /** Ingest requests allowed to wait for a turn; past that they answer 503 with Retry-After. */
  INGEST_QUEUE: int(0, 100_000).default(256),
  SSE_HEARTBEAT_MS: int(1000, 600_000).default(15_000),
  BODY_LIMIT: z.string().regex(/^\d+(b|kb|mb)$/i).default('2mb'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  SHUTDOWN_TIMEOUT_MS: int(0, 600_000).default(10_000),
  /** How long a starting process waits for PostgreSQL and Kafka to answer before it gives up (exit 1). */
  STARTUP_TIMEOUT_MS: int(0, 3_600_000).default(120_000),
  /**
   * Keep every dyad's relation answer materialised (relation_answers) in the background while the
   * read models stand still for RELATION_WARMER_QUIET_MS; across API processes one pass runs at a
   * time (an advisory lock), so it may stay on everywhere.
   */
  RELATION_WARMER: bool.default(true),
  RELATION_WARMER_QUIET_MS: int(0, 3_600_000).default(2000),
  /** Half-life, in days, of a story's weight in a dyad's cooperation score. */
  COOPERATION_HALF_LIFE_DAYS: int(1, 36_500).default(365),
  /** How often the projector looks for committed facts its read models lack (0: never). */
  REPAIR_INTERVAL_MS: int(0, 3_600_000).default(10_000),
  /** Where the server's autovacuum is off: how often the relay vacuums the outbox and the projector its read models (0: never). */
  VACUUM_INTERVAL_MS: int(0, 86_400_000).default(120_000),
  /** Only facts recorded at least this long ago count as missing (the normal path is faster). */
  REPAIR_GRACE_MS: int(0, 3_600_000).default(30_000),
  /** `name:secret:scope+scope,…` (scopes: ingest, admin, read), or a JSON array of {name, secret, scopes}. Empty: no auth (development). */
  API_KEYS: apiKeys.default([]),
  /** GET endpoints answer without a key (ingest and admin always need one when keys are configured). */
  READS_PUBLIC: bool.default(false),
  /** Token bucket per API key (per client IP without one): requests per second; 0 turns limiting off. Default 50 with API_KEYS, 0 (the open development mode) without. */
  RATE_LIMIT_RPS: z.coerce.number().min(0).max(1_000_000).optional(),
  /** Token bucket size: requests a client may send at once. */
  RATE_LIMIT_BURST: int(1, 1_000_000).default(100),
  /** Open Server-Sent Events connections per API key (per client IP without one). Default 5 with API_KEYS, 1000 without. */
  SSE_MAX_PER_KEY: int(1, 100_000).optional(),
  /** Origins allowed by CORS, comma-separated, or `*`; empty: no CORS headers (same origin only). */
  CORS_ORIGINS: z
    .string()
    .regex(/^(\*|https?:\/\/[^,\s]+(,https?:\/\/[^,\s]+)*)$/, 'must be * or a comma-separated list of http(s) origins')
    .optional(),
  /** Strict-Transport-Security max-age in seconds; 0 sends no HSTS header (set it when served over HTTPS). */
  HSTS_MAX_AGE: int(0, 63_072_000).default(0),
  /** Dead-letter topic for undecodable or unknown messages; default `<TOPIC_FACTS>.dlq`. */
  TOPIC_FACTS_DLQ: z.string().regex(/^[a-zA-Z0-9._-]{1,249}$/).optional(),
  /** Retry-After (seconds) sent with 503 when PostgreSQL does not answer. */
  UNAVAILABLE_RETRY_AFTER_S: int(1, 3600).default(5),
});

type Resolved = 'TOPIC_FACTS_DLQ' | 'API_KEYS' | 'RATE_LIMIT_RPS' | 'SSE_MAX_PER_KEY';
export type Config = Omit<z.infer<typeof schema>, Resolved> & {
  TOPIC_FACTS_DLQ: string;
  API_KEYS: ApiKeyConfig[];
  RATE_LIMIT_RPS: number;
  SSE_MAX_PER_KEY: number;
};

export class ConfigError extends Error {}

/** Reads and validates the configuration; throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const picked = Object.fromEntries(
    Object.keys(schema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]),
  );
  const parsed = schema.safeParse(picked);
  if (parsed.success) {
    const d = parsed.data;
    // Without keys the API runs open for development: no limits unless asked for.
    const secured = d.API_KEYS.length > 0;
    return {
      ...d,
      TOPIC_FACTS_DLQ: d.TOPIC_FACTS_DLQ ?? `${d.TOPIC_FACTS}.dlq`,
      RATE_LIMIT_RPS: d.RATE_LIMIT_RPS ?? (secured ? 50 : 0),
      SSE_MAX_PER_KEY: d.SSE_MAX_PER_KEY ?? (secured ? 5 : 1000),
    };
  }
  // A zod issue may echo the input; API_KEYS issues say what is wrong, never the value.
  const lines = parsed.error.issues.map((i) => `  ${i.path.filter((p) => typeof p === 'string').join('.') || i.path.join('.')}: ${i.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

export const CONFIG = Symbol('CONFIG');
