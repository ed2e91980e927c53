import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { dyadKey } from '@dyad/domain';
import { Sleeper, type Sql } from '@dyad/event-store';
import { DEFAULT_LIST_LIMIT } from './relation-page';
import { projectionVersion, RELATIONS_PROJECTION } from './relations.projection';
import type { RelationsQueries } from './relations.queries';

/**
 * SQL for the state of some relation scopes (`scopes`: a text[] expression): the last rebuild and
 * the transaction that last changed each scope. Every writer of the read models changes it for
 * what it touched in the same transaction (the projector and the repair mark scopes, a rebuild
 * sets rebuilt_at), so two equal states mean the scopes' data did not change in between.
 */
export const scopeStateSql = (scopes: string) =>
  `coalesce((SELECT rebuilt_at::text FROM projection_state WHERE projection = '${RELATIONS_PROJECTION}'), '') || '|' ||
   coalesce((SELECT string_agg(scope || '=' || changed_in, ',' ORDER BY scope) FROM relation_scopes WHERE scope = ANY(${scopes})), '')`;

/** The scopes of a dyad's answer as SQL over a dyad expression (relationAnswerScopes in SQL). */
const dyadScopesSql = (dyad: string) => `ARRAY[${dyad}, 'votes:' || split_part(${dyad}, '-', 1), 'votes:' || split_part(${dyad}, '-', 2)]`;

/** A relation answer as stored and sent: gzipped JSON, and the state of the scopes it was computed from. */
export interface StoredAnswer {
  gz: Buffer;
  state: string;
}

/**
 * Materialised relation answers (table relation_answers): the current view's JSON, gzipped (about
 * a fifth of its size: cheaper to read from PostgreSQL and to keep in memory, sent as it is to
 * clients that accept gzip), stored with the state of the scopes it was computed from (read in the
 * same statement as the answer's data, so one snapshot) and its day (the cooperation score decays
 * to the start of that day, UTC). A stored answer is served only while both are current, checked in
 * the statement that reads it; so it is never staler than an answer computed at that moment. Any
 * API instance can read and fill it.
 */
export class RelationAnswers {
  constructor(private readonly queries: RelationsQueries) {}

  /** The answer: the stored one when current, else computed now and stored. */
  async answer(db: Sql, a: string, b: string, limit: number, day: string): Promise<StoredAnswer> {
    const dyad = dyadKey(a, b);
    const [r] = await db.query<{ state: string; body: Buffer | null }>(
      `SELECT s.state, (SELECT body FROM relation_answers WHERE dyad = $1 AND lim = $2 AND day = $3::date AND state = s.state) AS body
       FROM (SELECT ${scopeStateSql(dyadScopesSql('$1::text'))} AS state) s`,
      [dyad, limit, day],
    );
    return r.body ? { gz: r.body, state: r.state } : this.refresh(db, dyad, limit, day);
  }

  /** Computes a dyad's answer and stores it (replacing what was stored for that dyad and limit). */
  async refresh(db: Sql, dyad: string, limit: number, day: string): Promise<StoredAnswer> {
    const [a, b] = dyad.split('-');
    const { answer, state } = await this.queries.currentAnswer(db, a, b, day, limit);
    const gz = await gzipJson(answer);
    // A slower refresh may overwrite a newer one: harmless, its state is then no longer current
    // and the next read computes again.
    await db.query(
      `INSERT INTO relation_answers (dyad, lim, day, state, body) VALUES ($1, $2, $3::date, $4, $5)
       ON CONFLICT (dyad, lim) DO UPDATE SET day = excluded.day, state = excluded.state, body = excluded.body`,
      [dyad, limit, day, state, gz],
    );
    return { gz, state };
  }

  /**
   * The next `n` dyads with stories after `after` (in dyad order), each with whether its stored
   * default-limit answer is current.
   */
  async nextDyads(db: Sql, after: string, n: number, day: string): Promise<{ dyad: string; current: boolean }[]> {
    return db.query<{ dyad: string; current: boolean }>(
      `SELECT d.dyad, coalesce(a.day = $3::date AND a.state = (${scopeStateSql(dyadScopesSql('d.dyad'))}), false) AS current
       FROM (SELECT DISTINCT dyad FROM dyad_stats WHERE dyad > $1 ORDER BY dyad LIMIT $2) d
       LEFT JOIN relation_answers a ON a.dyad = d.dyad AND a.lim = $4
       ORDER BY d.dyad`,
      [after, n, day, DEFAULT_LIST_LIMIT],
    );
  }

  /** Deletes answers of days before `day` (stale anyway; this also drops dyads that no longer have stories). */
  async dropBefore(db: Sql, day: string): Promise<number> {
    const rows = await db.query<{ n: number }>(`WITH d AS (DELETE FROM relation_answers WHERE day < $1::date RETURNING 1) SELECT count(*)::int AS n FROM d`, [day]);
    return rows[0]?.n ?? 0;
  }
}

