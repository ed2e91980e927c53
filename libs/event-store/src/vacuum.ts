import type { DataSource } from 'typeorm';

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
    const runner = this.ds.createQueryRunner();
    try {
      await runner.connect();
      const [{ on }] = (await runner.query(`SELECT current_setting('autovacuum') = 'on' AS on`)) as { on: boolean }[];
      if (on) return false;
      const [{ ok }] = (await runner.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS ok`, [this.lockName])) as { ok: boolean }[];
      if (!ok) return false;
      try {
        await runner.query(`VACUUM (ANALYZE) ${this.tables.join(', ')}`);
        this.rounds++;
        return true;
      } finally {
        await runner.query(`SELECT pg_advisory_unlock(hashtext($1))`, [this.lockName]);
      }
    } catch (err) {
      this.onError(err as Error);
      return false;
    } finally {
      this.running = false;
      await runner.release().catch(() => undefined);
    }
  }
}
