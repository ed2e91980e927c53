import { factDyads, type FactFields, type FactType } from '@dyad/domain';
import type { Sql } from '@dyad/event-store';
import { PROJECTED_TYPES } from './rebuild';
import { RELATIONS_PROJECTION } from './relations.projection';
import { cooperationScore, countryRef, relationView, seriesOf, storiesOf, within, zeroCounts, type MentionWithFact } from './story-view';
import { resolutionsOf, votingAgreement } from './votes';

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

const ITEM_COLUMNS = `event_id, global_position, type, article_id, story_id, fact_date, date_from::text, recorded_at, retracted_at, data`;

/** Read-side queries over the relations projection. */
export class RelationsQueries {
  constructor(private readonly halfLifeDays = 365) {}

  /** Mentions of a dyad or a country that stood at `asOf` (now when absent). */
  private async mentions(db: Sql, where: { dyad?: string; country?: string; countries?: string[]; votesOnly?: boolean }, asOf?: string): Promise<MentionWithFact[]> {
    const params: unknown[] = [];
    const p = (v: unknown) => (params.push(v), `$${params.length}`);
    const conds: string[] = [];
    if (where.dyad) conds.push(`dyads @> ARRAY[${p(where.dyad)}]::text[]`);
    if (where.country) conds.push(`countries @> ARRAY[${p(where.country)}]::text[]`);
    if (where.countries) conds.push(`countries && ${p(where.countries)}::text[]`);
    if (where.votesOnly) conds.push(`type IN ('VoteAbstained', 'VoteCast')`);
    if (asOf) conds.push(`recorded_at <= ${p(asOf)}::timestamptz AND (retracted_at IS NULL OR retracted_at > ${p(asOf)}::timestamptz)`);
    else conds.push(`retracted_at IS NULL`);
    return db.query<MentionWithFact>(
      `SELECT event_id::text AS "factId", story_key AS key, date_from::text AS "from", date_to::text AS "to", place, tag, type,
              article_id::text AS "articleId", outlet, to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "recordedAt", data
       FROM fact_index WHERE ${conds.join(' AND ')}`,
      params,
    );
  }

  /** The relation of a dyad: stories counted by type, agreements, meetings, votes, timeline, scores. */
  async relation(db: Sql, a: string, b: string, w: TimeWindow = {}) {
    const dyad = a < b ? `${a}-${b}` : `${b}-${a}`;
    const [x, y] = dyad.split('-');
    const [mentions, voteMentions] = await Promise.all([
      this.mentions(db, { dyad }, w.asOf),
      this.mentions(db, { countries: [x, y], votesOnly: true }, w.asOf),
    ]);
    const stories = storiesOf(mentions).filter((s) => within(s, w.from, w.until));
    // Decay is measured at asOf, else at the start of today (UTC), so answers are stable within a day.
    const at = w.asOf ?? `${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`;
    const resolutions = resolutionsOf(voteMentions).filter((r) => (!w.from || r.date >= w.from) && (!w.until || r.date.slice(0, 10) <= w.until));
    return {
      ...relationView(dyad, stories),
      cooperation: cooperationScore(stories, w.until && w.until < at ? `${w.until}T23:59:59.999Z` : at, this.halfLifeDays),
      votingAgreement: votingAgreement(resolutions, x, y),
      window: { asOf: w.asOf ?? null, from: w.from ?? null, until: w.until ?? null },
    };
  }

  /** A dyad's stories per month or year: counts by type, Goldstein sum, QuadClass counts. */
  async series(db: Sql, a: string, b: string, interval: 'month' | 'year', w: TimeWindow = {}) {
    const dyad = a < b ? `${a}-${b}` : `${b}-${a}`;
    const stories = storiesOf(await this.mentions(db, { dyad }, w.asOf)).filter((s) => within(s, w.from, w.until));
    return { dyad, interval, window: { asOf: w.asOf ?? null, from: w.from ?? null, until: w.until ?? null }, series: seriesOf(stories, interval) };
  }

  /** A country's partners ranked by number of stories, with counts by type. */
  async countryRelations(db: Sql, iso3: string, w: TimeWindow = {}) {
    type Row = { partner: string; type: FactType; count: number; last: string };
    let rows: Row[];
    if (!w.asOf && !w.from && !w.until) {
      rows = await db.query<Row>(
        `SELECT CASE WHEN country_a = $1 THEN country_b ELSE country_a END AS partner, type, count, last_event_date::text AS last
         FROM dyad_stats WHERE country_a = $1 UNION ALL
         SELECT country_a, type, count, last_event_date::text FROM dyad_stats WHERE country_b = $1 AND country_a <> $1`,
        [iso3],
      );
    } else {
      // Time travel is computed from the mentions as they stood, grouped into stories here.
      const stories = storiesOf(await this.mentions(db, { country: iso3 }, w.asOf)).filter((s) => within(s, w.from, w.until));
      const agg = new Map<string, Row>();
      for (const s of stories) {
        for (const d of factDyads(s as unknown as FactFields)) {
          const [p, q] = d.split('-');
          if (p !== iso3 && q !== iso3) continue;
          const partner = p === iso3 ? q : p;
          const k = `${partner}|${s.type}`;
          const r = agg.get(k) ?? { partner, type: s.type, count: 0, last: '' };
          r.count++;
          if (s.dateTo > r.last) r.last = s.dateTo;
          agg.set(k, r);
        }
      }
      rows = [...agg.values()];
    }
    const partners = new Map<string, { counts: Record<FactType, number>; total: number; lastEventAt: string }>();
    for (const r of rows) {
      const p = partners.get(r.partner) ?? { counts: zeroCounts(), total: 0, lastEventAt: '' };
      p.counts[r.type] += r.count;
      p.total += r.count;
      if (r.last > p.lastEventAt) p.lastEventAt = r.last;
      partners.set(r.partner, p);
    }
    const ranked = [...partners]
      .map(([partner, p]) => ({ partner: countryRef(partner), dyad: [iso3, partner].sort().join('-'), ...p }))
      .sort((m, n) => n.total - m.total || n.lastEventAt.localeCompare(m.lastEventAt) || m.dyad.localeCompare(n.dyad));
    return { country: countryRef(iso3), partnerCount: ranked.length, partners: ranked, window: { asOf: w.asOf ?? null, from: w.from ?? null, until: w.until ?? null } };
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
    if (f.country) where.push(`countries @> ARRAY[${p(f.country)}]::text[]`);
    if (f.dyad) where.push(`dyads @> ARRAY[${p(f.dyad)}]::text[]`);
    if (f.types?.length) where.push(`type = ANY(${p(f.types)}::text[])`);
    if (f.from) where.push(`date_to >= ${p(f.from)}::date`);
    if (f.to) where.push(`date_from <= ${p(f.to)}::date`);
    if (f.before !== undefined) where.push(`global_position < ${p(f.before)}`);
    if (!f.includeRetracted) where.push(`retracted_at IS NULL`);
    const rows = await db.query<IndexRow>(
      `SELECT ${ITEM_COLUMNS} FROM fact_index ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY global_position DESC LIMIT ${p(f.limit + 1)}`,
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