const gzipAsync = promisify(gzip);
/** An answer's JSON, gzipped (level 6: ~0.3 ms and a fifth of the size for a 24 KB answer; on libuv's thread pool). */
export const gzipJson = (value: unknown): Promise<Buffer> => gzipAsync(JSON.stringify(value));

/** Today's day in UTC, the day relation answers decay to. */
export const answerDay = (now = new Date()) => now.toISOString().slice(0, 10);

export interface WarmerOptions {
  /** The projection must have stood still this long before a sweep works (it pauses while it moves). */
  quietMs: number;
  /** Pause between sweeps. */
  intervalMs: number;
  /** Dyads checked per statement. */
  batch: number;
}

/**
 * Keeps the default-limit relation answer of every dyad with stories materialised, in the
 * background and only while the read models stand still: under ingest every batch would make much
 * of it stale again (one vote of a country touches all its pairs), so then reads compute and store
 * answers themselves and the sweep waits. One dyad at a time (at most one connection and about one
 * core); each is checked just before it is computed. With several API processes, `exclusive` lets
 * one pass run at a time.
 */
export class RelationWarmer {
  private stopped = false;
  private loop: Promise<void> | null = null;
  private readonly sleeper = new Sleeper();
  private version: string | null = null;
  private movedAt = 0;
  /** The projection's version and the day of the last pass that saw no change. */
  private swept: { version: string | null; day: string } | null = null;
  /** The last dyad a pass finished with ('' at the start). */
  private cursor = '';
  /** Totals, for status and tests (`sweeps`: passes that reached the last dyad). */
  readonly stats = { sweeps: 0, computed: 0, checked: 0, lastSweepAt: null as string | null, lastSweepComputed: 0 };

  constructor(
    private readonly db: Sql,
    private readonly answers: RelationAnswers,
    private readonly opts: WarmerOptions,
    private readonly onError: (err: Error) => void,
    /** Runs a pass only if it can take a lock shared by all warmers (one pass at a time across processes); absent: always. */
    private readonly exclusive: <T>(pass: () => Promise<T>) => Promise<T | null> = (pass) => pass(),
  ) {}

  start(): void {
    if (this.loop) return;
    this.stopped = false;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.sleeper.wake();
    await this.loop;
    this.loop = null;
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      try {
        // The lock only for a pass: waiting for quiet holds no connection.
        if (await this.untilQuiet()) await this.exclusive(() => this.sweep());
      } catch (err) {
        if (!this.stopped) this.onError(err as Error);
      }
      await this.sleep(this.opts.intervalMs);
    }
  }

  private sleep(ms: number): Promise<void> {
    return this.stopped ? Promise.resolve() : this.sleeper.sleep(ms);
  }

  /** True when the projection's version has not moved for quietMs (it is read here). */
  private async quiet(): Promise<boolean> {
    const v = await projectionVersion(this.db);
    const t = performance.now();
    if (v !== this.version) {
      this.version = v;
      this.movedAt = t;
    }
    return t - this.movedAt >= this.opts.quietMs;
  }

  /** Waits until the projection is quiet; false when stopped meanwhile. */
  private async untilQuiet(): Promise<boolean> {
    while (!this.stopped) {
      if (await this.quiet()) return true;
      await this.sleep(Math.min(500, this.opts.quietMs));
    }
    return false;
  }

  /**
   * Works through the dyads with stories from where the last pass stopped, while the projection
   * stands still; returns how many answers it computed. A pass that meets a change stops there and
   * the next one resumes. Nothing to do when the last pass went from the first dyad to the last
   * without the projection moving, on the same day: nothing can be stale.
   */
  async sweep(): Promise<number> {
    const day = answerDay();
    let computed = 0;
    if (this.stopped || !(await this.quiet())) return computed;
    const version = this.version;
    if (this.swept?.version === version && this.swept.day === day) return computed;
    const fromStart = this.cursor === '';
    if (fromStart) await this.answers.dropBefore(this.db, day);
    for (;;) {
      if (this.stopped || !(await this.quiet())) return computed;
      const batch = await this.answers.nextDyads(this.db, this.cursor, this.opts.batch, day);
      if (!batch.length) break;
      this.stats.checked += batch.length;
      for (const d of batch) {
        if (d.current) continue;
        if (this.stopped || !(await this.quiet())) return computed;
        await this.answers.refresh(this.db, d.dyad, DEFAULT_LIST_LIMIT, day);
        computed++;
        this.stats.computed++;
      }
      this.cursor = batch[batch.length - 1].dyad;
    }
    this.cursor = '';
    if (fromStart && this.version === version) this.swept = { version, day };
    this.stats.sweeps++;
    this.stats.lastSweepAt = new Date().toISOString();
    this.stats.lastSweepComputed = computed;
    return computed;
  }
}
