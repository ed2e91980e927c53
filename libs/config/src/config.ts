import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

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
  RUN_API: bool.default(true),
  RUN_PROJECTOR: bool.default(true),
  RUN_OUTBOX_RELAY: bool.default(true),
  OUTBOX_POLL_MS: int(5, 60_000).default(50),
  OUTBOX_BATCH_SIZE: int(1, 10_000).default(500),
  SSE_POLL_MS: int(5, 60_000).default(100),
  SSE_HEARTBEAT_MS: int(1000, 600_000).default(15_000),
  BODY_LIMIT: z.string().regex(/^\d+(b|kb|mb)$/i).default('2mb'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  SHUTDOWN_TIMEOUT_MS: int(0, 600_000).default(10_000),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {}

/** Reads and validates the configuration; throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const picked = Object.fromEntries(
    Object.keys(schema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]),
  );
  const parsed = schema.safeParse(picked);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

export const CONFIG = Symbol('CONFIG');
