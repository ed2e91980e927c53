import { dyadKey, FACT_RETRACTED, type EventEnvelope, type FactRetractedData, type Mention } from '@dyad/domain';
import type { Sql } from '@dyad/event-store';
import { factEventJoin, toFactRow } from './fact-row';
import { RELATION_LISTS } from './relation-page';
import { regroupStories } from './story-store';

export const RELATIONS_PROJECTION = 'relations';
/**
 * The projection's version: the transaction that last wrote its `projection_state` row, which every
 * writer of the read models writes in the same transaction ('none' before the first).
 */
export async function projectionVersion(db: Sql): Promise<string> {
  const [r] = await db.query<{ v: string | null }>(`SELECT (SELECT xmin::text FROM projection_state WHERE projection = $1) AS v`, [RELATIONS_PROJECTION]);
  return r?.v ?? 'none';
}

/** Advisory lock key that orders projector batches against the repair. */
export const APPLY_LOCK = `hashtext('dyad.projection.apply')`;

/** Where a batch came from on Kafka, to be checkpointed with it. */
export interface BatchSource {
  topic: string;
  partition: number;
  /** The offset to resume from: one past the batch's last message. */
  nextOffset: string;
}

const VOTE_TYPES: ReadonlySet<string> = new Set(RELATION_LISTS.votes);
const voterScope = (country: string) => `votes:${country}`;

/**
 * The relation scopes a fact's change touches (see the relation_scopes migration): its dyads, and
 * for a vote its voter, whose standing votes the voting agreement of every pair with it reads.
 */
export function relationScopes(f: { type: string; dyads: string[]; voter: string | null | undefined }): string[] {
  return VOTE_TYPES.has(f.type) && f.voter ? [...f.dyads, voterScope(f.voter)] : f.dyads;
}

/** The scopes a relation answer of `a` and `b` reads: the pair's stories and both countries' standing votes. */
export function relationAnswerScopes(a: string, b: string): string[] {
  return [dyadKey(a, b), voterScope(a), voterScope(b)];
}

/**
 * Writes the mentions of a batch to fact_index (new facts inserted, retracted ones marked), and
 * returns what actually changed: the seeds of regrouping, and the relation scopes touched.
 */
export async function recordMentions(tx: Sql, events: EventEnvelope[]) {
  const rows = events.flatMap((e) => toFactRow(e) ?? []);
  const retractions = events
    .filter((e) => e.type === FACT_RETRACTED)
    .map((e) => {
      const d = e.data as FactRetractedData;
      return { fact_id: d.factId, at: e.recordedAt, by: d.supersededBy };
    });
  const inserted = rows.length
    ? await tx.query<Mention>(
        `INSERT INTO fact_index (event_id, global_position, type, article_id, outlet, countries, dyads, story_key, place, tag,
                                 fact_date, date_from, date_to, recorded_at, reported_at, goldstein)
         SELECT r.event_id, r.global_position, r.type, r.article_id, r.outlet, r.countries, r.dyads, r.story_key, r.place,
                r.tag, r.fact_date, r.date_from, r.date_to, r.recorded_at, r.reported_at, r.goldstein
         FROM jsonb_to_recordset($1::jsonb) AS r(event_id uuid, global_position bigint, type text, article_id uuid,
              outlet text, countries text[], dyads text[], story_key text, place text, tag text, fact_date text,
              date_from date, date_to date, recorded_at timestamptz, reported_at text, goldstein float8)
         ORDER BY r.global_position
         ON CONFLICT (event_id) DO NOTHING
         RETURNING event_id::text AS "factId", story_key AS key, date_from::text AS "from", date_to::text AS "to", place, tag`,
        [JSON.stringify(rows)],
      )
    : [];
  // A retracted vote's voter is its event's `country` (joined by position: fact_index keeps no fact JSON).
  const retracted = retractions.length
    ? await tx.query<Mention & { storyId: string | null; type: string; dyads: string[]; voter: string | null }>(
        `WITH r AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(fact_id uuid, at timestamptz, by uuid)),
         old AS (SELECT f.event_id, f.story_id, e.data->>'country' AS voter
                 FROM fact_index f JOIN r ON f.event_id = r.fact_id LEFT ${factEventJoin()} WHERE f.retracted_at IS NULL)
         UPDATE fact_index f SET retracted_at = r.at, superseded_by = r.by, story_id = NULL
         FROM r JOIN old ON old.event_id = r.fact_id
         WHERE f.event_id = r.fact_id AND f.retracted_at IS NULL
         RETURNING f.event_id::text AS "factId", f.story_key AS key, f.date_from::text AS "from", f.date_to::text AS "to",
                   f.place, f.tag, old.story_id AS "storyId", f.type, f.dyads, old.voter`,
        [JSON.stringify(retractions)],
      )
    : [];
  const byId = new Map(rows.map((r) => [r.event_id, r]));
  const voterOf = new Map(events.map((e) => [e.eventId, (e.data as { country?: string }).country]));
  const scopes = new Set<string>();
  for (const m of inserted) {
    const r = byId.get(m.factId)!;
    for (const x of relationScopes({ type: r.type, dyads: r.dyads, voter: voterOf.get(r.event_id) })) scopes.add(x);
  }
  for (const m of retracted) for (const x of relationScopes(m)) scopes.add(x);
  return { inserted, retracted, scopes: [...scopes].sort() };
}

