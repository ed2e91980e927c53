import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read models of the relations projection, and its checkpoints. Everything here can be dropped
 * and rebuilt from the event store.
 */
export class ReadModels1764180000100 implements MigrationInterface {
  name = 'ReadModels1764180000100';

  async up(q: QueryRunner): Promise<void> {
    // One row per fact event: the event index behind GET /events and the dyad views.
    await q.query(`
      CREATE TABLE fact_index (
        event_id uuid PRIMARY KEY,
        global_position bigint NOT NULL,
        type text NOT NULL,
        article_id uuid,
        countries text[] NOT NULL,
        dyads text[] NOT NULL,
        fact_date text,
        date_from date NOT NULL,
        date_to date NOT NULL,
        recorded_at timestamptz NOT NULL,
        data jsonb NOT NULL
      )`);
    await q.query(`CREATE INDEX fact_index_position_idx ON fact_index (global_position)`);
    await q.query(`CREATE INDEX fact_index_countries_idx ON fact_index USING gin (countries)`);
    await q.query(`CREATE INDEX fact_index_dyads_idx ON fact_index USING gin (dyads)`);
    await q.query(`CREATE INDEX fact_index_article_idx ON fact_index (article_id)`);
    await q.query(`
      CREATE TABLE dyad_stats (
        dyad text NOT NULL,
        type text NOT NULL,
        count integer NOT NULL,
        last_event_date date NOT NULL,
        PRIMARY KEY (dyad, type)
      )`);
    await q.query(`
      CREATE TABLE country_partners (
        country text NOT NULL,
        partner text NOT NULL,
        type text NOT NULL,
        count integer NOT NULL,
        last_event_date date NOT NULL,
        PRIMARY KEY (country, partner, type)
      )`);
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
        applied_events bigint NOT NULL DEFAULT 0,
        rebuilt_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['projection_state', 'projection_checkpoints', 'country_partners', 'dyad_stats', 'fact_index']) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
