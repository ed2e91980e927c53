import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { articleStreamId, FACT_RETRACTED, type NewEvent } from '@dyad/domain';
import { createDataSource, inTransaction, PostgresEventStore, sqlOf } from '@dyad/event-store';
import { migratedTestDatabase } from '../../../test/support/infra';
import { PROJECTION_MIGRATIONS } from './migrations';
import { PROJECTED_TYPES, rebuildRelations } from './rebuild';
import { applyFactEvents, RELATIONS_PROJECTION } from './relations.projection';

/**
 * A rebuild must equal the incremental projection of the same events: every fact_index column
 * (report date and Goldstein score included), stories, story_dyads, dyad_stats, the position and the applied count.
 */
describe('rebuild from the event store (real Postgres)', () => {
  let db: Awaited<ReturnType<typeof migratedTestDatabase>>;
  let ds: DataSource;
  const store = new PostgresEventStore(() => null);

  beforeAll(async () => {
    db = await migratedTestDatabase({ extraMigrations: PROJECTION_MIGRATIONS });
    ds = db.ds;
  });
  afterAll(async () => {
    await db?.close();
  });

  // A deterministic generator, so a failure can be replayed.
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const CODES = ['CHN', 'USA', 'JPN', 'MNG', 'RUS', 'UKR', 'FRA'];
  const two = () => {
    const a = pick(CODES);
    let b = pick(CODES);
    while (b === a) b = pick(CODES);
    return [a, b];
  };
  const DATES = [undefined, null, '', '2022', '2022-05', '2022-05-01', '2022-05-02', '2022-05-31', '2022-02', '2024-02-29', '2022-13', '2022-02-30', '0000', 'soon'];
  const REPORTED = [undefined, null, '2022-05-01', '2022-05-03T10:00:00Z', '2021-12-31'];
  const CITIES = [undefined, null, '', 'Geneva', 'GENEVA', 'Genève', 'São Paulo', 'Zürich', 'New York', 'İstanbul', '北京', '  '];
  const AMOUNTS = [undefined, null, 260_000_000, 0.5, 1e21, 1e-7, 0, -3, '12', 40_000_000];
  const CURRENCIES = [undefined, null, 'JPY', 'USD', ''];

  /** A fact's data as the service could have stored it, with the odd shapes the mapping must survive. */
  function factData(articleId: string): Record<string, unknown> {
    const common: Record<string, unknown> = {
      confidence: 0.8,
      modality: 'asserted',
      extractor: { name: 'test', version: '1' },
      source: 'extractor',
      evidence: { sentence: 'Something happened.', start: 0, end: 19 },
      cameo: pick([null, undefined, { code: '036', goldstein: 4, quadClass: 1 }, { code: '057', goldstein: 8.1, quadClass: 1 }]),
      articleId: pick([articleId, articleId, null, undefined]),
      outlet: pick(['Reuters', 'AP', '', null, undefined, 'Tab\tNew\nline \\N "q" {x,y}']),
    };
    const date = pick(DATES);
    if (date !== undefined) common.date = date;
    const reportedAt = pick(REPORTED);
    if (reportedAt !== undefined) common.reportedAt = reportedAt;
    const [a, b] = two();
    const value = () => {
      const amount = pick(AMOUNTS);
      if (amount === undefined) return pick([undefined, null]);
      const v: Record<string, unknown> = { amount };
      const c = pick(CURRENCIES);
      if (c !== undefined) v.currency = c;
      return v;
    };
    switch (pick(['MeetingHeld', 'MeetingHeld', 'AgreementSigned', 'CooperationAgreed', 'VoteAbstained', 'VoteCast', 'AidPledged', 'AppealMade', 'VisitMade'])) {
      case 'MeetingHeld': {
        const participants = rnd() < 0.25 ? [a, b, pick(CODES), pick(CODES)] : [a, b];
        const city = pick(CITIES);
        const location = rnd() < 0.15 ? null : city === undefined ? { country: b } : { city, country: b };
        return { ...common, type: 'MeetingHeld', participants, location };
      }
      case 'AgreementSigned':
        return { ...common, type: 'AgreementSigned', parties: [a, b], value: value() };
      case 'CooperationAgreed':
        return { ...common, type: 'CooperationAgreed', parties: [b, a, a], about: 'trade' };
      case 'VoteAbstained':
        return { ...common, type: 'VoteAbstained', country: a, body: 'UNGA', concerning: pick([undefined, null, [], [b], [b, a], [b, b, pick(CODES)]]), resolution: pick([undefined, null, { symbol: 'A/ES-11/L.1' }, { symbol: null }, {}]) };
      case 'VoteCast':
        return { ...common, type: 'VoteCast', country: a, body: pick(['UNGA', 'UNSC']), position: pick(['yes', 'no']), concerning: [b], resolution: { symbol: pick(['A/1', 'A/2']) } };
      case 'AidPledged':
        return { ...common, type: 'AidPledged', donor: a, recipient: b, value: value() };
      case 'AppealMade':
        return { ...common, type: 'AppealMade', from: a, to: b };
      default:
        return { ...common, type: 'VisitMade', visitor: a, host: b };
    }
  }

  const meta = { correlationId: 'c', causationId: null };
  const occurredAt = () => pick(['2022-05-01T10:00:00.000Z', '2022-05-31T23:59:59.999Z', '2021-12-31T23:30:00.000Z', '2023-03-04T00:00:00.000Z']);

  /** Appends `articles` article streams of facts, then retractions of some of them (a few twice). */
  async function fillStore(articles: number): Promise<void> {
    const facts: { articleId: string; factId: string; type: string; version: number }[] = [];
    for (let i = 0; i < articles; i++) {
      const articleId = randomUUID();
      const events: NewEvent[] = [];
      for (let k = 1 + Math.floor(rnd() * 5); k > 0; k--) {
        const data = factData(articleId);
        const eventId = randomUUID();
        events.push({ eventId, type: data.type as string, schemaVersion: 1, occurredAt: occurredAt(), data, metadata: meta } as NewEvent);
        facts.push({ articleId, factId: eventId, type: data.type as string, version: events.length });
      }
      await inTransaction(ds, (tx) => store.append(tx, articleStreamId(articleId), 'no-stream', events));
    }
    const retracted = facts.filter(() => rnd() < 0.2);
    for (const f of [...retracted, ...retracted.slice(0, 3)]) {
      const data = { factId: f.factId, articleId: f.articleId, factType: f.type, reason: 'retracted', supersededBy: rnd() < 0.5 ? null : pick(facts).factId, key: 'X' };
      await inTransaction(ds, (tx) =>
        store.append(tx, articleStreamId(f.articleId), 'any', [{ eventId: randomUUID(), type: FACT_RETRACTED, schemaVersion: 1, occurredAt: occurredAt(), data, metadata: meta } as NewEvent]),
      );
    }
  }

  const snapshot = async () => {
    const q = sqlOf(ds);
    return {
      facts: await q.query(
        `SELECT event_id, global_position::text, type, article_id, outlet, countries, dyads, story_key, story_id, place, tag, fact_date,
                date_from::text, date_to::text, recorded_at, retracted_at, superseded_by, reported_at, goldstein::text
         FROM fact_index ORDER BY event_id`,
      ),
      stories: await q.query(`SELECT * FROM stories ORDER BY story_id`),
      storyDyads: await q.query(`SELECT * FROM story_dyads ORDER BY dyad, type, story_id`),
      dyadStats: await q.query(`SELECT * FROM dyad_stats ORDER BY dyad, type`),
      state: await q.query(`SELECT last_position::text, repaired_position::text, applied_events::text FROM projection_state WHERE projection = $1`, [
        RELATIONS_PROJECTION,
      ]),
    };
  };
  const indexes = () =>
    sqlOf(ds).query(
      `SELECT indexrelid::regclass::text AS name, pg_get_indexdef(indexrelid) AS def FROM pg_index
       WHERE indrelid = ANY(ARRAY['fact_index', 'stories', 'story_dyads', 'dyad_stats']::regclass[]) ORDER BY 1`,
    );

  it('equals the incremental projection of the same events, every column, stories, counts and position included', async () => {
    const indexesBefore = await indexes();
    await fillStore(160);
    // The incremental projection: the store's fact events in batches, as the projector applies them.
    const all = await store.readAll(sqlOf(ds), 0, 1_000_000, PROJECTED_TYPES);
    const last = all[all.length - 1].globalPosition;
    let applied = 0;
    for (let i = 0; i < all.length; ) {
      const n = 1 + Math.floor(rnd() * 40);
      applied += await inTransaction(ds, (tx) => applyFactEvents(tx, all.slice(i, i + n)));
      i += n;
    }
    await inTransaction(ds, (tx) => tx.query(`UPDATE projection_state SET repaired_position = last_position`));
    const incremental = await snapshot();
    expect(incremental.facts.length).toBeGreaterThan(300);
    expect(incremental.facts.some((f) => f.retracted_at !== null)).toBe(true);
    expect(incremental.stories.some((s) => Number(s.mention_count) > 1)).toBe(true);
    expect(incremental.state).toEqual([{ last_position: String(last), repaired_position: String(last), applied_events: String(applied) }]);

    for (const pageSize of [7, 10_000]) {
      const r = await rebuildRelations(ds, pageSize);
      expect(r).toMatchObject({ events: applied, lastPosition: last });
      expect(await snapshot()).toEqual(incremental);
      expect(await indexes()).toEqual(indexesBefore);
    }

    // With a pool of one connection (no reader connection to spare) the result is the same.
    const single = createDataSource({ url: db.url, poolSize: 1, extraMigrations: PROJECTION_MIGRATIONS });
    await single.initialize();
    try {
      expect(await rebuildRelations(single, 50)).toMatchObject({ events: applied, lastPosition: last });
    } finally {
      await single.destroy();
    }
    expect(await snapshot()).toEqual(incremental);

    // The projector goes on after a rebuild: a replay changes nothing, new facts apply.
    expect(await inTransaction(ds, (tx) => applyFactEvents(tx, all))).toBe(0);
    expect(await snapshot()).toEqual(incremental);
  });

  it('groups chains, ties and isolated mentions of one key as the projector does', async () => {
    // One story key (a meeting of the same two countries, no city): mentions that overlap only
    // through a longer earlier one, ties in start, neighbours that touch no one, and a bridge
    // that is retracted. The rebuild sends only overlapping mentions through the grouping.
    const dated: [string, boolean][] = [
      ['2020-03-01', false],
      ['2021-06', false], ['2021-06-15', false], ['2021-06-15', false], ['2021-07-01', false],
      ['2019', false], ['2019-12-31', false], ['2019-01-01', false],
      ['2018-01', false], ['2018-01-01', false],
      ['2017', false], ['2017-02-01', false], ['2017-11-30', false],
      ['2016-01-01', false], ['2016-01', true], ['2016-01-31', false],
    ];
    const articleId = randomUUID();
    const events = dated.map(([date]) => ({
      eventId: randomUUID(), type: 'MeetingHeld', schemaVersion: 1, occurredAt: '2022-05-01T10:00:00.000Z', metadata: meta,
      data: { type: 'MeetingHeld', participants: ['FRA', 'JPN'], date, articleId, outlet: 'AP', reportedAt: '2022-05-01' },
    })) as NewEvent[];
    // Values no extractor writes but a store may hold: a number among the countries, a numeric
    // outlet and date, an object for an outlet (each column must come out as the projector's).
    const odd = [
      { type: 'MeetingHeld', participants: [5, 'JPN'], date: 2022, outlet: 1e21, reportedAt: '2022-05-01' },
      { type: 'AppealMade', from: 'FRA', to: 'JPN', outlet: { name: 'AP' }, date: '2022-05', reportedAt: '2022-05-01' },
    ].map((data) => ({ eventId: randomUUID(), type: data.type, schemaVersion: 1, occurredAt: '2022-05-01T10:00:00.000Z', metadata: meta, data }));
    events.push(...(odd as NewEvent[]));
    await inTransaction(ds, (tx) => store.append(tx, articleStreamId(articleId), 'no-stream', events));
    const retractions = dated.flatMap(([, retract], i) => (retract ? [events[i]] : [])).map((e) => ({
      eventId: randomUUID(), type: FACT_RETRACTED, schemaVersion: 1, occurredAt: occurredAt(), metadata: meta,
      data: { factId: e.eventId, articleId, factType: e.type, reason: 'retracted', supersededBy: null, key: 'X' },
    })) as NewEvent[];
    await inTransaction(ds, (tx) => store.append(tx, articleStreamId(articleId), 'any', retractions));
    const all = await store.readAll(sqlOf(ds), 0, 1_000_000, PROJECTED_TYPES);
    await inTransaction(ds, (tx) => applyFactEvents(tx, all));
    await inTransaction(ds, (tx) => tx.query(`UPDATE projection_state SET repaired_position = last_position`));
    const incremental = await snapshot();
    // The random facts above are all dated from 2021-12-31 on.
    const counts = (await sqlOf(ds).query<{ n: number }>(
      `SELECT mention_count AS n FROM stories WHERE story_key = 'MeetingHeld:FRA,JPN' AND date_to < '2021-12-01' ORDER BY date_from`,
    )).map((r) => Number(r.n));
    // 2016: two alone (their bridge is retracted); 2017: three (the year joins the other two);
    // 2018: two (a tie in start); 2019: three; 2020: alone; 2021: the month and its two days, and 07-01 alone.
    expect(counts).toEqual([1, 1, 3, 2, 3, 1, 3, 1]);

    // Pages of 3 (groups read 6 at a time): the next page is fetched while earlier stories are flushed.
    for (const pageSize of [3, 10_000]) {
      await rebuildRelations(ds, pageSize);
      expect(await snapshot()).toEqual(incremental);
    }
  });

  it('rolls back as a whole when it fails, indexes included', async () => {
    const before = await snapshot();
    const indexesBefore = await indexes();
    // A rebuild that fails midway (here: an event whose data the mapping cannot read).
    const articleId = randomUUID();
    await inTransaction(ds, (tx) =>
      store.append(tx, articleStreamId(articleId), 'no-stream', [
        { eventId: randomUUID(), type: 'MeetingHeld', schemaVersion: 1, occurredAt: occurredAt(), data: { type: 'MeetingHeld', participants: ['CHN', 'USA'], articleId: 'not-a-uuid' }, metadata: meta } as NewEvent,
      ]),
    );
    await expect(rebuildRelations(ds)).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
    expect(await indexes()).toEqual(indexesBefore);
  });
});
