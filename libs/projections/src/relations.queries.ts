import { dyadKey, factDyads, type FactFields, type FactType } from '@dyad/domain';
import { isoMillisSql, type Sql } from '@dyad/event-store';
import { factEventJoin, factJson } from './fact-row';
import { PROJECTED_TYPES } from './rebuild';
import { scopeStateSql } from './relation-answers';
import { relationAnswerScopes, RELATIONS_PROJECTION } from './relations.projection';
import {
  belowCursor,
  boundedStory,
  DEFAULT_LIST_LIMIT,
  DEFAULT_PARTNER_LIMIT,
  encodePartnerCursor,
  newestFirst,
  pageOf,
  RELATION_LISTS,
  timelineItem,
  voterKeyRanges,
  votingAgreementOf,
  type PartnerCursor,
  type RelationList,
  type StoryCursor,
  type VoteKeyRow,
} from './relation-page';
import { cooperationScore, countryRef, NEGLIGIBLE, seriesOf, storiesOf, storyView, within, zeroCounts, type MentionWithFact, type StoryView, type ViewMention } from './story-view';
import { resolutionsOf } from './votes';

/**
 * Time travel: `asOf` is what Dyad knew at that moment (facts recorded by then and not yet
 * retracted then); `from`/`until` bound when the events happened.
 */
export interface TimeWindow {
  asOf?: string;
  from?: string;
  until?: string;
}

interface IndexRow {
  event_id: string;
  global_position: string;
  type: FactType;
  article_id: string | null;
  story_id: string | null;
  fact_date: string | null;
  date_from: string;
  recorded_at: Date;
  retracted_at: Date | null;
  data: Record<string, unknown>;
}

/** What the event index shows of one mention. */
function item(r: IndexRow) {
  return {
    ...r.data,
    eventId: r.event_id,
    globalPosition: Number(r.global_position),
    type: r.type,
    date: r.fact_date ?? r.date_from,
    dateIsReportDate: r.fact_date === null,
    storyId: r.story_id,
    retractedAt: r.retracted_at ? new Date(r.retracted_at).toISOString() : null,
  };
}

/** A listed story's mention as the relation statement sends it (after the story id). */
type MemberRow = [factId: string, from: string, to: string, type: FactType, articleId: string | null, outlet: string | null, recordedAt: string, data: ViewMention['data']];

/** A mention with its fact, as the story views read it (alias f: fact_index, e: its event, see factEventJoin). */
const MENTION_SELECT = `f.event_id::text AS "factId", f.story_key AS key, f.date_from::text AS "from", f.date_to::text AS "to", f.place, f.tag, f.type,
  f.article_id::text AS "articleId", f.outlet, ${isoMillisSql('f.recorded_at')} AS "recordedAt", ${factJson()} AS data`;

/** The order of a country's partners: most stories, then newest event, then dyad. */
const partnerOrder = (m: { total: number; lastEventAt: string; dyad: string }, n: { total: number; lastEventAt: string; dyad: string }) =>
  n.total - m.total || (n.lastEventAt < m.lastEventAt ? -1 : n.lastEventAt > m.lastEventAt ? 1 : 0) || (m.dyad < n.dyad ? -1 : m.dyad > n.dyad ? 1 : 0);

/**
 * The fact_index range (alias f) that holds every mention of the story aliased `s`: fact dates are
 * a day, a month or a year, so overlapping ranges nest; a story (a connected group of overlapping
 * mentions) lies within its widest mention, which contains the story's own (narrowest) range and
 * is at most its calendar year. With the story key this is a range scan of fact_index_story_key_idx.
 */
const inStoryYear = (s: string) =>
  `f.date_from >= make_date(date_part('year', ${s}.date_from)::int, 1, 1) AND f.date_from <= make_date(date_part('year', ${s}.date_from)::int, 12, 31)`;

/** No time travel: the projector's tables answer. */
const isCurrent = (w: TimeWindow) => !w.asOf && !w.from && !w.until;

