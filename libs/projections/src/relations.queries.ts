import { FACT_TYPES, getCountry, type Fact, type FactType } from '@dyad/domain';
import type { Sql } from '@dyad/event-store';
import { RELATIONS_PROJECTION } from './relations.projection';

interface IndexRow {
  event_id: string;
  global_position: string;
  type: FactType;
  article_id: string | null;
  fact_date: string | null;
  date_from: string;
  recorded_at: Date;
  data: Fact;
}

const countryRef = (iso3: string) => ({ iso3, name: getCountry(iso3)?.name ?? iso3 });
const zeroCounts = () => Object.fromEntries(FACT_TYPES.map((t) => [t, 0])) as Record<FactType, number>;
const day = (d: string | Date) => (typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));

/** What the API shows of one fact in lists: the fact, where it came from, when it happened. */
function item(r: IndexRow) {
  const { factId: _f, articleId: _a, ...fact } = r.data as Fact & Record<string, unknown>;
  return {
    ...fact,
    eventId: r.event_id,
    globalPosition: Number(r.global_position),
    type: r.type,
    date: r.fact_date ?? day(r.date_from),
    dateIsReportDate: r.fact_date === null,
    articleId: r.article_id,
  };
}

/** Read-side queries over the relations projection. */
export class RelationsQueries {
  /** The relation of a dyad: counts, agreements (values summed per currency), meetings, votes, timeline. */
  async relation(db: Sql, a: string, b: string) {
    const [x, y] = a < b ? [a, b] : [b, a];
    const dyad = `${x}-${y}`;
    const [stats, rows] = await Promise.all([
      db.query<{ type: FactType; count: number; last_event_date: Date | string }>(
        `SELECT type, count, last_event_date FROM dyad_stats WHERE dyad = $1`,
        [dyad],
      ),
      db.query<IndexRow>(
        `SELECT event_id, global_position, type, article_id, fact_date, date_from, recorded_at, data
         FROM fact_index WHERE dyads @> ARRAY[$1]::text[] ORDER BY date_from, global_position`,
        [dyad],
      ),
    ]);
    const counts = zeroCounts();
    let lastEventAt: string | null = null;
    for (const s of stats) {
      counts[s.type] = s.count;
      const d = day(s.last_event_date);
      if (!lastEventAt || d > lastEventAt) lastEventAt = d;
    }
    const items = rows.map(item);
    const agreements = items.filter((i) => i.type === 'AgreementSigned');
    const totals = new Map<string, number>();
    for (const ag of agreements) {
      const v = (ag as { value?: { amount: number; currency: string | null } | null }).value;
      if (v && typeof v.amount === 'number') {
        const k = v.currency ?? 'unknown';
        totals.set(k, (totals.get(k) ?? 0) + v.amount);
      }
    }
    return {
      dyad,
      countries: [countryRef(x), countryRef(y)],
      counts,
      total: Object.values(counts).reduce((s, n) => s + n, 0),
      agreements: {
        count: agreements.length,
        valueByCurrency: [...totals].map(([currency, amount]) => ({ currency: currency === 'unknown' ? null : currency, amount })),
        items: agreements,
      },
      meetings: items.filter((i) => i.type === 'MeetingHeld'),
      votes: items.filter((i) => i.type === 'VoteAbstained' || i.type === 'VoteCast'),
      timeline: items.map((i) => ({ eventId: i.eventId, type: i.type, date: i.date, articleId: i.articleId })),
      lastEventAt,
    };
  }

  /** A country's partners ranked by number of facts, with counts by type. */
  async countryRelations(db: Sql, iso3: string) {
    const rows = await db.query<{ partner: string; type: FactType; count: number; last_event_date: Date | string }>(
      `SELECT partner, type, count, last_event_date FROM country_partners WHERE country = $1`,
      [iso3],
    );
    const partners = new Map<string, { counts: Record<FactType, number>; total: number; lastEventAt: string }>();
    for (const r of rows) {
      const p = partners.get(r.partner) ?? { counts: zeroCounts(), total: 0, lastEventAt: '' };
      p.counts[r.type] += r.count;
      p.total += r.count;
      const d = day(r.last_event_date);
      if (d > p.lastEventAt) p.lastEventAt = d;
      partners.set(r.partner, p);
    }
    const ranked = [...partners]
      .map(([partner, p]) => ({ partner: countryRef(partner), dyad: [iso3, partner].sort().join('-'), ...p }))
      .sort((m, n) => n.total - m.total || n.lastEventAt.localeCompare(m.lastEventAt) || m.dyad.localeCompare(n.dyad));
    return { country: countryRef(iso3), partnerCount: ranked.length, partners: ranked };
  }

  /**
   * The event index: facts filtered by country, dyad, type and date range, newest recorded first,
   * paginated by a cursor (the position to continue below).
   */
  async events(
    db: Sql,
    f: { country?: string; dyad?: string; types?: FactType[]; from?: string; to?: string; before?: number; limit: number },
  ) {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    if (f.country) where.push(`countries @> ARRAY[${p(f.country)}]::text[]`);
    if (f.dyad) where.push(`dyads @> ARRAY[${p(f.dyad)}]::text[]`);
    if (f.types?.length) where.push(`type = ANY(${p(f.types)}::text[])`);
    if (f.from) where.push(`date_to >= ${p(f.from)}::date`);
    if (f.to) where.push(`date_from <= ${p(f.to)}::date`);
    if (f.before !== undefined) where.push(`global_position < ${p(f.before)}`);
    const rows = await db.query<IndexRow>(
      `SELECT event_id, global_position, type, article_id, fact_date, date_from, recorded_at, data FROM fact_index
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY global_position DESC LIMIT ${p(f.limit + 1)}`,
      params,
    );
    const page = rows.slice(0, f.limit).map(item);
    const more = rows.length > f.limit;
    return { items: page, nextBefore: more ? page[page.length - 1].globalPosition : null };
  }

  /** The facts of one article as the read model holds them. */
  async articleFacts(db: Sql, articleId: string) {
    const rows = await db.query<IndexRow>(
      `SELECT event_id, global_position, type, article_id, fact_date, date_from, recorded_at, data
       FROM fact_index WHERE article_id = $1 ORDER BY global_position`,
      [articleId],
    );
    return rows.map(item);
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
      [FACT_TYPES, last],
    );
    const checkpoints = await db.query<{ topic: string; partition: number; next_offset: string }>(
      `SELECT topic, partition, next_offset FROM projection_checkpoints WHERE projection = $1 ORDER BY topic, partition`,
      [RELATIONS_PROJECTION],
    );
    return {
      projection: RELATIONS_PROJECTION,
      position: last,
      headPosition: Number(head.head ?? 0),
      lagEvents: Number(head.behind),
      appliedEvents: Number(state?.applied_events ?? 0),
      rebuiltAt: state?.rebuilt_at ? new Date(state.rebuilt_at).toISOString() : null,
      updatedAt: state ? new Date(state.updated_at).toISOString() : null,
      checkpoints: checkpoints.map((c) => ({ topic: c.topic, partition: c.partition, nextOffset: Number(c.next_offset) })),
    };
  }
}
