import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Settings the integration and e2e tiers need; `npm test` provides them. */
export function testEnv(): { adminUrl: string; brokers: string } {
  const adminUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const brokers = process.env.KAFKA_BROKERS;
  if (!brokers) throw new Error('KAFKA_BROKERS is not set: run the suite with `npm test`, which starts a local Kafka');
  return { adminUrl, brokers };
}

export const uniqueName = (prefix: string) => `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;

/** A database of the suite's own, dropped by `drop()`. */
export async function createTestDatabase(prefix = 'dyad_t'): Promise<{ url: string; drop: () => Promise<void> }> {
  const { adminUrl } = testEnv();
  const name = uniqueName(prefix);
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Polls `probe` until it returns a value (not undefined), or fails after `ms`. */
export async function eventually<T>(probe: () => Promise<T | undefined>, ms = 20_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A database of the suite's own with every migration applied, and its DataSource; `close()` drops it. */
export async function migratedTestDatabase(opts: { poolSize?: number; extraMigrations?: Function[] } = {}) {
  // Imported here so suites that need no database do not load TypeORM.
  const { createDataSource, migrate } = await import('@dyad/event-store');
  const db = await createTestDatabase();
  const ds = createDataSource({ url: db.url, poolSize: opts.poolSize, extraMigrations: opts.extraMigrations });
  await ds.initialize();
  await migrate(ds);
  return {
    ds,
    url: db.url,
    close: async () => {
      if (ds.isInitialized) await ds.destroy();
      await db.drop();
    },
  };
}
