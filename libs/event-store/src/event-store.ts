import type { EventEnvelope, NewEvent } from '@dyad/domain';
import { isUniqueViolation, type Sql } from './db';
import { WrongExpectedVersionError, type ExpectedVersion } from './errors';

/** Where an event goes on Kafka: decided by the caller, recorded in the outbox with the event. */
export interface Route {
  topic: string;
  key: string;
}
export type Router = (event: NewEvent, streamId: string) => Route | null;

/** An `events` row as pg returns it (what toEnvelope reads). */
export interface EventRow {
  global_position: string;
  event_id: string;
  stream_id: string;
  stream_version: number;
  type: string;
  schema_version: number;
  data: unknown;
  metadata: NewEvent['metadata'];
  occurred_at: Date;
  recorded_at: Date;
}

const APPEND_LOCK = `SELECT pg_advisory_xact_lock(hashtext('dyad.events.append'))`;
/** An event without its payload (see `scanAll`). */
export interface EventHeader {
  globalPosition: number;
  eventId: string;
  type: string;
  recordedAt: string;
  /** The requested field of `data`, as text (null when absent or not asked). */
  field: string | null;
}

const COLUMNS = `global_position, event_id, stream_id, stream_version, type, schema_version, data, metadata, occurred_at, recorded_at`;

export function toEnvelope(r: EventRow): EventEnvelope {
  return {
    eventId: r.event_id,
    type: r.type,
    schemaVersion: r.schema_version,
    streamId: r.stream_id,
    streamVersion: r.stream_version,
    globalPosition: Number(r.global_position),
    occurredAt: new Date(r.occurred_at).toISOString(),
    recordedAt: new Date(r.recorded_at).toISOString(),
    data: r.data,
    metadata: r.metadata,
  };
}

/**
 * The Postgres event store: append-only, optimistic concurrency per stream, and a global order in
 * which no reader can skip an event that commits late.
 *
 * Gap safety: appends take one transaction-scoped advisory lock just before inserting and hold it
 * until commit. Positions are therefore handed out in commit order, and a commit becomes visible
 * before the lock is released, so a reader that sees position N already sees every committed event
 * below N. Readers then page with a plain `global_position > n`. The price is that appends commit
 * one at a time (the lock covers only the insert and the commit; batching amortises it); see
 * docs/architecture.md.
 */
export class PostgresEventStore {
  constructor(private readonly router: Router) {}

  /**
   * Appends events to a stream inside the caller's transaction, with their outbox rows.
   * Returns the stored envelopes (positions assigned).
   */
  async append(tx: Sql, streamId: string, expected: ExpectedVersion, events: NewEvent[]): Promise<EventEnvelope[]> {
    if (events.length === 0) return [];
    const [{ version }] = await tx.query<{ version: number }>(
      `SELECT coalesce(max(stream_version), 0)::int AS version FROM events WHERE stream_id = $1`,
      [streamId],
    );
    const ok = expected === 'any' || (expected === 'no-stream' ? version === 0 : version === expected);
    if (!ok) throw new WrongExpectedVersionError(streamId, expected, version);
    try {
      return (await this.insert(tx, [{ streamId, events, from: version + 1 }])) as EventEnvelope[];
    } catch (err) {
      if (isUniqueViolation(err, 'events_stream_version_uq')) throw new WrongExpectedVersionError(streamId, expected, -1);
      throw err;
    }
  }

  /**
   * Appends the first events of many new streams at once (a batch ingest): one lock, one insert.
   * Each stream must not exist yet; if one does, the whole append fails with
   * WrongExpectedVersionError and the caller's transaction rolls back.
   */
  async appendNewStreams(tx: Sql, streams: { streamId: string; events: NewEvent[] }[]): Promise<number> {
    try {
      // Ingest does not need the stored rows back: only their count.
      return (await this.insert(tx, streams.map((s) => ({ ...s, from: 1 })), false)) as number;
    } catch (err) {
      if (isUniqueViolation(err, 'events_stream_version_uq')) throw new WrongExpectedVersionError('(batch)', 'no-stream', -1);
      throw err;
    }
  }