/** Agreement value totals per currency, in the order of each currency's first story. */
function valueByCurrency(agreements: StoryView[]) {
  const totals = new Map<string | null, number>();
  for (const ag of agreements) {
    const v = (ag as { value?: { amount: number; currency: string | null } | null }).value;
    if (v && typeof v.amount === 'number') totals.set(v.currency ?? null, (totals.get(v.currency ?? null) ?? 0) + v.amount);
  }
  return [...totals].map(([currency, amount]) => ({ currency, amount }));
}

const ITEM_COLUMNS = `f.event_id, f.global_position, f.type, f.article_id, f.story_id, f.fact_date, f.date_from::text, f.recorded_at, f.retracted_at, ${factJson()} AS data`;

/** Read-side queries over the relations projection. */
export class RelationsQueries {
  constructor(private readonly halfLifeDays = 365) {}

  /** Mentions of a dyad or a country that stood at `asOf` (now when absent). */
  private async mentions(db: Sql, where: { dyad?: string; country?: string; countries?: string[]; votesOnly?: boolean }, asOf?: string): Promise<MentionWithFact[]> {
    const params: unknown[] = [];
    const p = (v: unknown) => (params.push(v), `$${params.length}`);
    const conds: string[] = [];
    if (where.dyad) conds.push(`f.dyads @> ARRAY[${p(where.dyad)}]::text[]`);
    if (where.country) conds.push(`f.countries @> ARRAY[${p(where.country)}]::text[]`);
    if (where.countries) conds.push(`f.countries && ${p(where.countries)}::text[]`);
    if (where.votesOnly) conds.push(`f.type IN ('VoteAbstained', 'VoteCast')`);
    if (asOf) conds.push(`f.recorded_at <= ${p(asOf)}::timestamptz AND (f.retracted_at IS NULL OR f.retracted_at > ${p(asOf)}::timestamptz)`);
    else conds.push(`f.retracted_at IS NULL`);
    return db.query<MentionWithFact>(
      `SELECT ${MENTION_SELECT} FROM fact_index f ${factEventJoin()} WHERE ${conds.join(' AND ')}`,
      params,
    );
  }

  /**
   * The relation of a dyad: stories counted by type, value totals, cooperation score and voting
   * agreement over all its stories, and the newest `limit` stories of each list (agreements,
   * meetings, votes, timeline) with a cursor for the rest (`stories`). The current view is read
   * from the projector's tables in one statement; time travel regroups the dyad's mentions as they
   * stood. Either way the answer's size is bounded by `limit`.
   */
  async relation(db: Sql, a: string, b: string, w: TimeWindow = {}, limit = DEFAULT_LIST_LIMIT) {
    const dyad = a < b ? `${a}-${b}` : `${b}-${a}`;
    const [x, y] = dyad.split('-');
    // Decay is measured at asOf, else at the start of today (UTC), so answers are stable within a day.
    const at = w.asOf ?? `${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`;
    const decayAt = w.until && w.until < at ? `${w.until}T23:59:59.999Z` : at;
    const window = { asOf: w.asOf ?? null, from: w.from ?? null, until: w.until ?? null };
    const head = { dyad, countries: [countryRef(x), countryRef(y)] };
    if (isCurrent(w)) return (await this.currentAnswer(db, a, b, at.slice(0, 10), limit)).answer;
    const [mentions, voteRows] = await Promise.all([this.mentions(db, { dyad }, w.asOf), this.voteRowsAsOf(db, [x, y], w.asOf)]);
    const stories = storiesOf(mentions).filter((s) => within(s, w.from, w.until)).sort(newestFirst);
    const agreementStories = stories.filter((s) => s.type === 'AgreementSigned');
    const list = (name: RelationList) => {
      const types = RELATION_LISTS[name] as readonly FactType[] | null;
      return pageOf(types ? stories.filter((s) => types.includes(s.type)) : stories, limit, types);
    };
    const counts = zeroCounts();
    for (const s of stories) counts[s.type]++;
    const agreements = list('agreements');
    const meetings = list('meetings');
    const votes = list('votes');
    const timeline = list('timeline');
    return {
      ...head,
      counts,
      total: stories.length,
      lastEventAt: stories.reduce<string | null>((m, s) => (!m || s.dateTo > m ? s.dateTo : m), null),
      agreements: { count: counts.AgreementSigned, valueByCurrency: valueByCurrency([...agreementStories].reverse()), items: agreements.items.map(boundedStory), nextCursor: agreements.nextCursor },
      meetings: { count: counts.MeetingHeld, items: meetings.items.map(boundedStory), nextCursor: meetings.nextCursor },
      votes: { count: counts.VoteAbstained + counts.VoteCast, items: votes.items.map(boundedStory), nextCursor: votes.nextCursor },
      timeline: { count: stories.length, items: timeline.items.map(timelineItem), nextCursor: timeline.nextCursor },
      cooperation: cooperationScore(stories, decayAt, this.halfLifeDays),
      votingAgreement: votingAgreementOf(voteRows, x, y, limit, (d) => (!w.from || d >= w.from) && (!w.until || d.slice(0, 10) <= w.until)),
      limit,
      window,
    };
  }

