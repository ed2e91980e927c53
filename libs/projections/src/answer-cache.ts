import type { Sql } from '@dyad/event-store';
import { RELATIONS_PROJECTION } from './relations.projection';

/**
 * An in-process cache of query answers, valid while the relations projection has not changed.
 *
 * The projection's version is the transaction id that last wrote its `projection_state` row
 * (`xmin`): every writer of the read models writes that row in the same transaction (a projector
 * batch moves `last_position`/`updated_at`, the repair `repaired_position`, a rebuild replaces the
 * row), so any change to fact_index, stories, story_dyads or dyad_stats changes it. The version is
 * read at most once per `validateMs` (one query shared by all requests meanwhile), and an answer is
 * stored under the version read *before* it was computed, so it is never older than that version.
 *
 * Staleness bound: an answer served from the cache reflects the read models as they stood at most
 * `validateMs` before the request arrived (plus the version query's own latency); without the cache
 * an answer reflects them when its statement ran. Nothing else is stale: a new version invalidates
 * every entry.
 */
export class AnswerCache<T> {
  private version: string | null = null;
  private versionAt = -Infinity;
  private pending: Promise<string> | null = null;
  private readonly entries = new Map<string, { version: string; value: T }>();
  hits = 0;
  misses = 0;

  constructor(private readonly opts: { validateMs: number; maxEntries: number }) {}

  /** The projection's version, re-read when the last reading is older than `validateMs`. */
  private current(db: Sql): Promise<string> {
    if (this.version !== null && performance.now() - this.versionAt <= this.opts.validateMs) return Promise.resolve(this.version);
    if (this.pending) return this.pending;
    const started = performance.now();
    this.pending = db
      .query<{ v: string | null }>(`SELECT (SELECT xmin::text FROM projection_state WHERE projection = $1) AS v`, [RELATIONS_PROJECTION])
      .then(([r]) => {
        const v = r?.v ?? 'none';
        if (v !== this.version) this.entries.clear();
        this.version = v;
        // Valid from when the query was sent: the conservative end.
        this.versionAt = started;
        return v;
      })
      .finally(() => {
        this.pending = null;
      });
    return this.pending;
  }

  /** The cached answer for `key` at the projection's current version, else `compute()`'s, stored. */
  async get(db: Sql, key: string, compute: () => Promise<T>): Promise<T> {
    if (this.opts.maxEntries <= 0) return compute();
    const version = await this.current(db);
    const hit = this.entries.get(key);
    if (hit && hit.version === version) {
      this.hits++;
      return hit.value;
    }
    this.misses++;
    const value = await compute();
    // Oldest first out (Map keeps insertion order).
    if (this.entries.size >= this.opts.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    if (this.version === version) this.entries.set(key, { version, value });
    return value;
  }
}
