import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Kafka } from 'kafkajs';
import { JsonLogger } from '@dyad/config';
import type { NewEvent } from '@dyad/domain';
import { inTransaction, OutboxStore, PostgresEventStore, sqlOf } from '@dyad/event-store';
import { migratedTestDatabase, eventually, testEnv, uniqueName } from '../../../test/support/infra';
import { decodeEnvelope, HEADERS } from './codec';
import { createKafka } from './kafka';
import { OutboxRelay } from './outbox-relay';
import { ensureTopics } from './topics';

const anEvent = (key: string): NewEvent => ({
  eventId: randomUUID(),
  type: 'Tested',
  schemaVersion: 1,
  occurredAt: new Date().toISOString(),
  data: { key },
  metadata: { correlationId: `corr-${key}`, causationId: null },
});

describe('outbox relay (real Postgres and Kafka)', () => {
  let db: Awaited<ReturnType<typeof migratedTestDatabase>>;
  let ds: DataSource;
  let kafka: Kafka;
  const topic = uniqueName('dyad.test.relay');
  const logger = new JsonLogger('error');

  beforeAll(async () => {
    db = await migratedTestDatabase({ poolSize: 5 });
    ds = db.ds;
    kafka = createKafka({ brokers: testEnv().brokers.split(','), clientId: 'relay-test', logger });
    await ensureTopics(kafka, [{ topic, partitions: 6, replicationFactor: 1, retentionMs: 3_600_000 }]);
  });
  afterAll(async () => {
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
    await db?.close();
  });

  it('publishes every committed event once per key order, with headers, and empties the outbox', async () => {
    const store = new PostgresEventStore((e) => ({ topic, key: (e.data as { key: string }).key }));
    const keys = ['JPN-MNG', 'MNG-RUS', 'CHN-USA'];
    const appended: string[] = [];
    for (let i = 0; i < 30; i++) {
      const events = [anEvent(keys[i % 3]), anEvent(keys[i % 3])];
      await inTransaction(ds, (tx) => store.append(tx, `s-${randomUUID()}`, 'no-stream', events));
      appended.push(...events.map((e) => e.eventId));
    }
    // One rolled-back append: it must never reach Kafka.
    const ghost = anEvent('JPN-MNG');
    await inTransaction(ds, async (tx) => {
      await store.append(tx, `s-${randomUUID()}`, 'no-stream', [ghost]);
      throw new Error('roll back');
    }).catch(() => undefined);

    const received: { key: string; position: number; eventId: string; type?: string; correlation?: string }[] = [];
    const consumer = kafka.consumer({ groupId: uniqueName('relay-test') });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const e = decodeEnvelope(message.value);
        received.push({
          key: message.key!.toString(),
          position: e.globalPosition,
          eventId: e.eventId,
          type: message.headers?.[HEADERS.type]?.toString(),
          correlation: message.headers?.[HEADERS.correlationId]?.toString(),
        });
      },
    });

    // Two relays compete; the advisory lock lets one work.
    const relays = [1, 2].map(() => new OutboxRelay(ds, kafka, { pollMs: 20, batchSize: 7 }, logger));
    relays.forEach((r) => r.start());
    try {
      await eventually(async () => (received.length >= appended.length ? true : undefined), 30_000, 'all events on Kafka');
      expect(relays.filter((r) => r.active)).toHaveLength(1);
    } finally {
      await Promise.all(relays.map((r) => r.stop()));
      await consumer.disconnect();
    }
    expect(received.map((r) => r.eventId).sort()).toEqual([...appended].sort());
    expect(received.some((r) => r.eventId === ghost.eventId)).toBe(false);
    expect(received.every((r) => r.type === 'Tested' && r.correlation === `corr-${r.key}`)).toBe(true);
    for (const key of keys) {
      const positions = received.filter((r) => r.key === key).map((r) => r.position);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
    expect(await new OutboxStore().pending(sqlOf(ds))).toBe(0);
  });
});