  /**
   * The current relation of a dyad (what `relation` answers with no window), its cooperation score
   * decayed to the start of `day` (UTC), and the state of the scopes it was read from (scopeStateSql,
   * read in the same statement: one snapshot), under which RelationAnswers stores it.
   */
  async currentAnswer(db: Sql, a: string, b: string, day: string, limit = DEFAULT_LIST_LIMIT) {
    const dyad = dyadKey(a, b);
    const [x, y] = dyad.split('-');
    const { state, ...r } = await this.currentRelation(db, dyad, x, y, `${day}T00:00:00.000Z`, limit);
    const window = { asOf: null, from: null, until: null };
    return { answer: { dyad, countries: [countryRef(x), countryRef(y)], ...r, window }, state };
  }

  /** The current relation, from story_dyads, dyad_stats and fact_index (the dyad's mentions, both countries' votes), in one statement (one snapshot). */
  private async currentRelation(db: Sql, dyad: string, x: string, y: string, at: string, limit: number) {
    const lists = Object.entries(RELATION_LISTS) as [RelationList, readonly FactType[] | null][];
    const params: unknown[] = [dyad, limit + 1, at.slice(0, 10), this.halfLifeDays];
    const p = (v: unknown) => (params.push(v), `$${params.length}`);
    const pageSql = lists
      .map(
        ([name, types]) =>
          `(SELECT '${name}' AS list, story_id, date_to FROM story_dyads WHERE dyad = $1 ${types ? `AND type = ANY(${p(types)}::text[])` : ''}
            ORDER BY date_to DESC, story_id DESC LIMIT $2)`,
      )
      .join(' UNION ALL ');
    // Both countries' standing votes (index-only range scans of fact_index_voter_idx; `who` tells
    // whose), bucketed by the countries concerned (the text after the key's last ':'), the year
    // and, unless a vote of that year is dated by the whole year, the month. Fact dates are a day,
    // a month or a year (dateRange), so two votes of one resolution overlap only within one year
    // (see inStoryYear), and within one month when neither is a year (fewer than 31 days: a day or
    // a month). Only the votes of a bucket where both countries voted can share a resolution with
    // the other country, so only those leave Postgres: the grouping of exactly these rows gives
    // every resolution both voted on, unchanged.
    // `(SELECT $n)` here and for the dyad's posting list hides the value from the planner: custom
    // plans then estimate these scans as the generic plan does (from constants they would guess far
    // fewer rows and look cheaper), so the prepared statement settles on its generic plan instead
    // of being planned again at every execution.
    const votesOf = (c: string, who: number) =>
      voterKeyRanges(c).map(
        ([lo, hi]) =>
          `(SELECT event_id, story_key, date_from, date_to, tag, fact_date, ${who} AS who, split_part(story_key, ':', -1) AS c, date_part('year', date_from) AS y
            FROM fact_index WHERE type IN ('VoteAbstained', 'VoteCast') AND retracted_at IS NULL
              AND story_key COLLATE "C" >= (SELECT ${p(lo)}::text) AND story_key COLLATE "C" < (SELECT ${p(hi)}::text))`,
      );
    const voteCtes = `votes AS (${[...votesOf(x, 0), ...votesOf(y, 1)].join(' UNION ALL ')}),
       vote_years AS (SELECT c, y, bool_or(date_to - date_from > 30) AS wide FROM votes GROUP BY c, y HAVING min(who) <> max(who)),
       vote_rows AS (SELECT v.*, CASE WHEN vy.wide THEN 0 ELSE date_part('month', v.date_to) END AS b FROM votes v JOIN vote_years vy USING (c, y)),
       vote_buckets AS (SELECT c, y, b FROM vote_rows GROUP BY c, y, b HAVING min(who) <> max(who))`;
    const [row] = await db.query<{
      stats: { type: FactType; count: number; last: string }[] | null;
      pages: { list: RelationList; storyId: string }[] | null;
      members: [string, ...MemberRow][] | null;
      coop: { score: number | null; stories: number };
      values: { currency: string | null; amount: number }[] | null;
      votes: [string, string, string, string, string | null, string | null][] | null;
      state: string;
    }>(
      `WITH page AS (${pageSql}),
       -- The dyad's standing mentions (one posting list of fact_index_dyads_idx, a heap fetch each):
       -- a story's mentions share its story key, hence its dyads, so these hold every mention of
       -- each of the dyad's stories. The listed stories' mentions and each story's most precise
       -- mention (what the stories row takes its date_to and goldstein from, see storyRow) come from here.
       -- A fact's JSON is read from the event store only for the listed stories' mentions and the agreements' values.
       dyad_facts AS MATERIALIZED (SELECT f.event_id, f.global_position, f.story_id, f.type, f.date_from, f.date_to, f.article_id, f.outlet,
                     f.recorded_at, f.reported_at, f.goldstein
              FROM fact_index f WHERE f.dyads @> ARRAY[(SELECT $1::text)] AND f.retracted_at IS NULL),
       best AS (SELECT DISTINCT ON (story_id) story_id, type, date_to, goldstein, global_position FROM dyad_facts
              WHERE story_id IN (SELECT story_id FROM story_dyads WHERE dyad = $1)
              ORDER BY story_id, date_to - date_from, date_from, event_id),
       ${voteCtes}
       SELECT
         (SELECT json_agg(json_build_object('type', type, 'count', count, 'last', last_event_date)) FROM dyad_stats WHERE dyad = $1) AS stats,
         (SELECT json_agg(json_build_object('list', list, 'storyId', story_id)) FROM page) AS pages,
         (SELECT json_agg(json_build_array(f.story_id, f.event_id, f.date_from, f.date_to, f.type, f.article_id, f.outlet,
                   ${isoMillisSql('f.recorded_at')}, ${factJson()}))
          FROM dyad_facts f ${factEventJoin()} WHERE f.story_id IN (SELECT story_id FROM page)) AS members,
         -- Summed newest first (the order of story_dyads_recent_idx), as always: float sums depend on the order.
         -- Negligible terms add 0, as in cooperationScore (a float8 product that underflows is an error).
         (SELECT json_build_object('score', sum(CASE WHEN h > ${NEGLIGIBLE.halfLives} OR abs(goldstein) < ${NEGLIGIBLE.weight} THEN 0 ELSE goldstein * power(0.5, h) END
                   ORDER BY date_to DESC, story_id DESC), 'stories', count(*))
          FROM (SELECT *, greatest(0, $3::date - date_to)::float8 / $4 AS h FROM best) b WHERE goldstein IS NOT NULL AND date_to <= $3::date + 1) AS coop,
         -- A total beyond the range of a double is null (as JSON writes the Infinity of valueByCurrency).
         (SELECT json_agg(json_build_object('currency', currency, 'amount', CASE WHEN amount < ${Number.MAX_VALUE} THEN amount::float8 END) ORDER BY first) FROM (
            SELECT e.data->'value'->>'currency' AS currency, sum((e.data->'value'->>'amount')::numeric) AS amount, min(b.date_to::text || b.story_id) AS first
            FROM best b ${factEventJoin('b')} WHERE b.type = 'AgreementSigned' AND jsonb_typeof(e.data->'value'->'amount') = 'number'
            GROUP BY 1) v) AS values,
         (SELECT json_agg(json_build_array(event_id, story_key, date_from, date_to, tag, fact_date))
          FROM vote_rows v WHERE EXISTS (SELECT 1 FROM vote_buckets k WHERE k.c = v.c AND k.y = v.y AND k.b = v.b)) AS votes,
         ${scopeStateSql(`${p(relationAnswerScopes(x, y))}::text[]`)} AS state`,
      params,
    );
    const counts = zeroCounts();
    let lastEventAt: string | null = null;
    for (const s of row.stats ?? []) {
      counts[s.type] += s.count;
      if (!lastEventAt || s.last > lastEventAt) lastEventAt = s.last;
    }
    const total = Object.values(counts).reduce((m, n) => m + n, 0);
    const byStory = new Map<string, ViewMention[]>();
    for (const [storyId, factId, from, to, type, articleId, outlet, recordedAt, data] of row.members ?? []) {
      const m = { factId, from, to, type, articleId, outlet, recordedAt, data };
      const ms = byStory.get(storyId);
      if (ms) ms.push(m);
      else byStory.set(storyId, [m]);
    }
    const views = new Map([...byStory].map(([id, ms]) => [id, storyView(id, ms)]));
    const page = (name: RelationList) => {
      const sorted = (row.pages ?? []).filter((r) => r.list === name).flatMap((r) => views.get(r.storyId) ?? []).sort(newestFirst);
      return pageOf(sorted, limit, RELATION_LISTS[name] as readonly FactType[] | null);
    };
    const agreements = page('agreements');
    const meetings = page('meetings');
    const votes = page('votes');
    const timeline = page('timeline');
    return {
      counts,
      total,
      lastEventAt,
      agreements: { count: counts.AgreementSigned, valueByCurrency: row.values ?? [], items: agreements.items.map(boundedStory), nextCursor: agreements.nextCursor },
      meetings: { count: counts.MeetingHeld, items: meetings.items.map(boundedStory), nextCursor: meetings.nextCursor },
      votes: { count: counts.VoteAbstained + counts.VoteCast, items: votes.items.map(boundedStory), nextCursor: votes.nextCursor },
      timeline: { count: total, items: timeline.items.map(timelineItem), nextCursor: timeline.nextCursor },
      cooperation: { score: Math.round((row.coop.score ?? 0) * 1000) / 1000, stories: row.coop.stories, halfLifeDays: this.halfLifeDays, at },
      votingAgreement: votingAgreementOf((row.votes ?? []).map(([factId, key, from, to, tag, date]) => ({ factId, key, from, to, tag, date })), x, y, limit),
      limit,
      state: row.state,
    };
  }

