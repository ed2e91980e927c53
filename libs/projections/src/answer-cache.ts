import type { Sql } from '@dyad/event-store';
import { scopeStateSql } from './relation-answers';
import { projectionVersion } from './relations.projection';

/**
 * An in-process cache of query answers, valid while the relations projection has not changed, or,
 * for answers stored with scopes, while those scopes have not changed.
 *
 * The projection's version is the transaction id that last wrote its `projection_state` row
 * (`xmin`): every writer of the read models writes that row in the same transaction (a projector
 * batch moves `last_position`/`updated_at`, the repair `repaired_position`, a rebuild replaces the
 * row), so any change to fact_index, stories, story_dyads or dyad_stats changes it. The version is
 * read at most once per `validateMs` (one query shared by all requests meanwhile), and an answer is
 * stored under the version read *before* it was computed, so it is never older than that version.
 *
 * Scopes (`relation_scopes`: a dyad, a voter) narrow that: the projector records, in the same
 * transaction, the scopes its changes touched. An answer stored with its scopes' state (read
 * before it was computed, with the last rebuild's time) survives a new projection version when
 * that state is unchanged (one small query, then it counts as current for that version). Under
 * ingest every batch makes a new version, so without scopes nothing stayed cached for long.
 *
 * Staleness bound: an answer served from the cache reflects the read models as they stood at most
 * `validateMs` before the request arrived (plus the version query's own latency); without the cache
 * an answer reflects them when its statement ran.
 */
export class AnswerCache<T> {
  private version: string | null = null;
  private versionAt = -Infinity;
  private pending: Promise<string> | null = null;
  private readonly entries = new Map<string, { version: string; value: T; scopes?: string }>();
  hits = 0;
  misses = 0;
  /** Hits kept by a scope check after the projection's version moved. */
  scopeHits = 0;

  constructor(private readonly opts: { validateMs: number; maxEntries: number }) {}

  /** The projection's version, re-read when the last reading is older than `validateMs`. */
  private current(db: Sql): Promise<string> {
    if (this.version !== null && performance.now() - this.versionAt <= this.opts.validateMs) return Promise.resolve(this.version);
    if (this.pending) return this.pending;
    const started = performance.now();
    this.pending = projectionVersion(db)
      .then((v) => {
        this.version = v;
        // Valid from when the query was sent: the conservative end.
        this.versionAt = started;
        return this.version;
      })
      .finally(() => {
        this.pending = null;
      });
    return this.pending;
  }

  /** The state of `scopes`: the transaction that last changed each, and the last rebuild. */
  private async scopeState(db: Sql, scopes: string[]): Promise<string> {
    const [r] = await db.query<{ s: string }>(`SELECT ${scopeStateSql('$1::text[]')} AS s`, [scopes]);
    return r.s;
  }

  /**
   * The cached answer for `key` at the projection's current version (or with `scopes` unchanged),
   * else `compute()`'s, stored.
   */
  async get(db: Sql, key: string, compute: () => Promise<T>, scopes?: string[]): Promise<T> {
    if (this.opts.maxEntries <= 0) return compute();
    // The scopes' state is read before the answer is computed, so the answer is never older than it.
    if (scopes) return this.getScoped(db, key, scopes, async () => ({ state: await this.scopeState(db, scopes), value: await compute() }));
    const version = await this.current(db);
    const hit = this.entries.get(key);
    if (hit && hit.version === version) {
      this.hits++;
      return hit.value;
    }
    this.misses++;
    const value = await compute();
    this.store(key, version, value, undefined);
    return value;
  }

  /**
   * Like `get` with scopes, for a `load` that reads its scopes' state in the same snapshot as the
   * value (RelationAnswers): a miss costs that one statement, without a separate state query.
   */
  async getScoped(db: Sql, key: string, scopes: string[], load: () => Promise<{ value: T; state: string }>): Promise<T> {
    if (this.opts.maxEntries <= 0) return (await load()).value;
    const version = await this.current(db);
    const hit = this.entries.get(key);
    if (hit && hit.version === version) {
      this.hits++;
      return hit.value;
    }
    if (hit && hit.scopes === (await this.scopeState(db, scopes))) {
      hit.version = version;
      this.hits++;
      this.scopeHits++;
      return hit.value;
    }
    this.misses++;
    const { value, state } = await load();
    this.store(key, version, value, state);
    return value;
  }

  /** Stores an answer read after `version` was (so never older than it), unless the version moved meanwhile. */
  private store(key: string, version: string, value: T, scopes: string | undefined): void {
    this.entries.delete(key);
    // Oldest first out (Map keeps insertion order).
    if (this.entries.size >= this.opts.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    if (this.version === version) this.entries.set(key, { version, value, scopes });
  }
}
