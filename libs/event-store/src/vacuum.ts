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

/**
 * `ANALYZE` of tables as they grow, so the planner's statistics keep up with a table that fills
 * faster than autovacuum looks at it (once a minute where it runs; never where it is off, as on
 * this machine, where the Vacuumer's interval is minutes). Without it a table that was analysed
 * small (fresh after its migration, or a rebuild of a small store) is planned as small while it
 * fills: the projector's story lookup hash-joined every standing mention instead of probing the
 * index, 47 ms instead of 0.6 ms on 27,000 facts.
 *
 * The threshold is `minRows + fraction × rows at the last ANALYZE`; by default the table has
 * doubled (autovacuum's 10% analysed 1.5 times a second in a fresh store at 50 articles/s, 12% of
 * PostgreSQL's busy time: an ANALYZE samples 30,000 rows of each table; what the planner gets wrong
 * is an order of magnitude, not a tenth). One ANALYZE at a time, in the background on a connection
 * of its own; tables another session is vacuuming or analysing (or a rebuild holds) are skipped
 * rather than waited for.
 */
export class GrowthAnalyzer {
  private written = 0;
  /** Rows of `sizeTable` when it was last analysed (pg_class.reltuples), 0 before the first. */
  private size = 0;
  private running: Promise<void> | null = null;
  /** ANALYZE rounds done (for status and tests). */
  rounds = 0;

  constructor(
    private readonly ds: DataSource,
    private readonly tables: readonly string[],
    /** The table whose size sets the threshold (the one the written rows go to). */
    private readonly sizeTable: string,
    private readonly onError: (err: Error) => void,
    private readonly minRows = 1000,
    private readonly fraction = 1,
  ) {}

  /** Notes rows written; starts an ANALYZE once they pass the threshold (none while one runs). */
  noteWrites(rows: number): void {
    this.written += rows;
    if (this.running || this.written < this.minRows + this.fraction * this.size) return;
    this.written = 0;
    this.running = this.analyze().finally(() => (this.running = null));
  }

  /** Resolves when the ANALYZE in progress (if any) is done. */
  async idle(): Promise<void> {
    await this.running;
  }

  private async analyze(): Promise<void> {
    const runner = this.ds.createQueryRunner();
    try {
      await runner.connect();
      await runner.query(`ANALYZE (SKIP_LOCKED) ${this.tables.join(', ')}`);
      const [row] = (await runner.query(`SELECT greatest(reltuples, 0)::float8 AS n FROM pg_class WHERE oid = $1::regclass`, [this.sizeTable])) as { n: number }[];
      this.size = row?.n ?? 0;
      this.rounds++;
    } catch (err) {
      this.onError(err as Error);
    } finally {
      await runner.release().catch(() => undefined);
    }
  }
}