  /**
   * One page of a dyad's stories, newest first (date_to, then story id, descending), optionally
   * of some types only; `cursor` (a `nextCursor` of GET /relations) continues a list.
   */
  async stories(db: Sql, a: string, b: string, f: { types?: FactType[] | null; cursor?: StoryCursor; limit?: number; window?: TimeWindow } = {}) {
    const dyad = a < b ? `${a}-${b}` : `${b}-${a}`;
    const w = f.window ?? {};
    const limit = f.limit ?? DEFAULT_LIST_LIMIT;
    const types = f.cursor ? f.cursor.types : f.types?.length ? f.types : null;
    const window = { asOf: w.asOf ?? null, from: w.from ?? null, until: w.until ?? null };
    let sorted: StoryView[];
    if (isCurrent(w)) {
      const params: unknown[] = [dyad, limit + 1];
      const p = (v: unknown) => (params.push(v), `$${params.length}`);
      const conds = [`dyad = $1`];
      if (types) conds.push(`type = ANY(${p(types)}::text[])`);
      if (f.cursor) conds.push(`(date_to, story_id) < (${p(f.cursor.dateTo)}::date, ${p(f.cursor.storyId)}::text)`);
      const members = await db.query<MentionWithFact & { storyId: string }>(
        `WITH page AS (SELECT story_id FROM story_dyads WHERE ${conds.join(' AND ')} ORDER BY date_to DESC, story_id DESC LIMIT $2)
         SELECT s.story_id AS "storyId", ${MENTION_SELECT}
         FROM stories s JOIN fact_index f ON f.story_key = s.story_key AND f.retracted_at IS NULL
           AND ${inStoryYear('s')} AND f.story_id = s.story_id
         ${factEventJoin()}
         WHERE s.story_id IN (SELECT story_id FROM page)`,
        params,
      );
      const byStory = new Map<string, MentionWithFact[]>();
      for (const m of members) byStory.set(m.storyId, [...(byStory.get(m.storyId) ?? []), m]);
      sorted = [...byStory].map(([id, ms]) => storyView(id, ms)).sort(newestFirst);
    } else {
      sorted = storiesOf(await this.mentions(db, { dyad }, w.asOf))
        .filter((s) => within(s, w.from, w.until) && (!types || types.includes(s.type)) && belowCursor(s, f.cursor))
        .sort(newestFirst);
    }
    const page = pageOf(sorted, limit, types);
    return { dyad, types, items: page.items.map(boundedStory), nextCursor: page.nextCursor, limit, window };
  }

