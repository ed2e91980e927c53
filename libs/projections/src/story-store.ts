import { groupMentions, loadNeighbourhood, type KeyWindow, type Mention, type MentionSource, type StoryGroup } from '@dyad/domain';
import type { Sql } from '@dyad/event-store';

/** A mention as the projector loads it: enough to group it and to describe its story. */
export interface MentionRow extends Mention {
  storyId: string | null;
  type: string;
  countries: string[];
  dyads: string[];
  articleId: string | null;
  outlet: string | null;
  reportedAt: string | null;
  goldstein: number | null;
}

export const MENTION_COLUMNS = `f.event_id::text AS "factId", f.story_key AS key, f.date_from::text AS "from", f.date_to::text AS "to",
  f.place, f.tag, f.story_id AS "storyId", f.type, f.countries, f.dyads, f.article_id::text AS "articleId", f.outlet,
  f.reported_at AS "reportedAt", f.goldstein`;

/** Active mentions of some story keys overlapping some day windows, from fact_index. */
class SqlMentions implements MentionSource<MentionRow> {
  constructor(private readonly tx: Sql) {}
  overlapping(windows: KeyWindow[]): Promise<MentionRow[]> {
    // Column arrays, not a JSON document: PostgreSQL estimates unnest's rows from the arrays (a
    // JSON recordset counts as 100 rows), so a few windows probe the index instead of a hash join
    // over every standing mention.
    return this.tx.query<MentionRow>(
      `SELECT ${MENTION_COLUMNS}
       FROM unnest($1::text[], $2::date[], $3::date[]) AS w(key, "from", "to")
       JOIN fact_index f ON f.story_key = w.key AND f.date_from <= w."to" AND f.date_to >= w."from"
         -- No fact spans more than a year, so this bound lets the index range scan stop early.
         AND f.date_from >= w."from" - 366
       WHERE f.retracted_at IS NULL`,
      [windows.map((w) => w.key), windows.map((w) => w.from), windows.map((w) => w.to)],
    );
  }
}

/** What a story takes from its members as a whole: its most precise mention, counts, first report. */
export function storySummary<M extends Pick<MentionRow, 'factId' | 'from' | 'to' | 'articleId' | 'outlet' | 'reportedAt'>>(members: M[]) {
  const span = (m: M) => Date.parse(m.to) - Date.parse(m.from);
  const best = [...members].sort((a, b) => span(a) - span(b) || a.from.localeCompare(b.from) || a.factId.localeCompare(b.factId))[0];
  const reported = members.map((m) => m.reportedAt ?? '9999').sort()[0];
  return {
    best,
    mention_count: members.length,
    article_count: new Set(members.map((m) => m.articleId)).size,
    outlet_count: new Set(members.map((m) => m.outlet).filter(Boolean)).size,
    first_reported_at: reported === '9999' ? '1970-01-01' : reported,
  };
}

/**
 * The story row of a group: dated like its most precise mention (whose type, countries, dyads and
 * goldstein it takes); counts of articles and outlets. The rebuild writes the same row from
 * storySummary and the best mention's columns (rebuild.ts).
 */
export function storyRow(group: StoryGroup, members: MentionRow[]) {
  const { best, ...counts } = storySummary(members);
  return {
    story_id: group.storyId,
    story_key: group.key,
    type: best.type,
    countries: best.countries,
    dyads: best.dyads,
    date_from: best.from,
    date_to: best.to,
    mention_count: counts.mention_count,
    article_count: counts.article_count,
    outlet_count: counts.outlet_count,
    first_reported_at: counts.first_reported_at,
    goldstein: best.goldstein,
  };
}

/**
 * Regroups the stories that `seeds` (mentions just added or retracted) can touch, and refreshes
 * the per-dyad counts they feed. Everything is set-based: a handful of statements per batch.
 */
