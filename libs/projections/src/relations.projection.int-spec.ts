import type { DataSource } from 'typeorm';
import { createDataSource, inTransaction, migrate, sqlOf } from '@dyad/event-store';
import { createTestDatabase } from '../../../test/support/infra';
import { aMeeting, anAbstention, anAgreement, asEvent } from '../../../test/fixtures/facts.builders';
import { ReadModels1764180000100 } from './migrations/1764180000100-read-models';
import { applyFactEvents, loadCheckpoints, saveCheckpoint } from './relations.projection';
import { RelationsQueries } from './relations.queries';

describe('relations projection (real Postgres)', () => {
  let db: { url: string; drop: () => Promise<void> };
  let ds: DataSource;
  const queries = new RelationsQueries();

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = createDataSource({ url: db.url, extraMigrations: [ReadModels1764180000100] });
    await ds.initialize();
    await migrate(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const snapshot = async () => ({
    jpnMng: await queries.relation(sqlOf(ds), 'MNG', 'JPN'),
    mng: await queries.countryRelations(sqlOf(ds), 'MNG'),
  });

  it('builds dyad and country views, and a replayed batch changes nothing', async () => {
    const batch = [
      asEvent(aMeeting().between('JPN', 'MNG')),
      asEvent(anAgreement().between('JPN', 'MNG')),
      asEvent(anAgreement().between('MNG', 'JPN', 40_000_000)),
      asEvent(anAbstention().by('MNG', 'RUS', 'UKR')),
    ];
    expect(await inTransaction(ds, (tx) => applyFactEvents(tx, batch))).toBe(4);
    const first = await snapshot();
    expect(first.jpnMng.counts).toMatchObject({ MeetingHeld: 1, AgreementSigned: 2, VoteAbstained: 0 });
    expect(first.jpnMng.agreements.valueByCurrency).toEqual([{ currency: 'JPY', amount: 300_000_000 }]);
    expect(first.jpnMng.meetings[0]).toMatchObject({ date: '2022-05-01', location: { city: 'Ulaanbaatar' } });
    expect(first.mng.partners.map((p) => [p.partner.iso3, p.total])).toEqual([
      ['JPN', 3],
      ['RUS', 1],
      ['UKR', 1],
    ]);

    // The same batch again, whole and in part, in another order.
    expect(await inTransaction(ds, (tx) => applyFactEvents(tx, [...batch].reverse()))).toBe(0);
    expect(await inTransaction(ds, (tx) => applyFactEvents(tx, batch.slice(1, 3)))).toBe(0);
    expect(await snapshot()).toEqual(first);
  });

  it('keeps a checkpoint that never moves backwards', async () => {
    await inTransaction(ds, (tx) => saveCheckpoint(tx, { topic: 'f', partition: 0, nextOffset: '10' }));
    await inTransaction(ds, (tx) => saveCheckpoint(tx, { topic: 'f', partition: 0, nextOffset: '7' }));
    expect((await loadCheckpoints(sqlOf(ds), 'f')).get(0)).toBe('10');
  });

  it('pages the event index by cursor with filters', async () => {
    const all = await queries.events(sqlOf(ds), { country: 'MNG', limit: 2 });
    expect(all.items).toHaveLength(2);
    const rest = await queries.events(sqlOf(ds), { country: 'MNG', limit: 10, before: all.nextBefore! });
    expect(rest.items).toHaveLength(2);
    expect(rest.nextBefore).toBeNull();
    const ids = [...all.items, ...rest.items].map((i) => i.eventId);
    expect(new Set(ids).size).toBe(4);
    const votes = await queries.events(sqlOf(ds), { dyad: 'MNG-RUS', types: ['VoteAbstained'], from: '2022-03-01', to: '2022-03-31', limit: 10 });
    expect(votes.items.map((i) => i.type)).toEqual(['VoteAbstained']);
    const none = await queries.events(sqlOf(ds), { dyad: 'MNG-RUS', from: '2022-04-01', limit: 10 });
    expect(none.items).toHaveLength(0);
  });
});
