import { FACT_TYPES, getCountry, groupMentions, type Fact, type FactType, type Mention } from '@dyad/domain';

/** A mention with the fact it carries, as read from fact_index. */
export interface MentionWithFact extends Mention {
  type: FactType;
  articleId: string | null;
  outlet: string | null;
  recordedAt: string;
  data: Fact;
}

/** What a story view reads of a mention (the grouping fields key, place and tag are not needed). */
export type ViewMention = Pick<MentionWithFact, 'factId' | 'from' | 'to' | 'type' | 'articleId' | 'outlet' | 'recordedAt' | 'data'>;

export const countryRef = (iso3: string) => ({ iso3, name: getCountry(iso3)?.name ?? iso3 });
export const zeroCounts = () => Object.fromEntries(FACT_TYPES.map((t) => [t, 0])) as Record<FactType, number>;

const span = (m: { from: string; to: string }) => Date.parse(m.to) - Date.parse(m.from);

/** One real-world event with every report of it. */
export function storyView(storyId: string, members: ViewMention[]) {
  const best =
    members.length === 1 ? members[0] : [...members].sort((a, b) => span(a) - span(b) || a.from.localeCompare(b.from) || a.factId.localeCompare(b.factId))[0];
  const { factId: _f, articleId: _a, evidence: _e, confidence: _c, extractor: _x, source: _s, reportedAt: _r, outlet: _o, ...fields } =
    best.data as Fact & Record<string, unknown>;
  const reported = members.map((m) => m.data.reportedAt).sort();
  // The story's own fields after the fact's (a fact field of the same name keeps its place and
  // takes the story's value, as in `{ ...fields, ...own }`), without copying the fields again.
  const own = {
    storyId,
    type: best.type,
    date: best.data.date ?? best.from,
    dateFrom: best.from,
    dateTo: best.to,
    dateIsReportDate: !best.data.date,
    firstReportedAt: reported[0],
    mentionCount: members.length,
    articleCount: new Set(members.map((m) => m.articleId)).size,
    outletCount: new Set(members.map((m) => m.outlet).filter(Boolean)).size,
    mentions: members
      .map((m) => ({
        factId: m.factId,
        articleId: m.articleId,
        outlet: m.outlet,
        reportedAt: m.data.reportedAt,
        recordedAt: m.recordedAt,
        confidence: m.data.confidence,
        modality: m.data.modality,
        evidence: m.data.evidence ?? null,
      }))
      .sort((a, b) => a.reportedAt.localeCompare(b.reportedAt) || a.factId.localeCompare(b.factId)),
  };
  return Object.assign(fields, own) as Omit<typeof fields, keyof typeof own> & typeof own;
}
export type StoryView = ReturnType<typeof storyView>;

/** Groups mentions into story views (order: date, then id). */
export function storiesOf(mentions: MentionWithFact[]): StoryView[] {
  const byId = new Map(mentions.map((m) => [m.factId, m]));
  return groupMentions(mentions)
    .map((g) => storyView(g.storyId, g.factIds.map((id) => byId.get(id)!)))
    .sort((a, b) => a.dateFrom.localeCompare(b.dateFrom) || a.storyId.localeCompare(b.storyId));
}

/** Stories whose day range overlaps [from, until] (either bound optional). */
export const within = (s: StoryView, from?: string, until?: string) => (!from || s.dateTo >= from) && (!until || s.dateFrom <= until);

/**
 * Beyond this many half-lives (a factor below 1e-90), or for a weight below 1e-200, a story adds 0
 * to the cooperation score: the score is rounded to 0.001, and PostgreSQL's float8 arithmetic
 * raises an error where a product underflows (a fact dated in year 1 is 2,000 half-lives old).
 */
export const NEGLIGIBLE = { halfLives: 300, weight: 1e-200 };

/**
 * Cooperation score of a set of stories: the sum of their Goldstein weights, each halved for every
 * `halfLifeDays` between the story and `at` (stories after `at` are not counted).
 */
export function cooperationScore(stories: StoryView[], at: string, halfLifeDays: number) {
  const now = Date.parse(at);
  let score = 0;
  let counted = 0;
  for (const s of stories) {
    const g = (s as { cameo?: { goldstein?: number } | null }).cameo?.goldstein;
    if (typeof g !== 'number') continue;
    const ageDays = (now - Date.parse(s.dateTo)) / 86_400_000;
    if (ageDays < -1) continue;
    const halvings = Math.max(0, ageDays) / halfLifeDays;
    if (halvings <= NEGLIGIBLE.halfLives && Math.abs(g) >= NEGLIGIBLE.weight) score += g * Math.pow(0.5, halvings);
    counted++;
  }
  return { score: Math.round(score * 1000) / 1000, stories: counted, halfLifeDays, at };
}

/** Stories per period (month or year) with counts by type, Goldstein sum and QuadClass counts. */
export function seriesOf(stories: StoryView[], interval: 'month' | 'year') {
  const buckets = new Map<string, { period: string; stories: number; goldstein: number; counts: Record<FactType, number>; quadClass: Record<string, number> }>();
  for (const s of stories) {
    const period = interval === 'month' ? s.dateFrom.slice(0, 7) : s.dateFrom.slice(0, 4);
    const b = buckets.get(period) ?? { period, stories: 0, goldstein: 0, counts: zeroCounts(), quadClass: { '1': 0, '2': 0, '3': 0, '4': 0 } };
    b.stories++;
    b.counts[s.type]++;
    const cameo = (s as { cameo?: { goldstein?: number; quadClass?: number } | null }).cameo;
    if (typeof cameo?.goldstein === 'number') b.goldstein = Math.round((b.goldstein + cameo.goldstein) * 1000) / 1000;
    if (cameo?.quadClass) b.quadClass[String(cameo.quadClass)]++;
    buckets.set(period, b);
  }
  return [...buckets.values()].sort((a, b) => a.period.localeCompare(b.period));
}
