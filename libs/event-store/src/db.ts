import { finished } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource, type QueryRunner } from 'typeorm';
import { EventStore1764180000000 } from './migrations/1764180000000-event-store';

/** The smallest surface Dyad's SQL needs: rows in, rows out, inside or outside a transaction. */
export interface Sql {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

class RunnerSql implements Sql {
  constructor(readonly runner: QueryRunner) {}
  async query<T>(sql: string, params?: unknown[]): Promise<T[]> {
    const result = await this.runner.query(sql, params, true);
    return (result.records ?? []) as T[];
  }
}

/**
 * Runs `COPY … FROM STDIN` with `text` (PostgreSQL's text format: see copyRow) on the connection
 * of `tx`, a transaction of inTransaction; returns the rows copied. The cheapest way to load many
 * rows: PostgreSQL parses plain text, no JSON document or parameter arrays.
 */
export async function copyIn(tx: Sql, statement: string, text: string): Promise<number> {
  const client = tx instanceof RunnerSql ? (tx.runner as unknown as { databaseConnection?: PoolClient }).databaseConnection : undefined;
  if (!client) throw new Error('copyIn needs a transaction of inTransaction');
  const stream = client.query(copyFrom(statement));
  stream.end(text);
  await finished(stream);
  return stream.rowCount;
}

const COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_SPECIALS = /[\\\t\n\r]/g;
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
// Most values need no escape: test first, which is much cheaper than a replace that finds nothing.
const copyText = (v: string) => (COPY_SPECIAL.test(v) ? v.replace(COPY_SPECIALS, (c) => COPY_ESCAPES[c]) : v);
const ARRAY_PLAIN = /^[A-Za-z0-9_:.-]+$/;
const arrayElement = (x: string) => (ARRAY_PLAIN.test(x) && x.toUpperCase() !== 'NULL' ? x : `"${x.replace(/[\\"]/g, '\\$&')}"`);
/** A text[] literal: plain elements as they are, others quoted and escaped. */
const arrayLiteral = (xs: readonly string[]) => `{${xs.map(arrayElement).join(',')}}`;

/**
 * One line of COPY's text format: null and undefined as \N, arrays as text[] literals, numbers
 * and strings as they are (strings escaped). Values in the order of the statement's columns.
 * The fields are joined, not appended one by one: `+=` builds a tree of string pieces that V8
 * flattens later, which made this three times slower for the rebuild's million rows. For the
 * same reason, join many lines with `lines.join('')` rather than `+=`.
 */
export function copyRow(values: readonly (string | number | readonly string[] | null | undefined)[]): string {
  const fields = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    fields[i] = v === null || v === undefined ? '\\N' : typeof v === 'number' ? String(v) : typeof v === 'string' ? copyText(v) : copyText(arrayLiteral(v));
  }
  return fields.join('\t') + '\n';
}

/** Every migration Dyad has, in order; libraries with tables add theirs here through `extraMigrations`. */
export const EVENT_STORE_MIGRATIONS = [EventStore1764180000000];

export interface DatabaseOptions {
  url: string;
  poolSize?: number;
  /** Migrations of other libraries (the read models), run after the event store's. */
  extraMigrations?: Function[];
  applicationName?: string;
}

/** One DataSource for the app and the migration CLI; `synchronize` stays off. */
export function createDataSource(opts: DatabaseOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: opts.url,
    synchronize: false,
    migrationsRun: false,
    migrations: [...EVENT_STORE_MIGRATIONS, ...(opts.extraMigrations ?? [])],
    migrationsTableName: 'typeorm_migrations',
    applicationName: opts.applicationName ?? 'dyad',
    poolSize: opts.poolSize ?? 10,
    extra: { max: opts.poolSize ?? 10, connectionTimeoutMillis: 5000 },
    logging: false,
  });
}

/** Runs pending migrations under an advisory lock, so that two instances starting together don't race. */
export async function migrate(ds: DataSource): Promise<string[]> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock(hashtext('dyad.migrations'))`);
    const done = await ds.runMigrations({ transaction: 'each' });
    return done.map((m) => m.name);
  } finally {
    await runner.query(`SELECT pg_advisory_unlock(hashtext('dyad.migrations'))`).catch(() => undefined);
    await runner.release();
  }
}

/** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
export async function inTransaction<T>(ds: DataSource, fn: (tx: Sql) => Promise<T>): Promise<T> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    const result = await fn(new RunnerSql(runner));
    await runner.commitTransaction();
    return result;
  } catch (err) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw err;
  } finally {
    await runner.release();
  }
}

/** Outside a transaction: each query on its own pooled connection. */
export function sqlOf(ds: DataSource): Sql {
  return {
    query: async <T>(sql: string, params?: unknown[]) => {
      const runner = ds.createQueryRunner();
      try {
        const result = await runner.query(sql, params, true);
        return (result.records ?? []) as T[];
      } finally {
        await runner.release();
      }
    },
  };
}

/** True for a Postgres unique violation, optionally of one named constraint. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const e = err as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e?.code ?? e?.driverError?.code;
  const name = e?.constraint ?? e?.driverError?.constraint;
  return code === '23505' && (constraint === undefined || name === constraint);
}
