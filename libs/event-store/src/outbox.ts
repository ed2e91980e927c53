import type { Sql } from './db';

/**
 * A pending message: its envelope as JSON text, built by Postgres (see `next`), and the envelope
 * fields that go into Kafka headers.
 */
export interface OutboxMessage {
  id: number;
  topic: string;
  key: string;
  /** The EventEnvelope as JSON: parses to exactly what toEnvelope gives for the same row. */
  json: string;
  eventId: string;
  type: string;
  schemaVersion: number;
  correlationId: string;
}

/** SQL for a timestamptz as ISO 8601 UTC text with milliseconds, truncated like `new Date(pgValue).toISOString()`. */
export const isoMillisSql = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The transactional outbox: rows written with the events, read and removed by the relay. */
export class OutboxStore {
  /**
   * The oldest pending messages, in the order their events were committed. Postgres writes each
   * envelope's JSON text itself (the fields in toEnvelope's order), so the relay neither parses the
   * stored `data` and `metadata` nor serialises them again: that round trip was about a fifth of the
   * API's CPU under ingest (docs/benchmarks.md).
   *
   * `published` (ids of rows already acknowledged by Kafka) are deleted in the same statement, which
   * saves the relay a round trip per batch; the read excludes them (it sees the statement's snapshot).
   */
  async next(db: Sql, limit: number, published: number[] = []): Promise<OutboxMessage[]> {
    const rows = await db.query<{ id: string; topic: string; key: string; json: string; event_id: string; type: string; schema_version: number; correlation_id: string | null }>(
      `${published.length ? 'WITH gone AS (DELETE FROM outbox WHERE id = ANY($2::bigint[])) ' : ''}SELECT o.id, o.topic, o.message_key AS key, e.event_id, e.type, e.schema_version, e.metadata->>'correlationId' AS correlation_id,
              json_build_object('eventId', e.event_id, 'type', e.type, 'schemaVersion', e.schema_version, 'streamId', e.stream_id,
                'streamVersion', e.stream_version, 'globalPosition', e.global_position, 'occurredAt', ${isoMillisSql('e.occurred_at')},
                'recordedAt', ${isoMillisSql('e.recorded_at')}, 'data', e.data, 'metadata', e.metadata)::text AS json
       FROM outbox o JOIN events e USING (global_position)
       WHERE o.id <> ALL($2::bigint[])
       ORDER BY o.id LIMIT $1`,
      [limit, published],
    );
    return rows.map((r) => ({
      id: Number(r.id),
      topic: r.topic,
      key: r.key,
      json: r.json,
      eventId: r.event_id,
      type: r.type,
      schemaVersion: r.schema_version,
      correlationId: r.correlation_id ?? '',
    }));
  }

  async remove(db: Sql, ids: number[]): Promise<void> {
    if (ids.length) await db.query(`DELETE FROM outbox WHERE id = ANY($1::bigint[])`, [ids]);
  }

  async pending(db: Sql): Promise<number> {
    const [row] = await db.query<{ n: string }>(`SELECT count(*) AS n FROM outbox`);
    return Number(row.n);
  }
}