export async function regroupStories(tx: Sql, seeds: Mention[], staleStoryIds: string[]): Promise<void> {
  const loaded = await loadNeighbourhood(new SqlMentions(tx), seeds);
  const byId = new Map(loaded.map((m) => [m.factId, m]));
  const groups = groupMentions(loaded);
  const oldIds = [...new Set([...loaded.map((m) => m.storyId), ...staleStoryIds].filter((x): x is string => !!x))];

  const rows = groups.map((g) => storyRow(g, g.factIds.map((id) => byId.get(id)!)));
  const keptIds = new Set(rows.map((r) => r.story_id));
  // Stories that no longer exist go; the rest are upserted in place (writeStories).
  const gone = oldIds.filter((id) => !keptIds.has(id));
  const removed = gone.length
    ? await tx.query<{ dyads: string[]; type: string }>(`DELETE FROM stories WHERE story_id = ANY($1::text[]) RETURNING dyads, type`, [gone])
    : [];
  if (gone.length) await tx.query(`DELETE FROM story_dyads WHERE story_id = ANY($1::text[])`, [gone]);
  const previous = new Set(oldIds);
  await writeStories(tx, rows, groups.flatMap((g) => g.factIds.map((id) => ({ event_id: id, story_id: g.storyId }))));
  const delta = new Map<string, { dyad: string; type: string; delta: number }>();
  const bump = (r: { dyads: string[]; type: string }, by: number) => {
    for (const dyad of r.dyads) {
      const k = `${dyad}|${r.type}`;
      const d = delta.get(k) ?? { dyad, type: r.type, delta: 0 };
      d.delta += by;
      delta.set(k, d);
    }
  };
  removed.forEach((r) => bump(r, -1));
  // Every pair a kept story touches is refreshed too: its newest date may have moved.
  rows.forEach((r) => bump(r, previous.has(r.story_id) ? 0 : +1));
  await applyStoryCounts(tx, [...delta.values()]);
}

/**
 * Writes stories (upserted in place: a story keeps its id while it only gains mentions, and
 * rewriting rows in place keeps the unique index from piling up dead entries for one id), their
 * per-dyad index rows, and each member mention's story id.
 */
async function writeStories(tx: Sql, rows: ReturnType<typeof storyRow>[], members: { event_id: string; story_id: string }[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `WITH s AS (
       INSERT INTO stories (story_id, story_key, type, countries, dyads, date_from, date_to, mention_count, article_count,
                            outlet_count, first_reported_at, goldstein)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS s(story_id text, story_key text, type text, countries text[],
         dyads text[], date_from date, date_to date, mention_count int, article_count int, outlet_count int,
         first_reported_at timestamptz, goldstein float8)
       ON CONFLICT (story_id) DO UPDATE SET date_from = excluded.date_from, date_to = excluded.date_to,
         mention_count = excluded.mention_count, article_count = excluded.article_count, outlet_count = excluded.outlet_count,
         first_reported_at = excluded.first_reported_at, goldstein = excluded.goldstein
       RETURNING story_id, type, dyads, date_to
     )
     INSERT INTO story_dyads (dyad, type, story_id, date_to) SELECT unnest(dyads), type, story_id, date_to FROM s
     ON CONFLICT (dyad, type, story_id) DO UPDATE SET date_to = excluded.date_to
       WHERE story_dyads.date_to IS DISTINCT FROM excluded.date_to`,
    [JSON.stringify(rows)],
  );
  await tx.query(
    `UPDATE fact_index f SET story_id = x.story_id
     FROM unnest($1::uuid[], $2::text[]) AS x(event_id, story_id)
     WHERE f.event_id = x.event_id AND f.story_id IS DISTINCT FROM x.story_id`,
    [members.map((m) => m.event_id), members.map((m) => m.story_id)],
  );
}

/**
 * Moves the per-(dyad, type) story counts by the stories removed and added, and re-reads each
 * pair's newest story date from story_dyads (one index probe). Deltas commute, so projector
 * instances that touch the same dyad (multi-dyad facts) need no lock beyond the rows' own; rows are
 * written in key order so two of them cannot deadlock.
 */
