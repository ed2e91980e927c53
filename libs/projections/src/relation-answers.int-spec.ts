import { randomUUID } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { DataSource } from 'typeorm';
import type { EventEnvelope, Fact, FactDraft } from '@dyad/domain';
import { inTransaction, sqlOf } from '@dyad/event-store';
import { storeEnvelopes } from '../../../test/support/events';
import { migratedTestDatabase } from '../../../test/support/infra';
import { aMeeting, anAbstention, anAgreement, asEvent } from '../../../test/fixtures/facts.builders';
import { PROJECTION_MIGRATIONS } from './migrations';
import { DEFAULT_LIST_LIMIT } from './relation-page';
import { answerDay, RelationAnswers, RelationWarmer, type StoredAnswer } from './relation-answers';
import { applyFactEvents } from './relations.projection';
import { RelationsQueries } from './relations.queries';

/** Materialised relation answers and their warmer, on the projector's real tables. */
describe('relation answers (real Postgres)', () => {
  let db: Awaited<ReturnType<typeof migratedTestDatabase>>;
  let ds: DataSource;
  const queries = new RelationsQueries();
  const answers = new RelationAnswers(queries);
  const sql = () => sqlOf(ds);
  const apply = async (events: EventEnvelope[]) => (await storeEnvelopes(ds, events), inTransaction(ds, (tx) => applyFactEvents(tx, events)));
  const dated = (d: FactDraft, date: string) => ({ ...d, date }) as FactDraft;
  const vote = (country: string) => ({ ...anAbstention().by(country, 'RUS', 'UKR'), date: '2024-03-02' }) as unknown as FactDraft;
  const today = answerDay();
  const SENTINEL = '{"served":"from relation_answers"}';
  /** Replaces a stored body (keeping its state): a later answer() equal to it was read, not computed. */
  const mark = (dyad: string) => sql().query(`UPDATE relation_answers SET body = $2 WHERE dyad = $1 AND lim = $3`, [dyad, gzipSync(SENTINEL), DEFAULT_LIST_LIMIT]);
  /** An answer's JSON text. */
  const text = async (r: Promise<StoredAnswer>) => gunzipSync((await r).gz).toString();
  const get = () => text(answers.answer(sql(), 'ITA', 'ESP', DEFAULT_LIST_LIMIT, today));

  beforeAll(async () => {
    db = await migratedTestDatabase({ extraMigrations: PROJECTION_MIGRATIONS });
    ds = db.ds;
  });
  afterAll(async () => {
    await db?.close();
  });

  it('stores the exact JSON of the current relation, and serves it while its scopes, the rebuild and the day stand', async () => {
    await apply([asEvent(dated(aMeeting().between('ESP', 'ITA'), '2024-01-01')), asEvent(vote('ESP')), asEvent(vote('ITA'))]);
    const body = await get();
    expect(body).toBe(JSON.stringify(await queries.relation(sql(), 'ESP', 'ITA')));
    expect(JSON.parse(body)).toMatchObject({ dyad: 'ESP-ITA', meetings: { count: 1 }, votingAgreement: { resolutions: 1, agreed: 1 } });
    await mark('ESP-ITA');
    expect(await get()).toBe(SENTINEL);
    // Another pair's stories and a third country's vote leave it standing.
    await apply([asEvent(dated(aMeeting().between('FRA', 'POL'), '2024-01-02')), asEvent(vote('DEU'))]);
    expect(await get()).toBe(SENTINEL);
    // One of its countries' votes, the pair's own mention, its retraction, a rebuild, another day: computed again.
    const changes: [string, () => Promise<unknown>][] = [
      ['a vote of ESP', () => apply([asEvent({ ...vote('ESP'), date: '2024-04-05' } as FactDraft)])],
      ['a mention of the pair', () => apply([asEvent(dated(anAgreement().between('ITA', 'ESP'), '2024-02-01'))])],
      ['a rebuild', () => sql().query(`UPDATE projection_state SET rebuilt_at = now() WHERE projection = 'relations'`)],
    ];
    for (const [what, change] of changes) {
      await mark('ESP-ITA');
      await change();
      const fresh = await get();
      expect([what, fresh]).toEqual([what, JSON.stringify(await queries.relation(sql(), 'ESP', 'ITA'))]);
    }
    const extra = asEvent(dated(aMeeting().between('ITA', 'ESP'), '2024-02-03'));
    await apply([extra]);
    expect(JSON.parse(await get()).meetings.count).toBe(2);
    await mark('ESP-ITA');
    await apply([
      {
        ...extra,
        eventId: randomUUID(),
        type: 'FactRetracted',
        globalPosition: extra.globalPosition + 100_000,
        data: { factId: extra.eventId, articleId: (extra.data as Fact).articleId, factType: extra.type, reason: 'retracted', supersededBy: null, key: 'ESP-ITA' },
      } as unknown as EventEnvelope,
    ]);
    expect(JSON.parse(await get()).meetings.count).toBe(1);
    await mark('ESP-ITA');
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const next = await text(answers.answer(sql(), 'ESP', 'ITA', DEFAULT_LIST_LIMIT, tomorrow));
    expect(JSON.parse(next).cooperation.at).toBe(`${tomorrow}T00:00:00.000Z`);
    // Each limit is its own answer.
    expect(JSON.parse(await text(answers.answer(sql(), 'ESP', 'ITA', 1, today))).limit).toBe(1);
  });

  it('warms every dyad with stories while the read models stand still, then only what changed', async () => {
    await apply([
      asEvent(dated(aMeeting().between('KEN', 'TZA'), '2024-05-01')),
      asEvent(dated(anAgreement().between('KEN', 'UGA'), '2024-05-02')),
      asEvent(dated(aMeeting().between('BRA', 'ARG'), '2024-05-03')),
    ]);
    const warmer = new RelationWarmer(sql(), answers, { quietMs: 0, intervalMs: 60_000, batch: 2 }, (e) => {
      throw e;
    });
    const dyads = (await sql().query<{ dyad: string }>(`SELECT DISTINCT dyad FROM dyad_stats ORDER BY dyad`)).map((r) => r.dyad);
    expect(dyads.length).toBeGreaterThanOrEqual(3);
    await sql().query(`DELETE FROM relation_answers`);
    expect(await warmer.sweep()).toBe(dyads.length);
    const stored = await sql().query<{ dyad: string; body: Buffer }>(`SELECT dyad, body FROM relation_answers WHERE lim = $1 AND day = $2::date ORDER BY dyad`, [DEFAULT_LIST_LIMIT, today]);
    expect(stored.map((r) => r.dyad)).toEqual(dyads);
    for (const r of stored) {
      const [a, b] = r.dyad.split('-');
      expect(gunzipSync(r.body).toString()).toBe(JSON.stringify(await queries.relation(sql(), a, b)));
    }
    expect(await warmer.sweep()).toBe(0);
    // A vote of KEN on Russia and Ukraine: its two new pairs, and its other pairs' voting agreement.
    await apply([asEvent(vote('KEN'))]);
    expect(await warmer.sweep()).toBe(4); // KEN-RUS, KEN-UKR, KEN-TZA, KEN-UGA
    expect((await sql().query<{ dyad: string }>(`SELECT dyad FROM relation_answers WHERE dyad LIKE '%KEN%' ORDER BY dyad`)).map((r) => r.dyad)).toEqual(['KEN-RUS', 'KEN-TZA', 'KEN-UGA', 'KEN-UKR']);
    expect(await warmer.sweep()).toBe(0);
    // Answers of earlier days are deleted by the next sweep.
    await sql().query(`UPDATE relation_answers SET day = day - 3 WHERE dyad = 'ARG-BRA'`);
    await sql().query(`INSERT INTO relation_answers (dyad, lim, day, state, body) VALUES ('ABW-AFG', 5, $1::date - 2, '', $2)`, [today, gzipSync('{}')]);
    expect(await warmer.sweep()).toBe(0); // the projection has not moved since the last pass
    await apply([asEvent(dated(aMeeting().between('KEN', 'TZA'), '2024-05-09'))]);
    expect(await warmer.sweep()).toBe(2); // ARG-BRA (an older day) and KEN-TZA
    expect(await sql().query(`SELECT 1 FROM relation_answers WHERE dyad = 'ABW-AFG'`)).toEqual([]);
  });

  it('stops a pass when the projection moves, and resumes it where it stopped once it is quiet again', async () => {
    const before = (await sql().query<{ dyad: string }>(`SELECT DISTINCT dyad FROM dyad_stats ORDER BY dyad`)).length;
    await sql().query(`DELETE FROM relation_answers`);
    let refreshes = 0;
    // The projector applies a batch (a new pair) while the warmer computes its fifth answer: in
    // its second batch of three dyads.
    class Interrupted extends RelationAnswers {
      override async refresh(...args: Parameters<RelationAnswers['refresh']>) {
        if (++refreshes === 5) await apply([asEvent(dated(aMeeting().between('NOR', 'SWE'), '2024-07-01'))]);
        return super.refresh(...args);
      }
    }
    const warmer = new RelationWarmer(sql(), new Interrupted(queries), { quietMs: 150, intervalMs: 60_000, batch: 3 }, (e) => {
      throw e;
    });
    const quiet = () => new Promise((r) => setTimeout(r, 200));
    expect(await warmer.sweep()).toBe(0); // its first look at the projection: not yet quiet
    await quiet();
    expect(await warmer.sweep()).toBe(5);
    expect(warmer.stats.sweeps).toBe(0);
    await quiet();
    // It resumes after the first batch (the last one it finished): the other dyads, and the new pair.
    const checked = warmer.stats.checked;
    expect(await warmer.sweep()).toBe(before + 1 - 5);
    expect(warmer.stats.checked - checked).toBe(before + 1 - 3);
    expect(warmer.stats.sweeps).toBe(1);
    // Then one pass from the first dyad finds all current, and after it there is nothing to do.
    expect(await warmer.sweep()).toBe(0);
    expect(warmer.stats.checked - checked).toBe(2 * (before + 1) - 3);
    expect((await sql().query(`SELECT count(*)::int AS n FROM relation_answers WHERE lim = $1`, [DEFAULT_LIST_LIMIT]))[0].n).toBe(before + 1);
    const last = warmer.stats.checked;
    expect(await warmer.sweep()).toBe(0);
    expect(warmer.stats.checked).toBe(last);
  });

  it('waits while the projection moves and stops promptly', async () => {
    const warmer = new RelationWarmer(sql(), answers, { quietMs: 60_000, intervalMs: 60_000, batch: 10 }, (e) => {
      throw e;
    });
    await apply([asEvent(dated(aMeeting().between('CHL', 'PER'), '2024-06-01'))]);
    warmer.start();
    await new Promise((r) => setTimeout(r, 300));
    const t = Date.now();
    await warmer.stop();
    expect(Date.now() - t).toBeLessThan(2000);
    expect(warmer.stats.computed).toBe(0);
    expect(await sql().query(`SELECT 1 FROM relation_answers WHERE dyad = 'CHL-PER'`)).toEqual([]);
  });
});