/**
 * Marks the scopes as changed by this transaction (in sorted order: concurrent projector
 * transactions lock these rows in the same order, so they cannot deadlock on them).
 */
async function markScopes(tx: Sql, scopes: string[]): Promise<void> {
  if (!scopes.length) return;
  await tx.query(
    `INSERT INTO relation_scopes (scope, changed_in)
     SELECT s, pg_current_xact_id()::text FROM unnest($1::text[]) AS s ORDER BY s
     ON CONFLICT (scope) DO UPDATE SET changed_in = excluded.changed_in`,
    [scopes],
  );
}

/**
 * Applies fact events (and FactRetracted) to the read models. Idempotent: a fact already in
 * fact_index is skipped (ON CONFLICT DO NOTHING), a retraction only touches a fact not yet
 * retracted, and stories are regrouped only around what actually changed, so a replayed batch
 * changes nothing. Returns how many events changed something.
 */
export async function applyFactEvents(tx: Sql, events: EventEnvelope[]): Promise<number> {
  // Batches run side by side (shared); the repair runs alone (exclusive), see repair.ts.
  await tx.query(`SELECT pg_advisory_xact_lock_shared(${APPLY_LOCK})`);
  const { inserted, retracted, scopes } = await recordMentions(tx, events);
  const changed = inserted.length + retracted.length;
  if (changed) {
    await regroupStories(tx, [...inserted, ...retracted], retracted.map((r) => r.storyId).filter((x): x is string => !!x));
    await markScopes(tx, scopes);
  }
  const last = events.reduce((m, e) => Math.max(m, e.globalPosition), 0);
  await tx.query(
    `INSERT INTO projection_state (projection, last_position, applied_events) VALUES ($1, $2, $3)
     ON CONFLICT (projection) DO UPDATE
       SET last_position = greatest(projection_state.last_position, excluded.last_position),
           applied_events = projection_state.applied_events + excluded.applied_events,
           updated_at = now()`,
    [RELATIONS_PROJECTION, last, changed],
  );
  return changed;
}

/** Reads the stored resume offsets of a topic's partitions. */
export async function loadCheckpoints(db: Sql, topic: string): Promise<Map<number, string>> {
  const rows = await db.query<{ partition: number; next_offset: string }>(
    `SELECT partition, next_offset FROM projection_checkpoints WHERE projection = $1 AND topic = $2`,
    [RELATIONS_PROJECTION, topic],
  );
  return new Map(rows.map((r) => [r.partition, String(r.next_offset)]));
}

/** Records where a partition resumes, in the batch's own transaction. */
export function saveCheckpoint(tx: Sql, source: BatchSource): Promise<void> {
  return saveCheckpoints(tx, [source]);
}

/**
 * Records where each partition of a group of batches resumes, in one statement (a group holds up to
 * one batch per partition, and a statement per partition was a round trip each). Offsets only move
 * forward; a partition named twice keeps its furthest offset.
 */
export async function saveCheckpoints(tx: Sql, sources: readonly BatchSource[]): Promise<void> {
  const furthest = new Map<string, BatchSource>();
  for (const s of sources) {
    const k = `${s.topic}\u0000${s.partition}`;
    const seen = furthest.get(k);
    if (!seen || BigInt(s.nextOffset) > BigInt(seen.nextOffset)) furthest.set(k, s);
  }
  if (furthest.size === 0) return;
  const list = [...furthest.values()].sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
  await tx.query(
    `INSERT INTO projection_checkpoints (projection, topic, partition, next_offset)
     SELECT $1, t, p, o FROM unnest($2::text[], $3::int[], $4::bigint[]) AS x(t, p, o)
     ON CONFLICT (projection, topic, partition) DO UPDATE
       SET next_offset = greatest(projection_checkpoints.next_offset, excluded.next_offset), updated_at = now()`,
    [RELATIONS_PROJECTION, list.map((s) => s.topic), list.map((s) => s.partition), list.map((s) => s.nextOffset)],
  );
}
