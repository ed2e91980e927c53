import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { COUNTRIES, type EventEnvelope, type Fact, type FactDraft } from '@dyad/domain';
import { inTransaction, sqlOf } from '@dyad/event-store';
import { storeEnvelopes } from '../../../test/support/events';
import { migratedTestDatabase } from '../../../test/support/infra';
import { aMeeting, anAbstention, anAgreement, asEvent } from '../../../test/fixtures/facts.builders';
import { PROJECTION_MIGRATIONS } from './migrations';
import { AnswerCache } from './answer-cache';
import { decodePartnerCursor, decodeStoryCursor, MENTIONS_PER_STORY } from './relation-page';
import { applyFactEvents, relationAnswerScopes } from './relations.projection';
import { RelationsQueries } from './relations.queries';

/** Bounded answers and cursors of the read queries, on the projector's real tables. */
describe('relations queries: bounds and cursors (real Postgres)', () => {
  let db: Awaited<ReturnType<typeof migratedTestDatabase>>;
  let ds: DataSource;
  const queries = new RelationsQueries();
  const sql = () => sqlOf(ds);
  const apply = async (events: EventEnvelope[]) => (await storeEnvelopes(ds, events), inTransaction(ds, (tx) => applyFactEvents(tx, events)));
  const day = (i: number) => new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  const dated = (d: FactDraft, date: string) => ({ ...d, date }) as FactDraft;
  /** The FactRetracted event of a fact event. */
  const retraction = (e: EventEnvelope, key: string) =>
    ({
      ...e,
      eventId: randomUUID(),
      type: 'FactRetracted',
      globalPosition: e.globalPosition + 100_000,
      data: { factId: e.eventId, articleId: (e.data as Fact).articleId, factType: e.type, reason: 'retracted', supersededBy: null, key },
    }) as unknown as EventEnvelope;
  // Far enough ahead to see everything: time travel over the same facts.
  const later = () => new Date(Date.now() + 86_400_000).toISOString();

  beforeAll(async () => {
    db = await migratedTestDatabase({ extraMigrations: PROJECTION_MIGRATIONS });
    ds = db.ds;
    // JPN-MNG: 30 meetings on distinct days, 25 agreements (values in two currencies), one meeting
    // reported 12 times; both countries' votes on two resolutions.
    const events: EventEnvelope[] = [];
    for (let i = 0; i < 30; i++) events.push(asEvent(dated(aMeeting().between('JPN', 'MNG'), day(i * 3))));
    for (let i = 0; i < 25; i++) events.push(asEvent(dated(anAgreement().between('JPN', 'MNG', 1000 + i, i % 2 ? 'USD' : 'JPY'), day(i * 5 + 1))));
    for (let i = 0; i < 12; i++) events.push(asEvent(dated(aMeeting().between('JPN', 'MNG'), '2021-06-01')));
    const vote = (country: string, position: 'yes' | 'no', symbol: string, date: string) =>
      ({ ...anAbstention().by(country, 'RUS', 'UKR'), type: 'VoteCast', position, date, resolution: { symbol, subject: null } }) as unknown as FactDraft;
    events.push(asEvent(vote('JPN', 'yes', 'A/ES-11/1', '2022-03-02')), asEvent(vote('MNG', 'yes', 'A/ES-11/1', '2022-03-02')));
    events.push(asEvent(vote('JPN', 'yes', 'A/ES-11/4', '2022-10-12')), asEvent(vote('MNG', 'no', 'A/ES-11/4', '2022-10-12')));
    // A third country's vote on the same resolution changes nothing between JPN and MNG.
    events.push(asEvent(vote('CHN', 'no', 'A/ES-11/4', '2022-10-12')));
    // MNG with 60 partners, partner i met i % 4 + 1 times.
    const partners = [...COUNTRIES.keys()].filter((c) => c !== 'MNG' && c !== 'JPN').slice(0, 60);
    partners.forEach((p, i) => {
      for (let k = 0; k <= i % 4; k++) events.push(asEvent(dated(aMeeting().between('MNG', p), day(400 + i * 7 + k))));
    });
    for (let i = 0; i < events.length; i += 50) await apply(events.slice(i, i + 50));
  });
  afterAll(async () => {
    await db?.close();
  });

  it('bounds every list of a relation and says how many there are', async () => {
    const rel = await queries.relation(sql(), 'MNG', 'JPN', {}, 5);
    expect(rel.counts).toMatchObject({ MeetingHeld: 31, AgreementSigned: 25, VoteCast: 0 });
    expect(rel.total).toBe(56);
    expect(rel.meetings.count).toBe(31);
    expect(rel.meetings.items).toHaveLength(5);
    expect(rel.meetings.items[0].date).toBe('2021-06-01');
    expect(rel.meetings.items.map((m) => m.dateTo)).toEqual([...rel.meetings.items.map((m) => m.dateTo)].sort().reverse());
    expect(rel.agreements.items).toHaveLength(5);
    expect(rel.agreements.valueByCurrency).toEqual([
      { currency: 'JPY', amount: [0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24].reduce((s, i) => s + 1000 + i, 0) },
      { currency: 'USD', amount: [1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23].reduce((s, i) => s + 1000 + i, 0) },
    ]);
    expect(rel.timeline.count).toBe(56);
    expect(rel.timeline.items).toHaveLength(5);
    expect(Object.keys(rel.timeline.items[0]).sort()).toEqual(['articleCount', 'date', 'dateFrom', 'dateTo', 'outletCount', 'storyId', 'type']);
    expect(rel.votes).toEqual({ count: 0, items: [], nextCursor: null });
    expect(rel.lastEventAt).toBe('2021-06-01');
    // One story reported 12 times lists at most MENTIONS_PER_STORY of them and counts them all.
    expect(rel.meetings.items[0]).toMatchObject({ mentionCount: 12, articleCount: 12 });
    expect(rel.meetings.items[0].mentions).toHaveLength(MENTIONS_PER_STORY);
    expect(rel.limit).toBe(5);
    // The default limit.
    expect((await queries.relation(sql(), 'JPN', 'MNG')).meetings.items).toHaveLength(20);
  });

  it('pages every list to its end with the cursors, without repeats, newest first', async () => {
    const rel = await queries.relation(sql(), 'JPN', 'MNG', {}, 7);
    for (const [list, expected] of [
      ['meetings', 31],
      ['agreements', 25],
      ['timeline', 56],
    ] as const) {
      const seen: { storyId: string; dateTo: string }[] = [...rel[list].items];
      let cursor = rel[list].nextCursor;
      while (cursor) {
        const page = await queries.stories(sql(), 'MNG', 'JPN', { cursor: decodeStoryCursor(cursor, () => true)!, limit: 7 });
        expect(page.items.length).toBeLessThanOrEqual(7);
        seen.push(...page.items);
        cursor = page.nextCursor;
      }
      expect(seen).toHaveLength(expected);
      expect(new Set(seen.map((s) => s.storyId)).size).toBe(expected);
      const keys = seen.map((s) => `${s.dateTo} ${s.storyId}`);
      expect(keys).toEqual([...keys].sort().reverse());
    }
    // A first page by type.
    const votesPage = await queries.stories(sql(), 'JPN', 'MNG', { types: ['AgreementSigned'], limit: 100 });
    expect(votesPage.items).toHaveLength(25);
    expect(votesPage.nextCursor).toBeNull();
  });

  it('answers time travel over the same facts exactly as the current view (but the decay instant)', async () => {
    const strip = ({ cooperation, window, ...rest }: Awaited<ReturnType<RelationsQueries['relation']>>) => ({ ...rest, coopStories: cooperation.stories });
    const asOf = later();
    const now = await queries.relation(sql(), 'JPN', 'MNG', {}, 6);
    const then = await queries.relation(sql(), 'JPN', 'MNG', { asOf }, 6);
    expect(strip(then)).toEqual(strip(now));
    const cursor = decodeStoryCursor(now.timeline.nextCursor!, () => true)!;
    expect((await queries.stories(sql(), 'JPN', 'MNG', { cursor, limit: 9, window: { asOf } })).items).toEqual(
      (await queries.stories(sql(), 'JPN', 'MNG', { cursor, limit: 9 })).items,
    );
    // A window keeps the events in it, bounded the same way.
    const windowed = await queries.relation(sql(), 'JPN', 'MNG', { from: '2020-01-01', until: '2020-01-31' }, 3);
    expect(windowed.meetings.count).toBe(11);
    expect(windowed.meetings.items).toHaveLength(3);
    expect(windowed.window).toEqual({ asOf: null, from: '2020-01-01', until: '2020-01-31' });
  });

  it('measures voting agreement over the two countries own votes, with bounded items', async () => {
    const rel = await queries.relation(sql(), 'JPN', 'MNG', {}, 1);
    expect(rel.votingAgreement).toMatchObject({ resolutions: 2, agreed: 1, ratio: 0.5 });
    expect(rel.votingAgreement.items).toEqual([expect.objectContaining({ symbol: 'A/ES-11/4', date: '2022-10-12', JPN: 'yes', MNG: 'no' })]);
    const then = await queries.relation(sql(), 'JPN', 'MNG', { asOf: later() }, 1);
    expect(then.votingAgreement).toEqual(rel.votingAgreement);
    expect((await queries.relation(sql(), 'JPN', 'MNG', { until: '2022-06' }, 5)).votingAgreement).toMatchObject({ resolutions: 1, agreed: 1 });
  });

  it('finds every resolution both voted on, through votes dated by a day, a month or a year', async () => {
    const cast = (country: string, position: 'yes' | 'no', date: string, ...concerning: string[]) =>
      ({ ...anAbstention().by(country, ...concerning), type: 'VoteCast', position, date, resolution: null }) as unknown as FactDraft;
    const abstain = (country: string, date: string, ...concerning: string[]) => ({ ...anAbstention().by(country, ...concerning), date }) as FactDraft;
    await apply(
      [
        // A day within a month: one resolution.
        cast('ESP', 'yes', '2023-04-05', 'RUS', 'UKR'),
        cast('ITA', 'yes', '2023-04', 'RUS', 'UKR'),
        // February and November of 2023, one resolution through a report dated only "2023".
        abstain('ESP', '2023-02-01', 'ISR'),
        abstain('ESP', '2023', 'ISR'),
        abstain('ITA', '2023-11-20', 'ISR'),
        // Different months, nothing wider: two resolutions, neither voted on by both.
        cast('ESP', 'yes', '2023-01-10', 'PSE'),
        cast('ITA', 'yes', '2023-03-10', 'PSE'),
      ].map((d) => asEvent(d)),
    );
    const now = await queries.relation(sql(), 'ITA', 'ESP');
    expect(now.votingAgreement).toMatchObject({ resolutions: 2, agreed: 2 });
    expect(now.votingAgreement.items.map((i) => i.date)).toEqual(['2023-04-05', '2023-02-01']);
    expect((await queries.relation(sql(), 'ITA', 'ESP', { asOf: later() })).votingAgreement).toEqual(now.votingAgreement);
  });

  it('pages a country`s partners by rank with a cursor, the same now and in time travel', async () => {
    const first = await queries.countryRelations(sql(), 'MNG');
    expect(first.partnerCount).toBe(63); // 60 met, JPN, and RUS and UKR through its votes
    expect(first.partners).toHaveLength(50);
    expect(first.partners[0]).toMatchObject({ partner: { iso3: 'JPN' }, total: 56, dyad: 'JPN-MNG' });
    expect(first.partners[0].counts).toMatchObject({ MeetingHeld: 31, AgreementSigned: 25, VoteCast: 0 });
    const all = [...first.partners];
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await queries.countryRelations(sql(), 'MNG', {}, { limit: 4, cursor: decodePartnerCursor(cursor)! });
      expect(page.partners.length).toBeLessThanOrEqual(4);
      all.push(...page.partners);
      cursor = page.nextCursor;
    }
    expect(all).toHaveLength(63);
    expect(new Set(all.map((p) => p.dyad)).size).toBe(63);
    for (let i = 1; i < all.length; i++) {
      const [m, n] = [all[i - 1], all[i]];
      expect(m.total > n.total || (m.total === n.total && (m.lastEventAt > n.lastEventAt || (m.lastEventAt === n.lastEventAt && m.dyad < n.dyad)))).toBe(true);
    }
    const then = await queries.countryRelations(sql(), 'MNG', { asOf: later() }, { limit: 63 });
    expect(then.partners).toEqual(all);
    const small = await queries.countryRelations(sql(), 'MNG', {}, { limit: 3 });
    const smallThen = await queries.countryRelations(sql(), 'MNG', { asOf: later() }, { limit: 3 });
    expect(smallThen.nextCursor).toBe(small.nextCursor);
  });

  it('finds every mention of a story chained through a year-dated report', async () => {
    // Two days of 2019 are one story through a report dated only "2019" (and a month of it).
    const drafts = ['2019-02-03', '2019', '2019-11-20', '2019-11'].map((d) => dated(aMeeting().between('FRA', 'DEU'), d));
    await apply(drafts.map((d) => asEvent(d)));
    const now = await queries.relation(sql(), 'FRA', 'DEU');
    expect(now.meetings.count).toBe(1);
    expect(now.meetings.items[0]).toMatchObject({ mentionCount: 4, dateFrom: '2019-02-03' });
    expect(now.meetings.items[0].mentions).toHaveLength(4);
    expect((await queries.relation(sql(), 'FRA', 'DEU', { asOf: later() })).meetings).toEqual(now.meetings);
  });

  it('caches answers only while the projection is unchanged', async () => {
    const cache = new AnswerCache<Awaited<ReturnType<RelationsQueries['relation']>>>({ validateMs: 0, maxEntries: 10 });
    const get = () => cache.get(sql(), 'JPN-CHN', () => queries.relation(sql(), 'JPN', 'CHN'));
    const first = await get();
    expect(await get()).toBe(first); // the same object: served from the cache
    expect(cache.hits).toBe(1);
    // A projector batch (or a rebuild, or the repair) writes projection_state in its transaction.
    await apply([asEvent(dated(aMeeting().between('JPN', 'CHN'), '2023-02-01'))]);
    const after = await get();
    expect(after.counts.MeetingHeld).toBe(first.counts.MeetingHeld + 1);
    expect(cache.misses).toBe(2);
    expect(await get()).toBe(after);
    // Within validateMs the version is not re-read; 0 ms here re-reads every time.
    const slow = new AnswerCache<number>({ validateMs: 60_000, maxEntries: 10 });
    let n = 0;
    expect(await slow.get(sql(), 'k', async () => ++n)).toBe(1);
    await apply([asEvent(dated(aMeeting().between('JPN', 'CHN'), '2023-03-01'))]);
    expect(await slow.get(sql(), 'k', async () => ++n)).toBe(1); // within the documented staleness bound
    const off = new AnswerCache<number>({ validateMs: 5, maxEntries: 0 });
    expect(await off.get(sql(), 'k', async () => ++n)).toBe(2);
    expect(await off.get(sql(), 'k', async () => ++n)).toBe(3);
  });

  it("keeps a relation answer across other pairs' changes, and drops it when its pair, a voter's votes, a retraction or a rebuild change", async () => {
    type Rel = Awaited<ReturnType<RelationsQueries['relation']>>;
    const cache = new AnswerCache<Rel>({ validateMs: 0, maxEntries: 10 });
    const get = () => cache.get(sql(), 'ESP-ITA', () => queries.relation(sql(), 'ESP', 'ITA'), relationAnswerScopes('ESP', 'ITA'));
    const vote = (country: string) => ({ ...anAbstention().by(country, 'RUS', 'UKR'), date: '2024-03-02' }) as unknown as FactDraft;
    await apply([asEvent(dated(aMeeting().between('ESP', 'ITA'), '2024-01-01'))]);
    const first = await get();
    expect(first.meetings.count).toBe(1);
    // Another pair's batch moves the projection's version, not this answer's scopes.
    await apply([asEvent(dated(aMeeting().between('FRA', 'POL'), '2024-01-02'))]);
    expect(await get()).toBe(first);
    await apply([asEvent(vote('DEU'))]);
    expect(await get()).toBe(first);
    expect([cache.misses, cache.scopeHits]).toEqual([1, 2]);
    // A vote of one of the two countries can change their voting agreement.
    await apply([asEvent(vote('ESP'))]);
    const afterVote = await get();
    expect(afterVote).not.toBe(first);
    expect(cache.misses).toBe(2);
    // A new mention of the pair, then its retraction.
    const extra = asEvent(dated(aMeeting().between('ITA', 'ESP'), '2024-02-01'));
    await apply([extra]);
    const more = await get();
    expect(more.meetings.count).toBe(2);
    await apply([retraction(extra, 'ESP-ITA')]);
    const back = await get();
    expect(back.meetings.count).toBe(1);
    expect(await get()).toBe(back);
    // A rebuild replaces every read model and stamps projection_state.rebuilt_at (rebuild.ts).
    await sql().query(`UPDATE projection_state SET rebuilt_at = now() WHERE projection = 'relations'`);
    expect(await get()).not.toBe(back);
    expect(cache.misses).toBe(5);
  });

  it('drops retracted mentions from the current view and its counts', async () => {
    const extra = asEvent(dated(aMeeting().between('JPN', 'KOR'), '2023-01-01'));
    await apply([extra]);
    expect((await queries.relation(sql(), 'JPN', 'KOR')).meetings.count).toBe(1);
    await apply([retraction(extra, 'JPN-KOR')]);
    const rel = await queries.relation(sql(), 'JPN', 'KOR');
    expect(rel).toMatchObject({ total: 0, meetings: { count: 0, items: [], nextCursor: null }, timeline: { count: 0, items: [] } });
  });

  it('answers facts at the edges of the float range: year 1, a denormal weight, totals beyond a double', async () => {
    // Each of these made PostgreSQL raise 'value out of range' (a 500): 0.5 to the 2,000th power
    // underflows, so does a denormal weight times 0.5^n, and a sum of two maximal doubles overflows.
    const cameo = (goldstein: number) => ({ code: '04', goldstein, quadClass: 1 });
    const edge = [
      asEvent({ ...dated(aMeeting().between('NOR', 'SWE'), '0001-01-01'), cameo: cameo(4) } as FactDraft),
      asEvent({ ...dated(aMeeting().between('NOR', 'SWE'), '2019-06'), cameo: cameo(Number.MIN_VALUE) } as FactDraft),
      asEvent({ ...dated(aMeeting().between('NOR', 'SWE'), '2024'), cameo: cameo(-2) } as FactDraft),
      asEvent(dated(anAgreement().between('NOR', 'SWE', Number.MAX_VALUE, 'USD'), '0001')),
      asEvent(dated(anAgreement().between('NOR', 'SWE', Number.MAX_VALUE, 'USD'), '1990-02-03')),
      asEvent(dated(anAgreement().between('NOR', 'SWE', 5, 'EUR'), '1990-02-04')),
    ];
    await apply(edge);
    const asJson = (v: unknown) => JSON.parse(JSON.stringify(v));
    const now = asJson(await queries.relation(sql(), 'NOR', 'SWE'));
    const then = asJson(await queries.relation(sql(), 'NOR', 'SWE', { asOf: later() }));
    // Only the 2024 meeting weighs anything: -2 halved once a year since its last day.
    const weight = (at: string) => -2 * 0.5 ** ((Date.parse(at) - Date.parse('2024-12-31')) / 86_400_000 / 365);
    expect(now.cooperation).toMatchObject({ stories: 3, score: Math.round(weight(now.cooperation.at) * 1000) / 1000 });
    expect(then.cooperation.stories).toBe(3);
    expect(then.cooperation.score).toBeCloseTo(weight(then.cooperation.at), 3);
    const values = [{ currency: 'USD', amount: null }, { currency: 'EUR', amount: 5 }];
    expect(now.agreements.valueByCurrency).toEqual(values);
    expect(then.agreements.valueByCurrency).toEqual(values);
  });
});
