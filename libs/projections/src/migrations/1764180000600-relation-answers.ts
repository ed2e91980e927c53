import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Materialised relation answers (GET /relations/:a/:b, current view): the JSON as sent, gzipped,
 * for one dyad and list limit, with the day its cooperation score decays to and the state of the
 * scopes it was computed from (see relation-answers.ts). An answer is served only while that state
 * and day are current; otherwise it is recomputed and replaced. Gzipped JSON does not compress
 * further, and at a few KB it fits in the row (STORAGE MAIN: no TOAST round trip to read it).
 */
export class RelationAnswers1764180000600 implements MigrationInterface {
  name = 'RelationAnswers1764180000600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE relation_answers (
      dyad text NOT NULL, lim int NOT NULL, day date NOT NULL, state text NOT NULL, body bytea NOT NULL,
      PRIMARY KEY (dyad, lim))`);
    await q.query(`ALTER TABLE relation_answers ALTER COLUMN body SET STORAGE MAIN`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE relation_answers`);
  }
}
