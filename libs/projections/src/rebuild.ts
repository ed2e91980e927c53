import { FACT_RETRACTED, FACT_TYPES } from '@dyad/domain';
import { inTransaction, PostgresEventStore } from '@dyad/event-store';
import type { DataSource } from 'typeorm';
import { recordMentions, RELATIONS_PROJECTION } from './relations.projection';
import { groupAllStories } from './story-store';

/** The event types the relations projection reads: facts and their retractions. */
export const PROJECTED_TYPES: readonly string[] = [...FACT_TYPES, FACT_RETRACTED];
const PROJECTED = new Set(PROJECTED_TYPES);
/** True for the event types the relations projection applies (what the facts topic carries). */
export const isProjectedType = (type: string): boolean => PROJECTED.has(type);

export interface RebuildResult {
  events: number;
  lastPosition: number;
  ms: number;
}

/**
 * Rebuilds the read models from zero out of the event store, in one transaction: the tables are
 * locked and emptied; every fact and retraction is written to fact_index by the projector's own
 * code, then all standing mentions are grouped into stories in one pass (the same pure grouping
 * the projector applies incrementally) and counted with one GROUP BY. The projector waits on the
 * lock meanwhile and then goes on; the events it then sees again are skipped by event id, so the
 * result equals a projection of the whole store.
 */
export async function rebuildRelations(ds: DataSource, pageSize = 10_000): Promise<RebuildResult> {
  const started = Date.now();
  const store = new PostgresEventStore(() => null);
  return inTransaction(ds, async (tx) => {
    await tx.query(`LOCK TABLE fact_index, stories, story_dyads, dyad_stats, projection_state IN ACCESS EXCLUSIVE MODE`);
    await tx.query(`TRUNCATE fact_index, stories, story_dyads, dyad_stats`);
    await tx.query(`DELETE FROM projection_state WHERE projection = $1`, [RELATIONS_PROJECTION]);
    let after = 0;
    let events = 0;
    for (;;) {
      const page = await store.readAll(tx, after, pageSize, PROJECTED_TYPES);
      if (page.length === 0) break;
      const { inserted, retracted } = await recordMentions(tx, page);
      events += inserted.length + retracted.length;
      after = page[page.length - 1].globalPosition;
    }
    await groupAllStories(tx);
    await tx.query(
      `INSERT INTO projection_state (projection, last_position, applied_events, rebuilt_at, repaired_position) VALUES ($1, $2, $3, now(), $2)
       ON CONFLICT (projection) DO UPDATE SET rebuilt_at = now()`,
      [RELATIONS_PROJECTION, after, events],
    );
    return { events, lastPosition: after, ms: Date.now() - started };
  });
}
