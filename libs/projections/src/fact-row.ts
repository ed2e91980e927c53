import {
  dateRange,
  dayOf,
  factCountries,
  factDyads,
  FACT_TYPES,
  toMention,
  type EventEnvelope,
  type Fact,
  type FactType,
} from '@dyad/domain';

const FACT_TYPE_SET: ReadonlySet<string> = new Set(FACT_TYPES);
export const isFactType = (type: string): type is FactType => FACT_TYPE_SET.has(type);

/** The fact_index row of a fact event: pure, so the projector and a rebuild compute the same thing. */
export interface FactRow {
  event_id: string;
  global_position: number;
  type: FactType;
  article_id: string | null;
  outlet: string | null;
  countries: string[];
  dyads: string[];
  story_key: string;
  place: string | null;
  tag: string | null;
  fact_date: string | null;
  date_from: string;
  date_to: string;
  recorded_at: string;
  /** The fact's reportedAt, or else the UTC day its event occurred. */
  reported_at: string;
  /** The fact's CAMEO Goldstein score, when it has one. */
  goldstein: number | null;
}

/**
 * Fields of a fact that toFactRow never reads. The rebuild leaves them out when it reads facts
 * into Node: they are most of a fact's size. `fact-row.spec.ts` checks that no column depends on them.
 */
export const UNMAPPED_FACT_FIELDS: readonly string[] = ['evidence', 'about', 'extractor', 'confidence', 'modality', 'source', 'people', 'tally'];

/**
 * The JSON of a fact as the queries show it, in SQL: its event's data (`events` aliased `e`) with
 * `factId` and the index row's `reported_at` (fact_index aliased `f`). fact_index keeps no copy
 * of it; `factEventJoin` joins the event by position (the events primary key).
 */
export const factJson = (f = 'f', e = 'e') => `(${e}.data || jsonb_build_object('factId', ${f}.event_id, 'reportedAt', ${f}.reported_at))`;
export const factEventJoin = (f = 'f', e = 'e') => `JOIN events ${e} ON ${e}.global_position = ${f}.global_position`;

/**
 * Maps a fact event to its index row. An undated fact is placed on the day its article was
 * published. Returns null for events that are not facts.
 */
export function toFactRow(e: EventEnvelope): FactRow | null {
  if (!isFactType(e.type)) return null;
  const fact = { ...(e.data as Fact), factId: e.eventId };
  fact.reportedAt ??= dayOf(e.occurredAt);
  const mention = toMention(fact);
  const range = (fact.date ? dateRange(fact.date) : null) ?? dateRange(dayOf(fact.reportedAt)) ?? dateRange(dayOf(e.occurredAt))!;
  return {
    event_id: e.eventId,
    global_position: e.globalPosition,
    type: e.type,
    article_id: fact.articleId ?? null,
    outlet: fact.outlet ?? null,
    countries: factCountries(fact),
    dyads: factDyads(fact),
    story_key: mention.key,
    place: mention.place,
    tag: mention.tag,
    fact_date: fact.date ?? null,
    date_from: range.from,
    date_to: range.to,
    recorded_at: e.recordedAt,
    reported_at: fact.reportedAt,
    goldstein: typeof fact.cameo?.goldstein === 'number' ? fact.cameo.goldstein : null,
  };
}
