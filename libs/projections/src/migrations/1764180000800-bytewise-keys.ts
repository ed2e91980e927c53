import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The read models' text columns that are index keys or compared with them, by table. */
const KEYS: Record<string, Record<string, 'text' | 'text[]'>> = {
  fact_index: { type: 'text', countries: 'text[]', dyads: 'text[]', story_key: 'text', story_id: 'text' },
  stories: { story_id: 'text', story_key: 'text', type: 'text', countries: 'text[]', dyads: 'text[]' },
  story_dyads: { dyad: 'text', type: 'text', story_id: 'text' },
  dyad_stats: { dyad: 'text', type: 'text', country_a: 'text', country_b: 'text' },
  relation_answers: { dyad: 'text' },
  relation_scopes: { scope: 'text' },
};

/**
 * The read models' keys (country codes, dyads, fact types, story keys and ids: ASCII codes made by
 * Dyad) compare bytewise (COLLATE "C"). Under the database's collation (here C.UTF-8, elsewhere
 * often en_US) PostgreSQL compares text with strcoll and, for libc collations, without abbreviated
 * keys; bytewise, index builds and the rebuild's sorts are much cheaper (on the 1M store: the story
 * id index 1.35 s → 0.47 s, story_dyads' primary key 1.87 → 1.12 s, the dyads GIN index 0.99 →
 * 0.76 s; docs/benchmarks.md). For these ASCII keys the order is the same as under C.UTF-8, and
 * equality is unchanged under any deterministic collation. Changing a column's collation keeps its
 * data and rebuilds the indexes on it.
 */
export class BytewiseKeys1764180000800 implements MigrationInterface {
  name = 'BytewiseKeys1764180000800';

  async up(q: QueryRunner): Promise<void> {
    for (const [table, columns] of Object.entries(KEYS)) {
      await q.query(`ALTER TABLE ${table} ${Object.entries(columns).map(([c, t]) => `ALTER COLUMN ${c} TYPE ${t} COLLATE "C"`).join(', ')}`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, columns] of Object.entries(KEYS)) {
      await q.query(`ALTER TABLE ${table} ${Object.entries(columns).map(([c, t]) => `ALTER COLUMN ${c} TYPE ${t} COLLATE "default"`).join(', ')}`);
    }
  }
}
