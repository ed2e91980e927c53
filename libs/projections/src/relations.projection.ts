import type { EventEnvelope } from '@dyad/domain';
import type { Sql } from '@dyad/event-store';
import { toFactRow } from './fact-row';

export const RELATIONS_PROJECTION = 'relations';

/** Where a batch came from on Kafka, to be checkpointed with it. */
export interface BatchSource {
  topic: string;
  partition: number;
  /** The offset to resume from: one past the batch's last message. */
  nextOffset: string;
}

/**
 * Applies fact events to the read models. Idempotent: a fact already in fact_index is skipped
 * (ON CONFLICT DO NOTHING) and only newly inserted rows bump the counters, so a replayed batch
 * changes nothing. Counters are commutative, so the order of events across partitions does not
 * matter either. Returns how many events were new.
 */
export async function applyFactEvents(tx: Sql, events: EventEnvelope[]): Promise<number> {
  const rows = events.flatMap((e) => toFactRow(e) ?? []);
  if (rows.length === 0) return 0;
  const [result] = await tx.query<{ applied: string }>(
    `WITH ins AS (
       INSERT INTO fact_index (event_id, global_position, type, article_id, countries, dyads, fact_date,
                               date_from, date_to, recorded_at, data)
       SELECT r.event_id, r.global_position, r.type, r.article_id, r.countries, r.dyads, r.fact_date,
              r.date_from, r.date_to, r.recorded_at, r.data
       FROM jsonb_to_recordset($1::jsonb) AS r(event_id uuid, global_position bigint, type text, article_id uuid,
            countries text[], dyads text[], fact_date text, date_from date, date_to date, recorded_at timestamptz,
            data jsonb)
       ORDER BY r.global_position
       ON CONFLICT (event_id) DO NOTHING
       RETURNING type, dyads, date_to, global_position
     ), per_dyad AS (
       SELECT unnest(dyads) AS dyad, type, date_to FROM ins
     ), stats AS (
       INSERT INTO dyad_stats (dyad, type, count, last_event_date)
       SELECT dyad, type, count(*), max(date_to) FROM per_dyad GROUP BY dyad, type ORDER BY dyad, type
       ON CONFLICT (dyad, type) DO UPDATE
         SET count = dyad_stats.count + excluded.count,
             last_event_date = greatest(dyad_stats.last_event_date, excluded.last_event_date)
     ), partners AS (
       INSERT INTO country_partners (country, partner, type, count, last_event_date)
       SELECT country, partner, type, count(*), max(date_to) FROM (
         SELECT split_part(dyad, '-', 1) AS country, split_part(dyad, '-', 2) AS partner, type, date_to FROM per_dyad
         UNION ALL
         SELECT split_part(dyad, '-', 2), split_part(dyad, '-', 1), type, date_to FROM per_dyad
       ) p GROUP BY country, partner, type ORDER BY country, partner, type
       ON CONFLICT (country, partner, type) DO UPDATE
         SET count = country_partners.count + excluded.count,
             last_event_date = greatest(country_partners.last_event_date, excluded.last_event_date)
     ), state AS (
       INSERT INTO projection_state (projection, last_position, applied_events)
       SELECT $2, coalesce(max(global_position), 0), count(*) FROM ins
       ON CONFLICT (projection) DO UPDATE
         SET last_position = greatest(projection_state.last_position, excluded.last_position),
             applied_events = projection_state.applied_events + excluded.applied_events,
             updated_at = now()
     )
     SELECT count(*) AS applied FROM ins`,
    [JSON.stringify(rows), RELATIONS_PROJECTION],
  );
  return Number(result.applied);
}

/** Reads the stored resume offsets of a topic's partitions. */
export async function loadCheckpoints(db: Sql, topic: string): Promise<Map<number, string>> {
  const rows = await db.query<{ partition: number; next_offset: string }>(
    `SELECT partition, next_offset FROM projection_checkpoints WHERE projection = $1 AND topic = $2`,
    [RELATIONS_PROJECTION, topic],
  );
  return new Map(rows.map((r) => [r.partition, String(r.next_offset)]));
}

/** Records where a partition resumes, in the batch's own transaction. */
export async function saveCheckpoint(tx: Sql, source: BatchSource): Promise<void> {
  await tx.query(
    `INSERT INTO projection_checkpoints (projection, topic, partition, next_offset) VALUES ($1, $2, $3, $4)
     ON CONFLICT (projection, topic, partition) DO UPDATE
       SET next_offset = greatest(projection_checkpoints.next_offset, excluded.next_offset), updated_at = now()`,
    [RELATIONS_PROJECTION, source.topic, source.partition, source.nextOffset],
  );
}
