import { FACT_RETRACTED, FACT_TYPES, groupMentions, type EventEnvelope, type Mention } from '@dyad/domain';
import { copyIn, copyRow, inTransaction, isoMillisSql, vacuumAnalyze, type Sql } from '@dyad/event-store';
import type { DataSource, QueryRunner } from 'typeorm';
import { toFactRow, UNMAPPED_FACT_FIELDS, type FactRow } from './fact-row';
import { APPLY_LOCK, RELATIONS_PROJECTION } from './relations.projection';
import { storySummary } from './story-store';

/** The event types the relations projection reads: facts and their retractions. */
export const PROJECTED_TYPES: readonly string[] = [...FACT_TYPES, FACT_RETRACTED];
const PROJECTED = new Set(PROJECTED_TYPES);
/** True for the event types the relations projection applies (what the facts topic carries). */
export const isProjectedType = (type: string): boolean => PROJECTED.has(type);

/** The read-model tables a rebuild empties and refills. */
export const READ_MODEL_TABLES = ['fact_index', 'stories', 'story_dyads', 'dyad_stats'] as const;

export interface RebuildResult {
  events: number;
  lastPosition: number;
  ms: number;
}

/**
 * Rebuilds the read models from zero out of the event store, in one transaction, so readers (who
 * wait on the table locks) see either the old model or the whole new one. Insert first, count once:
 *
 * 1. Every fact event up to the head is mapped by the projector's own `toFactRow` (Node) to its
 *    index columns, which go to a temporary table (not WAL-logged, no indexes); Node reads facts
 *    without the fields the mapping never looks at (UNMAPPED_FACT_FIELDS), most of a fact's
 *    size. The same pass notes the retractions, which
 *    are then copied in SQL; the first retraction of a fact (by position) stands, as in the
 *    incremental projection, which retracts only a standing fact.
 * 2. Standing mentions that overlap another of their story key are grouped into stories in one
 *    pass in key order, with the same pure grouping and storySummary the projector uses; Node
 *    writes the figures and members of each story of several mentions. Every other standing
 *    mention is a story of its own (STORY_ROWS writes it).
 * 3. fact_index is filled with one INSERT … SELECT joining the mentions with their story ids and
 *    retractions: every row is written once and never updated.
 * 4. stories, story_dyads and dyad_stats are one statement each.
 *
 * The indexes and primary keys of the read-model tables are dropped before the load and recreated
 * after it (building an index once is much cheaper than maintaining it row by row); this is DDL
 * inside the same transaction, so it commits or rolls back with the data.
 * The projector waits on the lock meanwhile and then goes on; the events it then sees again are
 * skipped by event id, so the result equals a projection of the whole store. `lastPosition` (and
 * `repaired_position`) is the last fact or retraction at or below the head read at the start;
 * what is appended later reaches the projector through Kafka, and the repair from there.
 */
export async function rebuildRelations(ds: DataSource, pageSize = 10_000, trace?: (step: string, ms: number) => void): Promise<RebuildResult> {
  const started = Date.now();
  let lap = started;
  const step = (name: string) => {
    const t = Date.now();
    trace?.(name, t - lap);
    lap = t;
  };
  // The connection that reads events for the pipeline (stageFacts) is taken before the lock: once
  // the lock is held, requests that wait on it may hold every other connection of the pool.
  // With a pool of one connection there is none to spare: the pages are then read in the transaction.
  const poolSize = (ds.options as { poolSize?: number }).poolSize ?? 10;
  const reader = poolSize > 1 ? ds.createQueryRunner() : null;
  await reader?.connect();
  let result: RebuildResult;
  try {
    result = await rebuildIn(ds, reader, pageSize, step, started);
  } finally {
    await reader?.release();
  }
  // VACUUM (ANALYZE) of the freshly written read models, after the commit (VACUUM cannot run in a
  // transaction). It sets the visibility map, without which every index-only scan (the relation
  // query's votes, the country query's partners) reads the table page of each row; and it gives the
  // planner statistics of the new tables. Autovacuum would do both later where it runs; it is off on
  // some servers (on this machine's). Counted in the rebuild's time.
  await vacuumAnalyze(ds, READ_MODEL_TABLES);
  step('vacuum');
  return { ...result, ms: Date.now() - started };
}


