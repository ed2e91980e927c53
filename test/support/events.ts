import type { DataSource } from 'typeorm';
import { FACT_RETRACTED, type EventEnvelope } from '@dyad/domain';

/**
 * Writes fact envelopes built by a test (asEvent) into the event store, at their own positions, as
 * the service would have appended them before publishing: the read models take a fact's JSON from
 * `events` by position. Retractions are not needed there and are left out. Writing the same
 * envelope twice is a no-op; the position sequence is moved past what was written.
 */
export async function storeEnvelopes(ds: DataSource, events: readonly EventEnvelope[]): Promise<void> {
  const facts = events.filter((e) => e.type !== FACT_RETRACTED);
  if (!facts.length) return;
  await ds.query(
    `INSERT INTO events (global_position, event_id, stream_id, stream_version, type, schema_version, data, metadata, occurred_at, recorded_at)
     SELECT x.global_position, x.event_id, x.stream_id, x.stream_version, x.type, x.schema_version, x.data, x.metadata, x.occurred_at, x.recorded_at
     FROM jsonb_to_recordset($1::jsonb) AS x(global_position bigint, event_id uuid, stream_id text, stream_version int, type text,
          schema_version int, data jsonb, metadata jsonb, occurred_at timestamptz, recorded_at timestamptz)
     ON CONFLICT DO NOTHING`,
    [
      JSON.stringify(
        facts.map((e) => ({
          global_position: e.globalPosition,
          event_id: e.eventId,
          stream_id: e.streamId,
          // Envelopes built apart may share an article stream and a version; the position never repeats.
          stream_version: e.globalPosition,
          type: e.type,
          schema_version: e.schemaVersion,
          data: e.data,
          metadata: e.metadata,
          occurred_at: e.occurredAt,
          recorded_at: e.recordedAt,
        })),
      ),
    ],
  );
  await ds.query(`SELECT setval('events_global_position_seq', greatest((SELECT max(global_position) FROM events), 1))`);
}
