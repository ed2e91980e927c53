import type { DataSource, QueryRunner } from 'typeorm';

/** `VACUUM (ANALYZE)` of the tables, on a connection of its own (VACUUM cannot run in a transaction). */
export async function vacuumAnalyze(ds: DataSource, tables: readonly string[]): Promise<void> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`VACUUM (ANALYZE) ${tables.join(', ')}`);
  } finally {
    await runner.release();
  }
}

/**
 * Vacuums tables on servers where autovacuum is off (as on this machine's PostgreSQL), so that
 * tables with many updates and deletes (the outbox, the read models) do not grow without end, and
 * index-only scans keep a visibility map to rely on. Where autovacuum runs it does nothing. One
 * process at a time per table set (a session advisory lock named by `lockName`).
 */
export class Vacuumer {
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  /** Rounds done (for status and tests). */
  rounds = 0;

  constructor(
    private readonly ds: DataSource,
    private readonly tables: readonly string[],
    private readonly lockName: string,
    private readonly onError: (err: Error) => void,
  ) {}

  /** Every `intervalMs` (0: never). */
  start(intervalMs: number): void {
    if (intervalMs <= 0 || this.timer) return;
    this.timer = setInterval(() => void this.round(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One round; false when autovacuum runs, another process holds the lock, or one is in progress. */
  async round(): Promise<boolean> {
    if (this.running) return false;
    this.running = true;
    try {
      const done = await withSessionLock(this.ds, this.lockName, async (runner) => {
        const [{ on }] = (await runner.query(`SELECT current_setting('autovacuum') = 'on' AS on`)) as { on: boolean }[];
        if (on) return false;
        await runner.query(`VACUUM (ANALYZE) ${this.tables.join(', ')}`);
        this.rounds++;
        return true;
      });
      return done ?? false;
    } catch (err) {
      this.onError(err as Error);
      return false;
    } finally {
      this.running = false;
    }
  }
}

/**
 * Runs `work` holding a session advisory lock named `name`, on a connection of its own (given to
 * `work`); null, without running it, when another session holds the lock. The lock goes with the
 * connection if the process dies.
 */
export async function withSessionLock<T>(ds: DataSource, name: string, work: (runner: QueryRunner) => Promise<T>): Promise<T | null> {
  const runner = ds.createQueryRunner();
  try {
    await runner.connect();
    const [{ ok }] = (await runner.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS ok`, [name])) as { ok: boolean }[];
    if (!ok) return null;
    try {
      return await work(runner);
    } finally {
      await runner.query(`SELECT pg_advisory_unlock(hashtext($1))`, [name]).catch(() => undefined);
    }
  } finally {
    await runner.release().catch(() => undefined);
  }
}
