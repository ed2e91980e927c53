import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { DataSource } from 'typeorm';
import { FACT_RETRACTED, groupMentions, toMention, type EventEnvelope, type Fact, type FactDraft } from '@dyad/domain';
import { inTransaction, sqlOf } from '@dyad/event-store';
import { storeEnvelopes } from '../../../test/support/events';
import { migratedTestDatabase } from '../../../test/support/infra';
import { aMeeting, anAbstention, anAgreement, asEvent } from '../../../test/fixtures/facts.builders';
import { PROJECTION_MIGRATIONS } from './migrations';
import { applyFactEvents, loadCheckpoints, saveCheckpoint, saveCheckpoints } from './relations.projection';
import { groupAllStories } from './story-store';
import { RelationsQueries } from './relations.queries';

describe('relations projection (real Postgres)', () => {
  let db: Awaited<ReturnType<typeof migratedTestDatabase>>;
  let ds: DataSource;
  const queries = new RelationsQueries();

  beforeAll(async () => {
    db = await migratedTestDatabase({ extraMigrations: PROJECTION_MIGRATIONS });
    ds = db.ds;
  });
  afterAll(async () => {
    await db?.close();
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
    // As the service does: appended to the event store, then projected (queries read each fact's JSON there).
    await storeEnvelopes(ds, batch);
    expect(await inTransaction(ds, (tx) => applyFactEvents(tx, batch))).toBe(4);
    const first = await snapshot();
    expect(first.jpnMng.counts).toMatchObject({ MeetingHeld: 1, AgreementSigned: 2, VoteAbstained: 0 });
    expect(first.jpnMng.agreements.valueByCurrency).toEqual([{ currency: 'JPY', amount: 300_000_000 }]);
    expect(first.jpnMng.meetings.items[0]).toMatchObject({ date: '2022-05-01', location: { city: 'Ulaanbaatar' } });
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

  it("saves a group's checkpoints in one statement: each partition forward only, the furthest of a partition named twice", async () => {
    await inTransaction(ds, (tx) =>
      saveCheckpoints(tx, [
        { topic: 'g', partition: 2, nextOffset: '5' },
        { topic: 'g', partition: 0, nextOffset: '12' },
        { topic: 'h', partition: 0, nextOffset: '3' },
        { topic: 'g', partition: 2, nextOffset: '9' },
        { topic: 'g', partition: 2, nextOffset: '8' },
      ]),
    );
    await inTransaction(ds, (tx) =>
      saveCheckpoints(tx, [
        { topic: 'g', partition: 0, nextOffset: '11' },
        { topic: 'g', partition: 1, nextOffset: '4' },
      ]),
    );
    await inTransaction(ds, (tx) => saveCheckpoints(tx, []));
    expect([...(await loadCheckpoints(sqlOf(ds), 'g'))].sort()).toEqual([
      [0, '12'],
      [1, '4'],
      [2, '9'],
    ]);
    expect([...(await loadCheckpoints(sqlOf(ds), 'h'))]).toEqual([[0, '3']]);
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
  describe('stories', () => {
    const reset = () => inTransaction(ds, (tx) => tx.query(`TRUNCATE fact_index, stories, story_dyads, dyad_stats, projection_state`));
    const meeting = (date: string, city: string | null): FactDraft =>
      ({ ...aMeeting().between('CHN', 'USA'), date, location: city ? { city, country: null } : null }) as FactDraft;
    const retractionOf = (e: EventEnvelope): EventEnvelope => ({
      ...e,
      eventId: randomUUID(),
      type: FACT_RETRACTED,
      globalPosition: e.globalPosition + 100_000,
      data: { factId: e.eventId, articleId: (e.data as Fact).articleId, factType: e.type, reason: 'retracted', supersededBy: null, key: 'CHN-USA' },
    });
    const storedStories = async () =>
      (await sqlOf(ds).query<{ story_id: string; ids: string[] }>(
        `SELECT s.story_id, array_agg(f.event_id::text ORDER BY f.event_id::text) AS ids FROM stories s
         JOIN fact_index f ON f.story_id = s.story_id AND f.retracted_at IS NULL GROUP BY s.story_id ORDER BY s.story_id`,
      )).map((r) => ({ storyId: r.story_id, ids: r.ids }));
    const expected = (facts: EventEnvelope[]) =>
      groupMentions(facts.map((e) => toMention({ ...(e.data as Fact), factId: e.eventId }))).map((g) => ({ storyId: g.storyId, ids: g.factIds }));
    const stat = async () => (await sqlOf(ds).query<{ count: number }>(`SELECT count FROM dyad_stats WHERE dyad = 'CHN-USA' AND type = 'MeetingHeld'`))[0]?.count ?? 0;

    it('in Postgres equal a grouping of all mentions, whatever the batches and their order, with retractions', async () => {
      const day = fc.constantFrom('2022-05-01', '2022-05-02', '2022-05-20', '2022-05', '2022-06-01', '2022-06', '2022');
      const draft = fc.record({ date: day, city: fc.constantFrom(null, null, 'Geneva', 'Beijing') });
      await fc.assert(
        fc.asyncProperty(
          fc.array(draft, { minLength: 1, maxLength: 14 }),
          fc.func(fc.integer()),
          fc.integer({ min: 1, max: 5 }),
          fc.array(fc.nat(), { maxLength: 4 }),
          async (drafts, rank, batchSize, retractPicks) => {
            await reset();
            const events = drafts.map((d) => asEvent(meeting(d.date, d.city)));
            const order = [...events].sort((a, b) => rank(a.eventId) - rank(b.eventId) || a.globalPosition - b.globalPosition);
            for (let i = 0; i < order.length; i += batchSize) await inTransaction(ds, (tx) => applyFactEvents(tx, order.slice(i, i + batchSize)));
            expect(await storedStories()).toEqual(expected(events));
            const gone = new Set(retractPicks.map((p) => events[p % events.length]));
            await inTransaction(ds, (tx) => applyFactEvents(tx, [...gone].map(retractionOf)));
            const left = events.filter((e) => !gone.has(e));
            expect(await storedStories()).toEqual(expected(left));
            expect(await stat()).toBe(expected(left).length);
            // The counters equal a recount from the stories themselves.
            const [recount] = await sqlOf(ds).query<{ same: boolean }>(
              `SELECT coalesce((SELECT count::int FROM dyad_stats WHERE dyad = 'CHN-USA' AND type = 'MeetingHeld'), 0) = count(*)::int
                  AND (SELECT last_event_date FROM dyad_stats WHERE dyad = 'CHN-USA' AND type = 'MeetingHeld') IS NOT DISTINCT FROM max(date_to) AS same
               FROM stories WHERE dyads @> ARRAY['CHN-USA']`,
            );
            expect(recount.same).toBe(true);
            // The rebuild's one-pass grouping gives the same stories and counts.
            const stats = () => sqlOf(ds).query(`SELECT * FROM dyad_stats ORDER BY dyad, type`);
            const before = { stories: await storedStories(), stats: await stats() };
            await inTransaction(ds, async (tx) => {
              await tx.query(`TRUNCATE stories, story_dyads, dyad_stats`);
              await tx.query(`UPDATE fact_index SET story_id = NULL`);
              await groupAllStories(tx, 3, 2);
            });
            expect({ stories: await storedStories(), stats: await stats() }).toEqual(before);
          },
        ),
        { numRuns: 25 },
      );
    });
  });
});