async function applyStoryCounts(tx: Sql, deltas: { dyad: string; type: string; delta: number }[]): Promise<void> {
  if (deltas.length === 0) return;
  // Column arrays (unnest, whose row count PostgreSQL reads off the arrays): with a JSON recordset
  // (estimated at 100 rows) the delete hash-joined a sequential scan of all of dyad_stats.
  // One statement, one round trip: a pair left with no story loses its row (the CTE), every other
  // pair is upserted. Both parts read the same snapshot, in which a pair either has a story or
  // not, so they never touch the same row.
  await tx.query(
    `WITH gone AS (
       DELETE FROM dyad_stats s USING unnest($1::text[], $2::text[]) AS g(dyad, type)
       WHERE s.dyad = g.dyad AND s.type = g.type
         AND NOT EXISTS (SELECT 1 FROM story_dyads sd WHERE sd.dyad = g.dyad AND sd.type = g.type)
     )
     INSERT INTO dyad_stats (dyad, type, country_a, country_b, count, last_event_date)
     SELECT x.dyad, x.type, split_part(x.dyad, '-', 1), split_part(x.dyad, '-', 2), x.delta, last.date_to
     FROM unnest($1::text[], $2::text[], $3::int[]) AS x(dyad, type, delta)
     CROSS JOIN LATERAL (
       SELECT sd.date_to FROM story_dyads sd WHERE sd.dyad = x.dyad AND sd.type = x.type ORDER BY sd.date_to DESC LIMIT 1
     ) last
     ORDER BY x.dyad, x.type
     ON CONFLICT (dyad, type) DO UPDATE
       SET count = dyad_stats.count + excluded.count, last_event_date = excluded.last_event_date`,
    [deltas.map((d) => d.dyad), deltas.map((d) => d.type), deltas.map((d) => d.delta)],
  );
}

/**
 * Groups every standing mention into stories from scratch (the rebuild's last step): mentions are
 * read once in story-key order through a cursor, grouped key by key with the same pure function
 * the projector uses, and written in large batches; the per-dyad counts are one GROUP BY at the end.
 */
export async function groupAllStories(tx: Sql, fetchSize = 20_000, flushAt = 10_000): Promise<number> {
  let stories: ReturnType<typeof storyRow>[] = [];
  let members: { event_id: string; story_id: string }[] = [];
  let total = 0;
  const flush = async () => {
    if (stories.length === 0) return;
    await writeStories(tx, stories, members);
    total += stories.length;
    stories = [];
    members = [];
  };
  const group = (list: MentionRow[]) => {
    const byId = new Map(list.map((m) => [m.factId, m]));
    for (const g of groupMentions(list)) {
      stories.push(storyRow(g, g.factIds.map((id) => byId.get(id)!)));
      for (const id of g.factIds) members.push({ event_id: id, story_id: g.storyId });
    }
  };
  await tx.query(`DECLARE all_mentions NO SCROLL CURSOR FOR
    SELECT ${MENTION_COLUMNS} FROM fact_index f WHERE f.retracted_at IS NULL ORDER BY f.story_key`);
  let pending: MentionRow[] = [];
  for (;;) {
    const page = await tx.query<MentionRow>(`FETCH ${Math.floor(fetchSize)} FROM all_mentions`);
    for (const m of page) {
      if (pending.length && pending[0].key !== m.key) {
        group(pending);
        pending = [];
        if (stories.length >= flushAt) await flush();
      }
      pending.push(m);
    }
    if (page.length < fetchSize) break;
  }
  await tx.query(`CLOSE all_mentions`);
  if (pending.length) group(pending);
  await flush();
  await tx.query(
    `INSERT INTO dyad_stats (dyad, type, country_a, country_b, count, last_event_date)
     SELECT dyad, type, split_part(dyad, '-', 1), split_part(dyad, '-', 2), count(*), max(date_to) FROM story_dyads GROUP BY dyad, type`,
  );
  return total;
}