  /** Vote mentions cast by some countries that stood at `asOf` (time travel; the current view reads fact_index_voter_idx). */
  private async voteRowsAsOf(db: Sql, voters: string[], asOf?: string): Promise<VoteKeyRow[]> {
    const params: unknown[] = [voters];
    const p = (v: unknown) => (params.push(v), `$${params.length}`);
    const ranges = voters.flatMap((c) => voterKeyRanges(c)).map(([lo, hi]) => `(story_key COLLATE "C" >= ${p(lo)} AND story_key COLLATE "C" < ${p(hi)})`);
    const standing = asOf
      ? `recorded_at <= ${p(asOf)}::timestamptz AND (retracted_at IS NULL OR retracted_at > $${params.length}::timestamptz)`
      : `retracted_at IS NULL`;
    return db.query<VoteKeyRow>(
      `SELECT event_id::text AS "factId", story_key AS key, date_from::text AS "from", date_to::text AS "to", tag, fact_date AS date
       FROM fact_index WHERE countries && $1::text[] AND type IN ('VoteAbstained', 'VoteCast') AND ${standing} AND (${ranges.join(' OR ')})`,
      params,
    );
  }

  /** A dyad's stories per month or year: counts by type, Goldstein sum, QuadClass counts. */
  async series(db: Sql, a: string, b: string, interval: 'month' | 'year', w: TimeWindow = {}) {
    const dyad = a < b ? `${a}-${b}` : `${b}-${a}`;
    const stories = storiesOf(await this.mentions(db, { dyad }, w.asOf)).filter((s) => within(s, w.from, w.until));
    return { dyad, interval, window: { asOf: w.asOf ?? null, from: w.from ?? null, until: w.until ?? null }, series: seriesOf(stories, interval) };
  }

