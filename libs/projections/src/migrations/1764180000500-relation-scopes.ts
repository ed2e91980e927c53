import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What each relation answer depends on, and the transaction that last changed it: a dyad
 * ('JPN-MNG': its stories, mentions and counts) or a voter ('votes:JPN': its standing votes, which
 * the voting agreement of every pair with that country reads). The projector writes the scopes its
 * transaction changed; the API's answer cache keeps a relation answer across other dyads' changes
 * while its scopes stand still.
 */
export class RelationScopes1764180000500 implements MigrationInterface {
  name = 'RelationScopes1764180000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE relation_scopes (scope text PRIMARY KEY, changed_in text NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE relation_scopes`);
  }
}
