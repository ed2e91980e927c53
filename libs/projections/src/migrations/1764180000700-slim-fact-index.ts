import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * fact_index stops copying each fact's JSON (`data`, about 1 KB: most of the table) and keeps the
 * two figures the projector reads from it: `reported_at` (the fact's reportedAt, or the day its
 * event occurred) and `goldstein` (its CAMEO Goldstein score). Queries that show a fact take its
 * JSON from the event store by position (`factJson` in fact-row.ts). The table shrinks about fourfold,
 * so the projector writes less, and a rebuild copies and indexes much less.
 */
export class SlimFactIndex1764180000700 implements MigrationInterface {
  name = 'SlimFactIndex1764180000700';

  // Dropping the column frees no space by itself: the next rebuild (or VACUUM FULL) gives it back.
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE fact_index ADD COLUMN reported_at text, ADD COLUMN goldstein double precision`);
    await q.query(`UPDATE fact_index SET reported_at = data->>'reportedAt', goldstein = (data->'cameo'->>'goldstein')::float8`);
    await q.query(`ALTER TABLE fact_index ALTER COLUMN reported_at SET NOT NULL, DROP COLUMN data`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE fact_index ADD COLUMN data jsonb`);
    await q.query(
      `UPDATE fact_index f SET data = e.data || jsonb_build_object('factId', f.event_id, 'reportedAt', f.reported_at)
       FROM events e WHERE e.global_position = f.global_position`,
    );
    await q.query(`ALTER TABLE fact_index ALTER COLUMN data SET NOT NULL, DROP COLUMN reported_at, DROP COLUMN goldstein`);
  }
}
