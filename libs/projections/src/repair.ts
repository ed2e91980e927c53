import { FACT_RETRACTED } from '@dyad/domain';
import { inTransaction, PostgresEventStore, sqlOf, type Sql } from '@dyad/event-store';
import type { DataSource } from 'typeorm';
import { PROJECTED_TYPES } from './rebuild';
import { APPLY_LOCK, applyFactEvents, RELATIONS_PROJECTION } from './relations.projection';

export interface RepairResult {
  scanned: number;
  applied: number;
  position: number;
}

/**
 * The events of `events` whose effect the read models lack: facts not in fact_index, retractions
 * (whose `field` is the retracted fact's id) not applied.
 */
async function missingOf<E extends { eventId: string; type: string; field: string | null }>(db: Sql, events: E[]): Promise<E[]> {
  const facts = events.filter((e) => e.type !== FACT_RETRACTED).map((e) => e.eventId);
  const retractions = events.filter((e) => e.type === FACT_RETRACTED);
  const present = new Set(
    (await db.query<{ id: string }>(`SELECT event_id::text AS id FROM fact_index WHERE event_id = ANY($1::uuid[])`, [facts])).map((r) => r.id),
  );
  const retractedDone = new Set(
    (
      await db.query<{ id: string }>(`SELECT event_id::text AS id FROM fact_index WHERE event_id = ANY($1::uuid[]) AND retracted_at IS NOT NULL`, [
        retractions.map((e) => e.field),
      ])
    ).map((r) => r.id),
  );
  return events.filter((e) => (e.type === FACT_RETRACTED ? !retractedDone.has(e.field ?? '') : !present.has(e.eventId)));
}

/**
 * Applies committed fact events (and retractions) that the read models lack, read from the event
 * store: a safety net for messages that never reached the projector through Kafka (a broker lost
 * them, say). It pages forward from the last position it has checked, looks only at events
 * recorded at least `graceMs` ago (the Kafka path normally applies them much sooner), and applies
 * the missing ones with the projector's own reducer.
 *
 * The scan runs without locks, so projector batches go on meanwhile (holding the apply lock for
 * the whole scan stalled them: read-model p99 of seconds at 50 articles/s), and reads no payloads
 * (ids, types and a retraction's fact id): every event of the stream passes through it once, and
 * only the missing ones are loaded whole. Only when it finds candidates does it take the apply
 * lock exclusively, look again (a batch may have applied them in between) and apply what is still
 * missing, so story regrouping sees a consistent read model.
 */
export async function repairMissing(ds: DataSource, graceMs: number, pageSize = 5000): Promise<RepairResult> {
  const store = new PostgresEventStore(() => null);
  const db = sqlOf(ds);
  const [state] = await db.query<{ repaired_position: string }>(`SELECT repaired_position FROM projection_state WHERE projection = $1`, [
    RELATIONS_PROJECTION,
  ]);
  const from = Number(state?.repaired_position ?? 0);
  const page = await store.scanAll(db, from, pageSize, PROJECTED_TYPES, 'factId');
  // In position order, up to the first event still inside the grace period.
  const cutoff = Date.now() - graceMs;
  const young = page.findIndex((e) => Date.parse(e.recordedAt) > cutoff);
  const ready = young < 0 ? page : page.slice(0, young);
  if (ready.length === 0) return { scanned: 0, applied: 0, position: from };
  const candidates = await missingOf(db, ready);
  const applied = candidates.length
    ? await inTransaction(ds, async (tx) => {
        await tx.query(`SELECT pg_advisory_xact_lock(${APPLY_LOCK})`);
        const still = await missingOf(tx, candidates);
        return still.length ? applyFactEvents(tx, await store.readPositions(tx, still.map((e) => e.globalPosition))) : 0;
      })
    : 0;
  const position = ready[ready.length - 1].globalPosition;
  await db.query(
    `INSERT INTO projection_state (projection, repaired_position) VALUES ($1, $2)
     ON CONFLICT (projection) DO UPDATE SET repaired_position = greatest(projection_state.repaired_position, excluded.repaired_position)`,
    [RELATIONS_PROJECTION, position],
  );
  return { scanned: ready.length, applied, position };
}
