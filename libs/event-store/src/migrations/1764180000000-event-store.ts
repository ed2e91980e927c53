import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The write side: the append-only event log, its outbox, and the article and idempotency tables
 * that dedupe ingestion inside the same transaction as the append.
 */
export class EventStore1764180000000 implements MigrationInterface {
  name = 'EventStore1764180000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE events (
        global_position bigserial PRIMARY KEY,
        event_id uuid NOT NULL,
        stream_id text NOT NULL,
        stream_version integer NOT NULL CHECK (stream_version >= 1),
        type text NOT NULL,
        schema_version integer NOT NULL,
        data jsonb NOT NULL,
        metadata jsonb NOT NULL,
        occurred_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
        CONSTRAINT events_event_id_uq UNIQUE (event_id),
        CONSTRAINT events_stream_version_uq UNIQUE (stream_id, stream_version)
      )`);
    await q.query(`CREATE INDEX events_type_position_idx ON events (type, global_position)`);
    // Append-only is a property of the table, not a convention of the code.
    await q.query(`
      CREATE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'events are append-only (% refused)', TG_OP; END $$`);
    await q.query(`
      CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
      FOR EACH ROW EXECUTE FUNCTION events_append_only()`);
    await q.query(`
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        global_position bigint NOT NULL REFERENCES events (global_position),
        topic text NOT NULL,
        message_key text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE articles (
        article_id uuid PRIMARY KEY,
        url text,
        content_hash text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        published_at text NOT NULL,
        source text,
        language text,
        ingested_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        retracted_at timestamptz,
        CONSTRAINT articles_url_uq UNIQUE (url),
        CONSTRAINT articles_content_hash_uq UNIQUE (content_hash)
      )`);
    // Every version of an article's text: corrections keep the history queryable.
    await q.query(`
      CREATE TABLE article_versions (
        article_id uuid NOT NULL REFERENCES articles (article_id),
        version integer NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        published_at text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (article_id, version)
      )`);
    await q.query(`
      CREATE TABLE idempotency_keys (
        key text PRIMARY KEY,
        article_id uuid NOT NULL REFERENCES articles (article_id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_keys`);
    await q.query(`DROP TABLE article_versions`);
    await q.query(`DROP TABLE articles`);
    await q.query(`DROP TABLE outbox`);
    await q.query(`DROP TABLE events`);
    await q.query(`DROP FUNCTION events_append_only()`);
  }
}
