import { randomUUID } from 'node:crypto';
import { JsonLogger } from '@dyad/config';
import { createKafka, DLQ_HEADERS } from '@dyad/messaging';
import type { Kafka, KafkaMessage } from 'kafkajs';
import { createTestDatabase, eventually, testEnv, uniqueName } from '../support/infra';
import { startService } from '../support/service';

jest.setTimeout(120_000);

/**
 * Poison messages on the facts topic (not JSON, not an envelope, empty, an unknown event type) go
 * to the dead-letter topic with the reason and their original bytes, key and headers; the
 * projector goes on, and the count shows in projection status.
 */
describe('poison messages', () => {
  let db: { url: string; drop: () => Promise<void> };
  let svc: Awaited<ReturnType<typeof startService>>;
  let kafka: Kafka;
  const facts = uniqueName('poison.facts');
  const dlq = `${facts}.dlq`;

  beforeAll(async () => {
    db = await createTestDatabase('dyad_poison');
    kafka = createKafka({ brokers: testEnv().brokers.split(','), clientId: 'poison-test', logger: new JsonLogger('error') });
    svc = await startService({
      DATABASE_URL: db.url,
      KAFKA_BROKERS: testEnv().brokers,
      TOPIC_ARTICLES: uniqueName('poison.articles'),
      TOPIC_FACTS: facts,
      PROJECTOR_GROUP_ID: uniqueName('poison-projector'),
      // Partitions side by side, so that batches of several partitions are applied as one group.
      PROJECTOR_CONCURRENCY: '12',
    });
  });
  afterAll(async () => {
    if (svc) expect(await svc.stop()).toBe(0);
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: [facts, dlq] }).catch(() => undefined);
    await admin.disconnect();
    await db?.drop();
  });

  it('sends them to the dead-letter topic and keeps projecting', async () => {
    const unknown = {
      eventId: randomUUID(), type: 'PlanetAligned', schemaVersion: 1, streamId: 'x', streamVersion: 1, globalPosition: 1,
      occurredAt: new Date().toISOString(), recordedAt: new Date().toISOString(), data: {}, metadata: {},
    };
    const yearZero = {
      ...unknown,
      eventId: randomUUID(),
      type: 'MeetingHeld',
      streamId: `article-${randomUUID()}`,
      globalPosition: 2,
      data: { factId: randomUUID(), articleId: randomUUID(), type: 'MeetingHeld', participants: ['JPN', 'MNG'], date: '0000-01-01', reportedAt: '0000-01-01' },
    };
    const poison: { key: string; value: Buffer | null; reason: RegExp }[] = [
      { key: 'JPN-MNG', value: Buffer.from('not json {'), reason: /undecodable: message value is not JSON/ },
      { key: 'JPN-MNG', value: Buffer.from([0xff, 0xfe, 0x00, 0x01]), reason: /undecodable/ },
      { key: 'JPN-MNG', value: Buffer.from(JSON.stringify({ eventId: 'e', type: 'MeetingHeld' })), reason: /undecodable: envelope field streamId/ },
      { key: 'JPN-MNG', value: null, reason: /undecodable: empty message value/ },
      { key: 'JPN-MNG', value: Buffer.from(JSON.stringify(unknown)), reason: /unknown event type "PlanetAligned"/ },
      // A well-formed fact the read model cannot hold (PostgreSQL has no year 0): found by the fuzzer.
      { key: 'JPN-MNG', value: Buffer.from(JSON.stringify(yearZero)), reason: /not projectable/ },
    ];
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: facts, messages: poison.map((p, i) => ({ key: p.key, value: p.value, headers: { 'x-test': `p${i}` } })) });
    await producer.disconnect();

    // A real article afterwards, on the same key (same partition): it is projected.
    const r = await fetch(`${svc.base}/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'After poison', body: 'Japan and Mongolia signed an agreement in Tokyo.', publishedAt: '2022-05-01' }),
    });
    expect(r.status).toBe(201);
    await eventually(async () => {
      const rel = (await (await fetch(`${svc.base}/relations/JPN/MNG`)).json()) as { counts: Record<string, number> };
      return rel.counts?.AgreementSigned >= 1 ? true : undefined;
    }, 30_000, 'the article after the poison to be projected');

    const dead: KafkaMessage[] = [];
    const consumer = kafka.consumer({ groupId: uniqueName('dlq-reader') });
    await consumer.connect();
    await consumer.subscribe({ topic: dlq, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void dead.push(message) });
    try {
      await eventually(async () => (dead.length >= poison.length ? true : undefined), 30_000, 'the dead letters');
    } finally {
      await consumer.disconnect();
    }
    const byTag = new Map(dead.map((m) => [m.headers!['x-test']!.toString(), m]));
    poison.forEach((p, i) => {
      const m = byTag.get(`p${i}`)!;
      expect(m).toBeDefined();
      expect(m.key!.toString()).toBe(p.key);
      if (p.value === null) expect(m.value === null || m.value.length === 0).toBe(true);
      else expect(Buffer.compare(m.value!, p.value)).toBe(0);
      expect(m.headers![DLQ_HEADERS.reason]!.toString()).toMatch(p.reason);
      expect(m.headers![DLQ_HEADERS.sourceTopic]!.toString()).toBe(facts);
      expect(Number(m.headers![DLQ_HEADERS.sourcePartition]!.toString())).toBeGreaterThanOrEqual(0);
      expect(m.headers![DLQ_HEADERS.sourceOffset]!.toString()).toMatch(/^\d+$/);
    });

    const status = (await (await fetch(`${svc.base}/admin/projections/status`)).json()) as { projectorHere: { poison: number } };
    expect(status.projectorHere.poison).toBe(poison.length);
  });

  it('applies the good batches of a fetch whose group holds a poison fact in another partition, and dead-letters only that fact', async () => {
    // Batches of several partitions that one fetch returns are applied in one transaction; a fact
    // the read model cannot hold makes that group fall back to each batch on its own.
    const pairs = [['FRA', 'DEU'], ['BRA', 'ARG'], ['KEN', 'TZA'], ['CAN', 'MEX'], ['IND', 'NPL'], ['EGY', 'JOR']];
    const envelope = (participants: string[], date: string, position: number) => ({
      eventId: randomUUID(), type: 'MeetingHeld', schemaVersion: 1, streamId: `article-${randomUUID()}`, streamVersion: 2, globalPosition: position,
      occurredAt: new Date().toISOString(), recordedAt: new Date().toISOString(), metadata: {},
      data: { factId: randomUUID(), articleId: randomUUID(), type: 'MeetingHeld', participants, date, reportedAt: date },
    });
    const good = pairs.map((p, i) => ({ key: p.join('-'), value: Buffer.from(JSON.stringify(envelope(p, '2022-05-01', 100 + i))) }));
    const poison = { key: 'SWE-NOR', value: Buffer.from(JSON.stringify(envelope(['SWE', 'NOR'], '0000-01-01', 99))), headers: { 'x-test': 'group-poison' } };
    const before = ((await (await fetch(`${svc.base}/admin/projections/status`)).json()) as { projectorHere: { poison: number } }).projectorHere.poison;
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: facts, messages: [poison, ...good] });
    await producer.disconnect();

    for (const [a, b] of pairs) {
      await eventually(async () => {
        const rel = (await (await fetch(`${svc.base}/relations/${a}/${b}`)).json()) as { counts: Record<string, number> };
        return rel.counts?.MeetingHeld === 1 ? true : undefined;
      }, 30_000, `the meeting of ${a} and ${b} to be projected`);
    }
    await eventually(async () => {
      const status = (await (await fetch(`${svc.base}/admin/projections/status`)).json()) as { projectorHere: { poison: number } };
      return status.projectorHere.poison === before + 1 ? true : undefined;
    }, 30_000, 'exactly one more dead letter');
    const rel = (await (await fetch(`${svc.base}/relations/SWE/NOR`)).json()) as { counts: Record<string, number> };
    expect(rel.counts.MeetingHeld).toBe(0);
  });
});