  /**
   * A country's partners ranked by number of stories (then newest event, then dyad), with counts
   * by type: `partnerCount` counts them all, `partners` is one page of at most `limit`, `cursor`
   * (a `nextCursor`) continues. The current view aggregates dyad_stats in Postgres (at most one
   * row per partner and type); time travel regroups the country's mentions as they stood.
   */
  async countryRelations(db: Sql, iso3: string, w: TimeWindow = {}, page: { limit?: number; cursor?: PartnerCursor } = {}) {
    const limit = page.limit ?? DEFAULT_PARTNER_LIMIT;
    const c = page.cursor;
    const window = { asOf: w.asOf ?? null, from: w.from ?? null, until: w.until ?? null };
    type Ranked = { partner: string; dyad: string; total: number; counts: Record<FactType, number>; lastEventAt: string };
    let rows: Ranked[];
    let partnerCount: number;
    if (isCurrent(w)) {
      const params: unknown[] = [iso3, limit + 1];
      const after = c
        ? `WHERE total < $3 OR (total = $3 AND last < $4) OR (total = $3 AND last = $4 AND dyad > $5)`
        : '';
      if (c) params.push(c.total, c.lastEventAt, c.dyad);
      const [r] = await db.query<{ n: number; page: { partner: string; dyad: string; total: number; counts: Record<string, number>; last: string }[] | null }>(
        `WITH p AS (
           SELECT partner, dyad, sum(count)::int AS total, max(last_event_date)::text AS last, json_object_agg(type, count) AS counts
           FROM (SELECT country_b AS partner, dyad, type, count, last_event_date FROM dyad_stats WHERE country_a = $1
                 UNION ALL
                 SELECT country_a, dyad, type, count, last_event_date FROM dyad_stats WHERE country_b = $1 AND country_a <> $1) x
           GROUP BY partner, dyad)
         SELECT (SELECT count(*)::int FROM p) AS n,
                (SELECT json_agg(q ORDER BY total DESC, last DESC, dyad) FROM (SELECT * FROM p ${after} ORDER BY total DESC, last DESC, dyad LIMIT $2) q) AS page`,
        params,
      );
      partnerCount = r.n;
      rows = (r.page ?? []).map((x) => ({ partner: x.partner, dyad: x.dyad, total: x.total, counts: { ...zeroCounts(), ...x.counts }, lastEventAt: x.last }));
    } else {
      // Time travel is computed from the mentions as they stood, grouped into stories here.
      const stories = storiesOf(await this.mentions(db, { country: iso3 }, w.asOf)).filter((s) => within(s, w.from, w.until));
      const partners = new Map<string, Ranked>();
      for (const s of stories) {
        for (const d of factDyads(s as unknown as FactFields)) {
          const [p, q] = d.split('-');
          if (p !== iso3 && q !== iso3) continue;
          const partner = p === iso3 ? q : p;
          const r = partners.get(partner) ?? { partner, dyad: d, total: 0, counts: zeroCounts(), lastEventAt: '' };
          r.counts[s.type]++;
          r.total++;
          if (s.dateTo > r.lastEventAt) r.lastEventAt = s.dateTo;
          partners.set(partner, r);
        }
      }
      const all = [...partners.values()].sort(partnerOrder);
      partnerCount = all.length;
      rows = all.filter((r) => !c || partnerOrder(r, c) > 0).slice(0, limit + 1);
    }
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      country: countryRef(iso3),
      partnerCount,
      partners: items.map((r) => ({ partner: countryRef(r.partner), dyad: r.dyad, total: r.total, counts: r.counts, lastEventAt: r.lastEventAt })),
      nextCursor: rows.length > limit && last ? encodePartnerCursor({ total: last.total, lastEventAt: last.lastEventAt, dyad: last.dyad }) : null,
      limit,
      window,
    };
  }

  /** Resolutions with each country's recorded vote, optionally only those a country voted on. */
  async votes(db: Sql, f: { country?: string; body?: string; from?: string; until?: string; asOf?: string }) {
    const mentions = await this.mentions(db, { votesOnly: true, ...(f.country ? { country: f.country } : {}) }, f.asOf);
    let resolutions = resolutionsOf(mentions);
    if (f.country) {
      // A country's resolutions with every country recorded on them, not only that one.
      const all = resolutionsOf(await this.mentions(db, { votesOnly: true }, f.asOf));
      const mine = new Set(resolutions.flatMap((r) => r.countries.flatMap((c) => c.reports.map((x) => x.factId))));
      resolutions = all.filter((r) => r.countries.some((c) => c.reports.some((x) => mine.has(x.factId))));
    }
    return resolutions
      .filter((r) => (!f.body || r.body === f.body) && (!f.from || r.date >= f.from) && (!f.until || r.date.slice(0, 10) <= f.until))
      .sort((a, b) => b.date.localeCompare(a.date) || a.resolutionId.localeCompare(b.resolutionId));
  }

  async vote(db: Sql, resolutionId: string, asOf?: string) {
    return (await this.votes(db, { asOf })).find((r) => r.resolutionId === resolutionId) ?? null;
  }

  /**
   * The event index: mentions filtered by country, dyad, type and date range, newest recorded
   * first, paginated by a cursor (the position to continue below). Retracted mentions only on request.
   */
  async events(
    db: Sql,
    f: { country?: string; dyad?: string; types?: FactType[]; from?: string; to?: string; before?: number; limit: number; includeRetracted?: boolean },
  ) {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => (params.push(v), `$${params.length}`);
    if (f.country) where.push(`f.countries @> ARRAY[${p(f.country)}]::text[]`);
    if (f.dyad) where.push(`f.dyads @> ARRAY[${p(f.dyad)}]::text[]`);
    if (f.types?.length) where.push(`f.type = ANY(${p(f.types)}::text[])`);
    if (f.from) where.push(`f.date_to >= ${p(f.from)}::date`);
    if (f.to) where.push(`f.date_from <= ${p(f.to)}::date`);
    if (f.before !== undefined) where.push(`f.global_position < ${p(f.before)}`);
    if (!f.includeRetracted) where.push(`f.retracted_at IS NULL`);
    const rows = await db.query<IndexRow>(
      `SELECT ${ITEM_COLUMNS} FROM fact_index f ${factEventJoin()} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY f.global_position DESC LIMIT ${p(f.limit + 1)}`,
      params,
    );
    const page = rows.slice(0, f.limit).map(item);
    return { items: page, nextBefore: rows.length > f.limit ? page[page.length - 1].globalPosition : null };
  }

  /** Where the projection stands against the event store. */
  async status(db: Sql) {
    const [state] = await db.query<{ last_position: string; applied_events: string; rebuilt_at: Date | null; updated_at: Date }>(
      `SELECT last_position, applied_events, rebuilt_at, updated_at FROM projection_state WHERE projection = $1`,
      [RELATIONS_PROJECTION],
    );
    const last = Number(state?.last_position ?? 0);
    const [head] = await db.query<{ head: string | null; behind: string }>(
      `SELECT (SELECT max(global_position) FROM events WHERE type = ANY($1)) AS head,
              (SELECT count(*) FROM events WHERE type = ANY($1) AND global_position > $2) AS behind`,
      [PROJECTED_TYPES, last],
    );
    const checkpoints = await db.query<{ topic: string; partition: number; next_offset: string }>(
      `SELECT topic, partition, next_offset FROM projection_checkpoints WHERE projection = $1 ORDER BY topic, partition`,
      [RELATIONS_PROJECTION],
    );
    const [counts] = await db.query<{ mentions: string; stories: string }>(
      `SELECT (SELECT count(*) FROM fact_index WHERE retracted_at IS NULL) AS mentions, (SELECT count(*) FROM stories) AS stories`,
    );
    return {
      projection: RELATIONS_PROJECTION,
      position: last,
      headPosition: Number(head.head ?? 0),
      eventsAfterPosition: Number(head.behind),
      appliedEvents: Number(state?.applied_events ?? 0),
      activeMentions: Number(counts.mentions),
      stories: Number(counts.stories),
      rebuiltAt: state?.rebuilt_at ? new Date(state.rebuilt_at).toISOString() : null,
      updatedAt: state ? new Date(state.updated_at).toISOString() : null,
      checkpoints: checkpoints.map((c) => ({ topic: c.topic, partition: c.partition, nextOffset: Number(c.next_offset) })),
    };
  }
}