  /**
   * Inserts events (stream versions counted from `from` per stream) and their outbox rows in one
   * statement, under the append lock taken last so that it covers only the insert and the commit.
   */
  private async insert(tx: Sql, streams: { streamId: string; events: NewEvent[]; from: number }[], returnEnvelopes = true): Promise<EventEnvelope[] | number> {
    let ord = 0;
    const rows = streams.flatMap(({ streamId, events, from }) =>
      events.map((e, i) => ({
        ord: ord++,
        stream_id: streamId,
        event_id: e.eventId,
        stream_version: from + i,
        type: e.type,
        schema_version: e.schemaVersion,
        data: e.data,
        metadata: e.metadata,
        occurred_at: e.occurredAt,
      })),
    );
    if (rows.length === 0) return returnEnvelopes ? [] : 0;
    const routes = streams.flatMap(({ streamId, events }) =>
      events.flatMap((e) => {
        const r = this.router(e, streamId);
        return r ? [{ event_id: e.eventId, topic: r.topic, message_key: r.key }] : [];
      }),
    );
    await tx.query(APPEND_LOCK);
    const stored = await tx.query<EventRow & { n: number }>(
      `WITH ins AS (
         INSERT INTO events (event_id, stream_id, stream_version, type, schema_version, data, metadata, occurred_at)
         SELECT x.event_id, x.stream_id, x.stream_version, x.type, x.schema_version, x.data, x.metadata, x.occurred_at
         FROM jsonb_to_recordset($1::jsonb) AS x(ord int, stream_id text, event_id uuid, stream_version int, type text,
              schema_version int, data jsonb, metadata jsonb, occurred_at timestamptz)
         ORDER BY x.ord
         RETURNING ${returnEnvelopes ? COLUMNS : 'event_id, global_position'}
       ), ob AS (
         INSERT INTO outbox (global_position, topic, message_key)
         SELECT ins.global_position, r.topic, r.message_key
         FROM ins JOIN jsonb_to_recordset($2::jsonb) AS r(event_id uuid, topic text, message_key text) USING (event_id)
         ORDER BY ins.global_position
       )
       ${returnEnvelopes ? 'SELECT * FROM ins ORDER BY global_position' : 'SELECT count(*)::int AS n FROM ins'}`,
      [JSON.stringify(rows), JSON.stringify(routes)],
    );
    return returnEnvelopes ? stored.map(toEnvelope) : stored[0].n;
  }

  /** A stream's events in order. */
  async readStream(db: Sql, streamId: string): Promise<EventEnvelope[]> {
    const rows = await db.query<EventRow>(
      `SELECT ${COLUMNS} FROM events WHERE stream_id = $1 ORDER BY stream_version`,
      [streamId],
    );
    return rows.map(toEnvelope);
  }

  /**
   * Reads the global log after a position, optionally only some types. Gap-safe (see the class
   * comment): a caller that continues from the last position it saw misses nothing.
   */
  async readAll(db: Sql, after: number, limit: number, types?: readonly string[]): Promise<EventEnvelope[]> {
    const rows = types
      ? await db.query<EventRow>(
          `SELECT ${COLUMNS} FROM events WHERE global_position > $1 AND type = ANY($3)
           ORDER BY global_position LIMIT $2`,
          [after, limit, types],
        )
      : await db.query<EventRow>(
          `SELECT ${COLUMNS} FROM events WHERE global_position > $1 ORDER BY global_position LIMIT $2`,
          [after, limit],
        );
    return rows.map(toEnvelope);
  }

  /**
   * What `readAll` pages through, without the payloads: position, id, type and recording time, and
   * one field of `data` if asked (`dataField`). For scans that load whole events only for the few
   * they need (see `readPositions`).
   */
  async scanAll(db: Sql, after: number, limit: number, types: readonly string[], dataField?: string): Promise<EventHeader[]> {
    const rows = await db.query<{ p: string; id: string; type: string; at: Date; field: string | null }>(
      `SELECT global_position AS p, event_id::text AS id, type, recorded_at AS at, ${dataField ? `data->>$4` : 'NULL'} AS field
       FROM events WHERE global_position > $1 AND type = ANY($3) ORDER BY global_position LIMIT $2`,
      dataField ? [after, limit, types, dataField] : [after, limit, types],
    );
    return rows.map((r) => ({ globalPosition: Number(r.p), eventId: r.id, type: r.type, recordedAt: new Date(r.at).toISOString(), field: r.field }));
  }

  /** Whole events at the given positions, in position order. */
  async readPositions(db: Sql, positions: number[]): Promise<EventEnvelope[]> {
    if (!positions.length) return [];
    const rows = await db.query<EventRow>(`SELECT ${COLUMNS} FROM events WHERE global_position = ANY($1::bigint[]) ORDER BY global_position`, [positions]);
    return rows.map(toEnvelope);
  }

  /** The highest committed position (0 when empty). */
  async head(db: Sql): Promise<number> {
    const [row] = await db.query<{ p: string | null }>(`SELECT max(global_position) AS p FROM events`);
    return Number(row?.p ?? 0);
  }
}
