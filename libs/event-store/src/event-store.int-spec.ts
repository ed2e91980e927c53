import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@dyad/domain';
import type { DataSource } from 'typeorm';
import { migratedTestDatabase } from '../../../test/support/infra';
import { inTransaction, sqlOf } from './db';
import { WrongExpectedVersionError } from './errors';
import { PostgresEventStore } from './event-store';
import { OutboxStore } from './outbox';

const anEvent = (type = 'Tested', data: Record<string, unknown> = {}): NewEvent => ({
  eventId: randomUUID(),
  type,
  schemaVersion: 1,
  occurredAt: new Date().toISOString(),
  data,
  metadata: { correlationId: 'c-1', causationId: null },
});

describe('PostgresEventStore (real Postgres)', () => {
  let db: Awaited<ReturnType<typeof migratedTestDatabase>>;
  let ds: DataSource;
  const sut = new PostgresEventStore((e) => ({ topic: 't', key: e.type }));

  beforeAll(async () => {
    db = await migratedTestDatabase({ poolSize: 30 });
    ds = db.ds;
  });
  afterAll(async () => {
    await db?.close();
  });

  it('appends atomically with versions, positions and outbox rows', async () => {
    const stream = `s-${randomUUID()}`;
    const stored = await inTransaction(ds, (tx) => sut.append(tx, stream, 'no-stream', [anEvent('A'), anEvent('B')]));
    expect(stored.map((e) => [e.type, e.streamVersion])).toEqual([
      ['A', 1],
      ['B', 2],
    ]);
    expect(stored[1].globalPosition).toBeGreaterThan(stored[0].globalPosition);
    const read = await sut.readStream(sqlOf(ds), stream);
    expect(read.map((e) => e.eventId)).toEqual(stored.map((e) => e.eventId));
    const outbox = await new OutboxStore().next(sqlOf(ds), 1000);
    expect(outbox.filter((m) => JSON.parse(m.json).streamId === stream).map((m) => m.key)).toEqual(['A', 'B']);
  });

  it('gives the outbox envelope JSON that parses to exactly the stored envelope, headers included', async () => {
    const stream = `s-${randomUUID()}`;
    // Awkward values: non-ASCII, astral and right-to-left text, control characters, quotes, nesting,
    // large, fractional and negative numbers, null, empty containers.
    const data = {
      title: 'Ulaanbaatar — Улаанбаатар 🇲🇳 مرحبا "quoted" \\ back\tslash\u0001',
      amount: 1.2e9,
      fraction: 0.30000000000000004,
      negative: -17.5,
      none: null,
      nested: { list: [1, 'two', { three: [] }], empty: {} },
    };
    const stored = await inTransaction(ds, (tx) => sut.append(tx, stream, 'no-stream', [anEvent('Awkward', data), anEvent('Plain')]));
    const outbox = (await new OutboxStore().next(sqlOf(ds), 10_000)).filter((m) => stored.some((e) => e.eventId === m.eventId));
    expect(outbox).toHaveLength(2);
    const read = await sut.readStream(sqlOf(ds), stream);
    for (const [i, m] of outbox.entries()) {
      expect(JSON.parse(m.json)).toEqual(read[i]);
      expect(JSON.parse(m.json)).toEqual(stored[i]);
      expect(Object.keys(JSON.parse(m.json))).toEqual(Object.keys(read[i]));
      expect([m.eventId, m.type, m.schemaVersion, m.correlationId]).toEqual([read[i].eventId, read[i].type, 1, 'c-1']);
    }
  });

  it('deletes the published rows in the statement that reads the next ones, and does not return them', async () => {
    const stream = `s-${randomUUID()}`;
    const stored = await inTransaction(ds, (tx) => sut.append(tx, stream, 'no-stream', [anEvent('P1'), anEvent('P2'), anEvent('P3')]));
    const outbox = new OutboxStore();
    const mine = async (published: number[] = []) =>
      (await outbox.next(sqlOf(ds), 100_000, published)).filter((m) => stored.some((e) => e.eventId === m.eventId));
    const first = await mine();
    expect(first.map((m) => m.type)).toEqual(['P1', 'P2', 'P3']);
    const rest = await mine(first.slice(0, 2).map((m) => m.id));
    expect(rest.map((m) => m.type)).toEqual(['P3']);
    expect((await mine()).map((m) => m.type)).toEqual(['P3']);
  });

  it('checks the expected version and rolls back the whole append', async () => {
    const stream = `s-${randomUUID()}`;
    await inTransaction(ds, (tx) => sut.append(tx, stream, 'no-stream', [anEvent()]));
    await expect(inTransaction(ds, (tx) => sut.append(tx, stream, 'no-stream', [anEvent()]))).rejects.toBeInstanceOf(
      WrongExpectedVersionError,
    );
    await expect(inTransaction(ds, (tx) => sut.append(tx, stream, 5, [anEvent()]))).rejects.toBeInstanceOf(WrongExpectedVersionError);
    await inTransaction(ds, (tx) => sut.append(tx, stream, 1, [anEvent()]));
    expect((await sut.readStream(sqlOf(ds), stream)).map((e) => e.streamVersion)).toEqual([1, 2]);
  });

  it('lets only one of two racing appends to a new stream win', async () => {
    const stream = `s-${randomUUID()}`;
    const results = await Promise.allSettled([1, 2, 3].map(() => inTransaction(ds, (tx) => sut.append(tx, stream, 'no-stream', [anEvent()]))));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').every((r) => (r as PromiseRejectedResult).reason instanceof WrongExpectedVersionError)).toBe(true);
  });

  it('refuses to update or delete stored events', async () => {
    await expect(sqlOf(ds).query(`UPDATE events SET type = 'X'`)).rejects.toThrow(/append-only/);
    await expect(sqlOf(ds).query(`DELETE FROM events`)).rejects.toThrow(/append-only/);
  });

  it('never lets a reader skip an event that commits late (gap safety)', async () => {
    const start = await sut.head(sqlOf(ds));
    const writers = 24;
    let writing = true;
    const seen: number[] = [];
    // A reader that pages forward from the last position it saw, as every consumer of the log does.
    const reader = (async () => {
      let after = start;
      while (writing || after < (await sut.head(sqlOf(ds)))) {
        const page = await sut.readAll(sqlOf(ds), after, 100);
        for (const e of page) seen.push(e.globalPosition);
        if (page.length) after = page[page.length - 1].globalPosition;
        else await new Promise((r) => setTimeout(r, 2));
      }
    })();
    // Writers that hold their transaction open for a random time after appending.
    await Promise.all(
      Array.from({ length: writers }, (_, i) =>
        inTransaction(ds, async (tx) => {
          await sut.append(tx, `gap-${i}-${randomUUID()}`, 'no-stream', [anEvent(), anEvent()]);
          await new Promise((r) => setTimeout(r, Math.random() * 40));
        }),
      ),
    );
    writing = false;
    await reader;
    const all = (await sut.readAll(sqlOf(ds), start, 10_000)).map((e) => e.globalPosition);
    expect(all).toHaveLength(writers * 2);
    expect(seen).toEqual(all);
  });
});