async function rebuildIn(ds: DataSource, reader: QueryRunner | null, pageSize: number, step: (name: string) => void, started: number): Promise<RebuildResult> {
  return inTransaction(ds, async (tx) => {
    // One commit at the end: its flush is all synchronous_commit would wait for, and a crash
    // before it rolls the whole rebuild back anyway. Memory for sorts, hashes and index builds.
    await tx.query(`SET LOCAL synchronous_commit = off`);
    await tx.query(`SET LOCAL work_mem = '256MB'`);
    await tx.query(`SET LOCAL maintenance_work_mem = '512MB'`);
    // JIT compiling these few big statements costs seconds and saves nothing.
    await tx.query(`SET LOCAL jit = off`);
    // The staging tables below are temporary: in memory if the session has not used temporary
    // tables yet (Postgres fixes temp_buffers at the first use; then this is skipped).
    await tx.query(`SAVEPOINT temp_buffers`);
    await tx.query(`SET LOCAL temp_buffers = '1GB'`).then(
      () => tx.query(`RELEASE SAVEPOINT temp_buffers`),
      () => tx.query(`ROLLBACK TO SAVEPOINT temp_buffers`),
    );
    // The apply lock first, as the projector's batches and the repair pass take it before any
    // table: otherwise a repair holding rows of one table and waiting for another deadlocks with
    // this LOCK TABLE (seen in the bench: 40P01 while the repair applied a freshly filled store).
    await tx.query(`SELECT pg_advisory_xact_lock(${APPLY_LOCK})`);
    await tx.query(`LOCK TABLE fact_index, stories, story_dyads, dyad_stats, projection_state IN ACCESS EXCLUSIVE MODE`);
    await tx.query(`TRUNCATE fact_index, stories, story_dyads, dyad_stats`);
    await tx.query(`DELETE FROM projection_state WHERE projection = $1`, [RELATIONS_PROJECTION]);
    const indexes = await dropIndexes(tx, READ_MODEL_TABLES);
    await tx.query(`CREATE TEMP TABLE rebuild_mentions (
        event_id uuid NOT NULL, global_position bigint NOT NULL, type text NOT NULL, article_id uuid, outlet text,
        countries text[] NOT NULL, dyads text[] NOT NULL, story_key text NOT NULL, place text, tag text, fact_date text,
        date_from date NOT NULL, date_to date NOT NULL, recorded_at timestamptz NOT NULL, reported_at text, goldstein float8
      ) ON COMMIT DROP`);
    await tx.query(`CREATE TEMP TABLE rebuild_retractions (position bigint NOT NULL, fact_id uuid NOT NULL, at timestamptz NOT NULL, by uuid) ON COMMIT DROP`);
    await tx.query(`CREATE TEMP TABLE rebuild_members (event_id uuid NOT NULL, story_id text NOT NULL) ON COMMIT DROP`);
    await tx.query(`CREATE TEMP TABLE rebuild_stories (story_id text NOT NULL, best uuid NOT NULL, mention_count int NOT NULL,
      article_count int NOT NULL, outlet_count int NOT NULL, first_reported_at timestamptz NOT NULL) ON COMMIT DROP`);
    step('prepare');

    // Everything up to the head now; the projector applies what comes after (from Kafka, and the
    // repair from lastPosition).
    const [{ head }] = await tx.query<{ head: string }>(`SELECT coalesce(max(global_position), 0) AS head FROM events`);
    const { lastPosition, retractions } = await stageFacts(reader, tx, Number(head), pageSize);
    // Step 1b: the retractions step 1 met, by position (one primary-key probe each).
    if (retractions.length) {
      await tx.query(
        `INSERT INTO rebuild_retractions
         SELECT global_position, (data->>'factId')::uuid, date_trunc('milliseconds', recorded_at), (data->>'supersededBy')::uuid
         FROM events WHERE global_position = ANY($1::bigint[])`,
        [retractions],
      );
    }
    step('stage mentions');
    await tx.query(`ANALYZE rebuild_mentions`);
    await tx.query(`CREATE TEMP TABLE rebuild_retracted ON COMMIT DROP AS
      SELECT DISTINCT ON (r.fact_id) r.fact_id, r.at, r.by FROM rebuild_retractions r
      WHERE EXISTS (SELECT 1 FROM rebuild_mentions m WHERE m.event_id = r.fact_id)
      ORDER BY r.fact_id, r.position`);
    await tx.query(`ANALYZE rebuild_retracted`);
    step('retractions');

    // Pages of twice the read page (20,000 by default); small pages in the spec exercise the prefetch and the flushes.
    await groupStagedMentions(tx, 2 * pageSize, 2 * pageSize);
    await tx.query(`ANALYZE rebuild_members, rebuild_stories`);
    step('group stories');

    const [{ n: inserted }] = await tx.query<{ n: number }>(
      `WITH ins AS (
         INSERT INTO fact_index (event_id, global_position, type, article_id, outlet, countries, dyads, story_key, story_id, place,
                                 tag, fact_date, date_from, date_to, recorded_at, retracted_at, superseded_by, reported_at, goldstein)
         SELECT m.event_id, m.global_position, m.type, m.article_id, m.outlet, m.countries, m.dyads, m.story_key,
                CASE WHEN r.fact_id IS NULL THEN coalesce(s.story_id, m.event_id::text) END, m.place,
                m.tag, m.fact_date, m.date_from, m.date_to, m.recorded_at, r.at, r.by, m.reported_at, m.goldstein
         FROM rebuild_mentions m
         LEFT JOIN rebuild_members s ON s.event_id = m.event_id
         LEFT JOIN rebuild_retracted r ON r.fact_id = m.event_id
         RETURNING 1
       ) SELECT count(*)::int AS n FROM ins`,
    );
    const [{ n: retracted }] = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM rebuild_retracted`);
    step('insert fact_index');
    await tx.query(STORY_ROWS);
    await tx.query(`INSERT INTO story_dyads (dyad, type, story_id, date_to) SELECT unnest(dyads), type, story_id, date_to FROM stories`);
    await tx.query(
      `INSERT INTO dyad_stats (dyad, type, country_a, country_b, count, last_event_date)
       SELECT dyad, type, split_part(dyad, '-', 1), split_part(dyad, '-', 2), count(*), max(date_to) FROM story_dyads GROUP BY dyad, type`,
    );
    step('stories, story_dyads, dyad_stats');
    // (Each index is a step of its own in the trace: which build costs what.)
    await recreateIndexes(tx, indexes, (ix) => step(`index ${ix.constraint ?? ix.definition.replace(/^CREATE (UNIQUE )?INDEX (\S+) .*$/s, '$2')}`));
    const events = inserted + retracted;
    await tx.query(
      `INSERT INTO projection_state (projection, last_position, applied_events, rebuilt_at, repaired_position) VALUES ($1, $2, $3, now(), $2)
       ON CONFLICT (projection) DO UPDATE SET rebuilt_at = now()`,
      [RELATIONS_PROJECTION, lastPosition, events],
    );
    return { events, lastPosition, ms: Date.now() - started };
  });
}

/**
 * The story rows, exactly as storyRow makes them: the stories of several mentions from
 * storySummary's figures (rebuild_stories, from the grouping) with the columns of the best
 * mention; then every standing mention in no such story, which is a story of its own:
 * storySummary of one mention is that mention, one mention, one article (a missing id counts as
 * one), one outlet unless it has none (null or empty), its reportedAt or else (or when it sorts as
 * storySummary's '9999' stand-in) 1970-01-01. `rebuild.int-spec.ts` holds both to the projector's.
 */
const STORY_ROWS = `
  INSERT INTO stories (story_id, story_key, type, countries, dyads, date_from, date_to, mention_count, article_count, outlet_count,
                       first_reported_at, goldstein)
  SELECT s.story_id, m.story_key, m.type, m.countries, m.dyads, m.date_from, m.date_to, s.mention_count, s.article_count,
         s.outlet_count, s.first_reported_at, m.goldstein
  FROM rebuild_stories s JOIN rebuild_mentions m ON m.event_id = s.best
  UNION ALL
  SELECT m.event_id::text, m.story_key, m.type, m.countries, m.dyads, m.date_from, m.date_to, 1, 1,
         CASE WHEN m.outlet <> '' THEN 1 ELSE 0 END,
         (CASE WHEN m.reported_at IS NULL OR m.reported_at = '9999' THEN '1970-01-01' ELSE m.reported_at END)::timestamptz, m.goldstein
  FROM rebuild_mentions m
  WHERE NOT EXISTS (SELECT 1 FROM rebuild_retracted r WHERE r.fact_id = m.event_id)
    AND NOT EXISTS (SELECT 1 FROM rebuild_members s WHERE s.event_id = m.event_id)`;

/** What step 1 found besides the mentions: the last projected position and the retractions' positions. */
interface StageResult {
  lastPosition: number;
  retractions: number[];
}

/** The staged columns of one page, as COPY text (much cheaper for PostgreSQL to read than a JSON document of the rows). */
const MENTION_COPY = `COPY rebuild_mentions (event_id, global_position, type, article_id, outlet, countries, dyads, story_key, place, tag,
  fact_date, date_from, date_to, recorded_at, reported_at, goldstein) FROM STDIN`;
const mentionLine = (r: FactRow) =>
  copyRow([r.event_id, r.global_position, r.type, r.article_id, r.outlet, r.countries, r.dyads, r.story_key, r.place, r.tag,
    r.fact_date, r.date_from, r.date_to, r.recorded_at, r.reported_at, r.goldstein]);
/**
 * Rows with a value of another JSON type than its column's (a stored fact may hold a number among
 * its countries, an object for an outlet) go in as the projector writes them, through
 * jsonb_to_recordset, so that the rebuild converts them exactly as the projector does.
 */
const MENTION_INSERT_JSON = `INSERT INTO rebuild_mentions
  SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(event_id uuid, global_position bigint, type text, article_id uuid,
    outlet text, countries text[], dyads text[], story_key text, place text, tag text, fact_date text, date_from date,
    date_to date, recorded_at timestamptz, reported_at text, goldstein float8)`;
const textOrNull = (v: unknown) => v === null || typeof v === 'string';
const allText = (xs: unknown) => Array.isArray(xs) && xs.every((x) => typeof x === 'string');
const copyable = (r: FactRow) =>
  textOrNull(r.article_id) && textOrNull(r.outlet) && allText(r.countries) && allText(r.dyads) && typeof r.story_key === 'string' &&
  textOrNull(r.place) && textOrNull(r.tag) && textOrNull(r.fact_date) && typeof r.reported_at === 'string' && (r.goldstein === null || typeof r.goldstein === 'number');

/**
 * An events row as step 1 reads it: what toFactRow looks at, the times already in the ISO form
 * toEnvelope gives them (milliseconds, UTC), which spares parsing a million timestamps into Dates.
 */
interface StagedRow {
  global_position: string;
  event_id: string;
  type: string;
  data: unknown;
  occurred_at: string;
  recorded_at: string;
}
/** The envelope toFactRow reads (it never looks at the stream or the metadata). */
const stagedEnvelope = (r: StagedRow) =>
  ({ eventId: r.event_id, type: r.type, globalPosition: Number(r.global_position), occurredAt: r.occurred_at, recordedAt: r.recorded_at, data: r.data }) as EventEnvelope;

/**
 * Step 1: the fact events (and retractions) up to `head`, in position order, in one pass over the
 * store. Facts are mapped by the projector's own toFactRow to their mention columns and written
 * to rebuild_mentions; retractions are only noted by position (step 1b copies them in SQL).
 * A pipeline over two connections: a second connection (outside the transaction: events are
 * append-only and every position up to `head` is committed) reads the next page while Node maps
 * this one and the transaction writes the previous one.
 */
async function stageFacts(reader: QueryRunner | null, tx: Sql, head: number, pageSize: number): Promise<StageResult> {
  // Settled before the reader goes back to the pool; a failure is thrown where it is awaited.
  const quiet = <T>(p: Promise<T>) => (p.catch(() => undefined), p);
  let next: Promise<StagedRow[]> = Promise.resolve([]);
  let writing: Promise<unknown> = Promise.resolve();
  const staged: StageResult = { lastPosition: 0, retractions: [] };
  try {
    const read = (after: number) =>
      (reader ?? tx).query(
        `SELECT e.global_position, e.event_id, e.type, e.data - $4::text[] AS data, ${isoMillisSql('e.occurred_at')} AS occurred_at,
                ${isoMillisSql('e.recorded_at')} AS recorded_at
         FROM events e WHERE e.global_position > $1 AND e.global_position <= $5 AND e.type = ANY($3)
         ORDER BY e.global_position LIMIT $2`,
        [after, pageSize, PROJECTED_TYPES, UNMAPPED_FACT_FIELDS, head],
      ) as Promise<StagedRow[]>;
    next = quiet(read(0));
    for (;;) {
      const page = await next;
      if (page.length === 0) break;
      const after = Number(page[page.length - 1].global_position);
      staged.lastPosition = after;
      // Without a reader connection nothing overlaps: one query at a time on the transaction.
      if (reader) next = quiet(read(after));
      const lines: string[] = [];
      const odd: FactRow[] = [];
      for (const r of page) {
        if (r.type === FACT_RETRACTED) {
          staged.retractions.push(Number(r.global_position));
          continue;
        }
        const row = toFactRow(stagedEnvelope(r));
        if (row && copyable(row)) lines.push(mentionLine(row));
        else if (row) odd.push(row);
      }
      await writing;
      writing = quiet(
        (async () => {
          if (lines.length) await copyIn(tx, MENTION_COPY, lines.join(''));
          if (odd.length) await tx.query(MENTION_INSERT_JSON, [JSON.stringify(odd)]);
        })(),
      );
      if (!reader) {
        await writing;
        next = quiet(read(after));
      }
    }
    await writing;
    return staged;
  } finally {
    await Promise.allSettled([next, writing]);
  }
}

/**
 * Step 2: groups the standing mentions into stories, read once in story-key order through a
 * cursor, key by key with the projector's pure grouping; writes the figures (storySummary) of
 * each story of several mentions to rebuild_stories and its members' story id to
 * rebuild_members, in large statements (a story of one mention is left to SQL: STORY_ROWS).
 * The next page is fetched while Node groups this one. Keys are sorted bytewise (COLLATE "C"):
 * the grouping needs only each key's mentions together, and a bytewise sort is much cheaper than
 * the database collation's. Mentions that overlap no other are not read at all (below).
 */
async function groupStagedMentions(tx: Sql, fetchSize: number, flushAt: number): Promise<void> {
  type Staged = Mention & { articleId: string | null; outlet: string | null; reportedAt: string | null };
  let ids: string[] = [];
  let storyIds: string[] = [];
  // Column arrays (unnest): much cheaper for Postgres than a JSON document of as many rows.
  let stories = { id: [] as string[], best: [] as string[], mentions: [] as number[], articles: [] as number[], outlets: [] as number[], reported: [] as string[] };
  const flush = async () => {
    if (ids.length) await tx.query(`INSERT INTO rebuild_members SELECT * FROM unnest($1::uuid[], $2::text[])`, [ids, storyIds]);
    if (stories.id.length) {
      await tx.query(`INSERT INTO rebuild_stories SELECT * FROM unnest($1::text[], $2::uuid[], $3::int[], $4::int[], $5::int[], $6::text[]::timestamptz[])`, [
        stories.id,
        stories.best,
        stories.mentions,
        stories.articles,
        stories.outlets,
        stories.reported,
      ]);
    }
    ids = [];
    storyIds = [];
    stories = { id: [], best: [], mentions: [], articles: [], outlets: [], reported: [] };
  };
  // Only mentions whose day range overlaps another standing mention of their key go to Node: two
  // mentions are compatible only if their ranges overlap, so one that overlaps none is a story of
  // its own whatever the rest, and leaving it out changes no other group. In key order and, within
  // a key, by start: a mention overlaps an earlier one iff the latest end before it reaches its
  // start, and a later one iff the next start is within its range (ties in start overlap anyway).
  await tx.query(`DECLARE rebuild_standing NO SCROLL CURSOR FOR
    SELECT x.event_id::text AS "factId", x.story_key AS key, x.date_from::text AS "from", x.date_to::text AS "to", x.place, x.tag,
           x.article_id::text AS "articleId", x.outlet, x.reported_at AS "reportedAt"
    FROM (
      SELECT m.event_id, m.story_key, m.date_from, m.date_to, m.place, m.tag, m.article_id, m.outlet, m.reported_at,
             max(m.date_to) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS ends_before,
             lead(m.date_from) OVER w AS next_start
      FROM rebuild_mentions m
      WHERE NOT EXISTS (SELECT 1 FROM rebuild_retracted r WHERE r.fact_id = m.event_id)
      WINDOW w AS (PARTITION BY m.story_key COLLATE "C" ORDER BY m.date_from)
    ) x
    WHERE x.ends_before >= x.date_from OR x.next_start <= x.date_to
    ORDER BY x.story_key COLLATE "C"`);
  let pending: Staged[] = [];
  const group = () => {
    const byId = new Map(pending.map((m) => [m.factId, m]));
    for (const g of groupMentions(pending)) {
      // A story of one mention is left to SQL (STORY_ROWS): most stories, nothing to decide.
      if (g.factIds.length === 1) continue;
      const summary = storySummary(g.factIds.map((id) => byId.get(id)!));
      stories.id.push(g.storyId);
      stories.best.push(summary.best.factId);
      stories.mentions.push(summary.mention_count);
      stories.articles.push(summary.article_count);
      stories.outlets.push(summary.outlet_count);
      stories.reported.push(summary.first_reported_at);
      for (const id of g.factIds) {
        ids.push(id);
        storyIds.push(g.storyId);
      }
    }
    pending = [];
  };
  const fetch = () => tx.query<Staged>(`FETCH ${Math.floor(fetchSize)} FROM rebuild_standing`);
  // Queued on the same connection, so statements still run one at a time, in order.
  // Marked handled at once: a failure is thrown where the page is awaited (or settled in finally).
  const quiet = <T>(p: Promise<T>) => (p.catch(() => undefined), p);
  let next: Promise<Staged[]> | null = quiet(fetch());
  try {
    for (;;) {
      const page: Staged[] = await next;
      next = page.length < fetchSize ? null : quiet(fetch());
      for (const m of page) {
        if (pending.length && pending[0].key !== m.key) {
          group();
          if (ids.length >= flushAt) await flush();
        }
        pending.push(m);
      }
      if (!next) break;
    }
  } finally {
    // A failed flush leaves the prefetch settled before the transaction rolls back.
    if (next) await Promise.allSettled([next]);
  }
  await tx.query(`CLOSE rebuild_standing`);
  if (pending.length) group();
  await flush();
}

interface DroppedIndex {
  table: string;
  /** CREATE INDEX statement, or the constraint definition when the index backs a constraint. */
  definition: string;
  constraint: string | null;
}

/**
 * Drops every index of the tables (primary keys and unique constraints included, unless a foreign
 * key depends on them) and returns how to recreate them, read from the catalog so that indexes
 * added by later migrations are handled too. Inside the caller's transaction.
 */
async function dropIndexes(tx: Sql, tables: readonly string[]): Promise<DroppedIndex[]> {
  const rows = await tx.query<{ table: string; index: string; def: string; conname: string | null; condef: string | null }>(
    `SELECT i.indrelid::regclass::text AS "table", i.indexrelid::regclass::text AS index, pg_get_indexdef(i.indexrelid) AS def,
            c.conname, pg_get_constraintdef(c.oid) AS condef
     FROM pg_index i
     LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.conrelid = i.indrelid AND c.contype IN ('p', 'u', 'x')
     WHERE i.indrelid = ANY($1::regclass[])
       AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = i.indexrelid)
     ORDER BY i.indrelid, i.indexrelid`,
    [tables],
  );
  for (const r of rows) {
    if (r.conname) await tx.query(`ALTER TABLE ${r.table} DROP CONSTRAINT ${quoteIdent(r.conname)}`);
    else await tx.query(`DROP INDEX ${r.index}`);
  }
  return rows.map((r) => (r.conname ? { table: r.table, definition: r.condef!, constraint: r.conname } : { table: r.table, definition: r.def, constraint: null }));
}

async function recreateIndexes(tx: Sql, indexes: DroppedIndex[], built: (ix: DroppedIndex) => void): Promise<void> {
  for (const ix of indexes) {
    if (ix.constraint) await tx.query(`ALTER TABLE ${ix.table} ADD CONSTRAINT ${quoteIdent(ix.constraint)} ${ix.definition}`);
    else await tx.query(ix.definition);
    built(ix);
  }
}

const quoteIdent = (s: string) => `"${s.replaceAll('"', '""')}"`;
