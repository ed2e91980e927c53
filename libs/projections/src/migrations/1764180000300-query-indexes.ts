import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the bounded read queries (GET /relations/:a/:b, /relations/:a/:b/stories). Only
 * indexes: they can be dropped and recreated at will; no table or projector write changes.
 */
export class QueryIndexes1764180000300 implements MigrationInterface {
  name = 'QueryIndexes1764180000300';

  async up(q: QueryRunner): Promise<void> {
    // A dyad's stories newest first (the timeline, and each typed list filtered on the included
    // type): the latest N of a dyad is an index-only range scan that stops after N rows.
    await q.query(`CREATE INDEX story_dyads_recent_idx ON story_dyads (dyad, date_to DESC, story_id DESC) INCLUDE (type)`);
    // Standing vote mentions by story key, byte-ordered so that one voter's votes
    // ('VoteCast:JPN@…', 'VoteAbstained:JPN@…') are a prefix range whatever the database
    // collation; the included columns are everything the voting agreement needs (no `data`).
    // Partial on votes: other facts pay nothing; story_id is not indexed, so the projector's
    // story_id updates stay HOT.
    await q.query(
      `CREATE INDEX fact_index_voter_idx ON fact_index ((story_key COLLATE "C")) INCLUDE (event_id, date_from, date_to, tag, fact_date)
       WHERE type IN ('VoteAbstained', 'VoteCast') AND retracted_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX fact_index_voter_idx`);
    await q.query(`DROP INDEX story_dyads_recent_idx`);
  }
}
