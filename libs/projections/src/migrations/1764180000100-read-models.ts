import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read models of the relations projection, and its checkpoints. Everything here can be dropped
 * and rebuilt from the event store.
 */
export class ReadModels1764180000100 implements MigrationInterface {
  name = 'ReadModels1764180000100';

  async up(q: QueryRunner): Promise<void> {
    // One row per fact event (a mention), retracted ones kept with the time of their retraction:
    // the event index behind GET /events, and what time travel ("asOf") reads.
    await q.query(`
      CREATE TABLE fact_index (
        event_id uuid PRIMARY KEY,
        global_position bigint NOT NULL,
        type text NOT NULL,
        article_id uuid,
        outlet text,
        countries text[] NOT NULL,
        dyads text[] NOT NULL,
        story_key text NOT NULL,
        story_id text,
        place text,
        tag text,
        fact_date text,
        date_from date NOT NULL,
        date_to date NOT NULL,
        recorded_at timestamptz NOT NULL,
        retracted_at timestamptz,
        superseded_by uuid,
        data jsonb NOT NULL
      ) WITH (fillfactor = 80)`);
    // Free room on each page lets the projector's story_id updates stay HOT (no index writes):
    // nothing indexes story_id for that reason.
    await q.query(`CREATE INDEX fact_index_position_idx ON fact_index (global_position)`);
    await q.query(`CREATE INDEX fact_index_countries_idx ON fact_index USING gin (countries)`);
    await q.query(`CREATE INDEX fact_index_dyads_idx ON fact_index USING gin (dyads)`);
    await q.query(`CREATE INDEX fact_index_article_idx ON fact_index (article_id)`);
    await q.query(`CREATE INDEX fact_index_story_key_idx ON fact_index (story_key, date_from) WHERE retracted_at IS NULL`);
    await q.query(`CREATE INDEX fact_index_votes_idx ON fact_index (type, date_from) WHERE type IN ('VoteAbstained', 'VoteCast')`);
    // Stories: one real-world event and its mentions (DESIGN.md "Facts are mentions").
    await q.query(`
      CREATE TABLE stories (
        story_id text PRIMARY KEY,
        story_key text NOT NULL,
        type text NOT NULL,
        countries text[] NOT NULL,
        dyads text[] NOT NULL,
        date_from date NOT NULL,
        date_to date NOT NULL,
        mention_count integer NOT NULL,
        article_count integer NOT NULL,
        outlet_count integer NOT NULL,
        first_reported_at timestamptz NOT NULL,
        goldstein double precision
      ) WITH (fillfactor = 80)`);
    // Each story under each of its dyads: the newest story of a (dyad, type) is one index probe.
    await q.query(`
      CREATE TABLE story_dyads (
        dyad text NOT NULL,
        type text NOT NULL,
        story_id text NOT NULL,
        date_to date NOT NULL,
        PRIMARY KEY (dyad, type, story_id)
      )`);
    await q.query(`CREATE INDEX story_dyads_last_idx ON story_dyads (dyad, type, date_to)`);
    await q.query(`CREATE INDEX story_dyads_story_idx ON story_dyads (story_id)`);
    // Stories per dyad and type, with each side's code so a country's partners are one index scan.
    await q.query(`
      CREATE TABLE dyad_stats (
        dyad text NOT NULL,
        type text NOT NULL,
        country_a text NOT NULL,
        country_b text NOT NULL,
        count integer NOT NULL,
        last_event_date date NOT NULL,
        PRIMARY KEY (dyad, type)
      )`);
    await q.query(`CREATE INDEX dyad_stats_a_idx ON dyad_stats (country_a)`);
    await q.query(`CREATE INDEX dyad_stats_b_idx ON dyad_stats (country_b)`);
    // Kafka offsets, stored with the read models so that a batch and its checkpoint commit together.
    await q.query(`
      CREATE TABLE projection_checkpoints (
        projection text NOT NULL,
        topic text NOT NULL,
        partition integer NOT NULL,
        next_offset bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (projection, topic, partition)
      )`);
    await q.query(`
      CREATE TABLE projection_state (
        projection text PRIMARY KEY,
        last_position bigint NOT NULL DEFAULT 0,
        repaired_position bigint NOT NULL DEFAULT 0,
        applied_events bigint NOT NULL DEFAULT 0,
        rebuilt_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['projection_state', 'projection_checkpoints', 'dyad_stats', 'story_dyads', 'stories', 'fact_index']) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
