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

const MENTION_COLUMNS = `f.event_id::text AS "factId", f.story_key AS key, f.date_from::text AS "from", f.date_to::text AS "to",
  f.place, f.tag, f.story_id AS "storyId", f.type, f.countries, f.dyads, f.article_id::text AS "articleId", f.outlet,
  f.data->>'reportedAt' AS "reportedAt", (f.data->'cameo'->>'goldstein')::float8 AS goldstein`;

/** Active mentions of some story keys overlapping some day windows, from fact_index. */
class SqlMentions implements MentionSource<MentionRow> {
  constructor(private readonly tx: Sql) {}
  overlapping(windows: KeyWindow[]): Promise<MentionRow[]> {
    return this.tx.query<MentionRow>(
      `SELECT ${MENTION_COLUMNS}
       FROM jsonb_to_recordset($1::jsonb) AS w(key text, "from" date, "to" date)
       JOIN fact_index f ON f.story_key = w.key AND f.date_from <= w."to" AND f.date_to >= w."from"
       WHERE f.retracted_at IS NULL`,
      [JSON.stringify(windows)],
    );
  }
}

/** The story row of a group: dated like its most precise mention; counts of articles and outlets. */
export function storyRow(group: StoryGroup, members: MentionRow[]) {
  const span = (m: MentionRow) => Date.parse(m.to) - Date.parse(m.from);
  const best = [...members].sort((a, b) => span(a) - span(b) || a.from.localeCompare(b.from) || a.factId.localeCompare(b.factId))[0];
  const reported = members.map((m) => m.reportedAt ?? '9999').sort()[0];
  return {
    story_id: group.storyId,
    story_key: group.key,
    type: best.type,
    countries: best.countries,
    dyads: best.dyads,
    date_from: best.from,
    date_to: best.to,
    mention_count: members.length,
    article_count: new Set(members.map((m) => m.articleId)).size,
    outlet_count: new Set(members.map((m) => m.outlet).filter(Boolean)).size,
    first_reported_at: reported === '9999' ? '1970-01-01' : reported,
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

  const removed = oldIds.length
    ? await tx.query<{ dyads: string[]; type: string }>(`DELETE FROM stories WHERE story_id = ANY($1::text[]) RETURNING dyads, type`, [oldIds])
    : [];
  const rows = groups.map((g) => storyRow(g, g.factIds.map((id) => byId.get(id)!)));
  if (rows.length) {
    await tx.query(
      `INSERT INTO stories (story_id, story_key, type, countries, dyads, date_from, date_to, mention_count, article_count,
                            outlet_count, first_reported_at, goldstein)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS s(story_id text, story_key text, type text, countries text[],
         dyads text[], date_from date, date_to date, mention_count int, article_count int, outlet_count int,
         first_reported_at timestamptz, goldstein float8)`,
      [JSON.stringify(rows)],
    );
    await tx.query(
      `UPDATE fact_index f SET story_id = x.story_id
       FROM jsonb_to_recordset($1::jsonb) AS x(event_id uuid, story_id text)
       WHERE f.event_id = x.event_id AND f.story_id IS DISTINCT FROM x.story_id`,
      [JSON.stringify(groups.flatMap((g) => g.factIds.map((id) => ({ event_id: id, story_id: g.storyId }))))],
    );
  }
  const affected = new Map<string, { dyad: string; type: string }>();
  for (const r of [...removed, ...rows]) for (const dyad of r.dyads) affected.set(`${dyad}|${r.type}`, { dyad, type: r.type });
  await refreshDyadStats(tx, [...affected.values()]);
}

/**
 * Recounts the stories of some (dyad, type) pairs. A transaction lock per dyad, taken in order,
 * makes concurrent projector instances recount one after the other, so the last one counts what
 * both wrote.
 */
async function refreshDyadStats(tx: Sql, pairs: { dyad: string; type: string }[]): Promise<void> {
  if (pairs.length === 0) return;
  const dyads = [...new Set(pairs.map((p) => p.dyad))].sort();
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('dyad:' || d)) FROM unnest($1::text[]) AS d ORDER BY d`, [dyads]);
  await tx.query(
    `WITH aff AS (SELECT DISTINCT dyad, type FROM jsonb_to_recordset($1::jsonb) AS x(dyad text, type text)),
     cnt AS (
       SELECT a.dyad, a.type, count(s.story_id)::int AS n, max(s.date_to) AS last
       FROM aff a LEFT JOIN stories s ON s.type = a.type AND s.dyads @> ARRAY[a.dyad]
       GROUP BY a.dyad, a.type
     ), del AS (
       DELETE FROM dyad_stats d USING cnt WHERE d.dyad = cnt.dyad AND d.type = cnt.type AND cnt.n = 0
     )
     INSERT INTO dyad_stats (dyad, type, country_a, country_b, count, last_event_date)
     SELECT dyad, type, split_part(dyad, '-', 1), split_part(dyad, '-', 2), n, last FROM cnt WHERE n > 0 ORDER BY dyad, type
     ON CONFLICT (dyad, type) DO UPDATE SET count = excluded.count, last_event_date = excluded.last_event_date`,
    [JSON.stringify(pairs)],
  );
}
