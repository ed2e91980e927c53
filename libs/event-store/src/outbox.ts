import type { EventEnvelope } from '@dyad/domain';
import type { Sql } from './db';
import { toEnvelope } from './event-store';

export interface OutboxMessage {
  id: number;
  topic: string;
  key: string;
  envelope: EventEnvelope;
}

/** The transactional outbox: rows written with the events, read and removed by the relay. */
export class OutboxStore {
  /** The oldest pending messages, in the order their events were committed. */
  async next(db: Sql, limit: number): Promise<OutboxMessage[]> {
    const rows = await db.query<Record<string, never> & { outbox_id: string; topic: string; message_key: string }>(
      `SELECT o.id AS outbox_id, o.topic, o.message_key, e.global_position, e.event_id, e.stream_id,
              e.stream_version, e.type, e.schema_version, e.data, e.metadata, e.occurred_at, e.recorded_at
       FROM outbox o JOIN events e USING (global_position)
       ORDER BY o.id LIMIT $1`,
      [limit],
    );
    return rows.map((r) => ({
      id: Number(r.outbox_id),
      topic: r.topic,
      key: r.message_key,
      envelope: toEnvelope(r as never),
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
