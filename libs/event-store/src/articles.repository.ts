import type { Sql } from './db';

export interface ArticleRecord {
  articleId: string;
  url: string | null;
  contentHash: string;
  title: string;
  body: string;
  publishedAt: string;
  source: string | null;
  language: string | null;
  ingestedAt: string;
  version: number;
  retractedAt: string | null;
}

export interface ArticleVersion {
  version: number;
  title: string;
  body: string;
  publishedAt: string;
  recordedAt: string;
}

interface Row {
  article_id: string;
  url: string | null;
  content_hash: string;
  title: string;
  body: string;
  published_at: string;
  source: string | null;
  language: string | null;
  ingested_at: Date;
  version: number;
  retracted_at: Date | null;
}

const toRecord = (r: Row): ArticleRecord => ({
  articleId: r.article_id,
  url: r.url,
  contentHash: r.content_hash,
  title: r.title,
  body: r.body,
  publishedAt: r.published_at,
  source: r.source,
  language: r.language,
  ingestedAt: new Date(r.ingested_at).toISOString(),
  version: r.version,
  retractedAt: r.retracted_at ? new Date(r.retracted_at).toISOString() : null,
});

/**
 * The stored articles. Their unique url and content hash, and the idempotency keys, are what make
 * a repeated ingest answer with the existing article instead of appending again.
 */
export class ArticlesRepository {
  /** An article that an ingest would duplicate: same idempotency key, url or normalised content. */
  async findDuplicate(
    db: Sql,
    q: { idempotencyKey?: string | null; url?: string | null; contentHash: string },
  ): Promise<ArticleRecord | null> {
    const rows = await db.query<Row>(
      `SELECT a.* FROM articles a
       WHERE a.content_hash = $1 OR ($2::text IS NOT NULL AND a.url = $2)
          OR ($3::text IS NOT NULL AND a.article_id = (SELECT article_id FROM idempotency_keys WHERE key = $3))
       LIMIT 1`,
      [q.contentHash, q.url ?? null, q.idempotencyKey ?? null],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /**
   * Existing articles that a batch would duplicate, by content hash, url or idempotency key: one
   * query for the whole batch.
   */
  async findDuplicates(db: Sql, q: { contentHashes: string[]; urls: string[]; keys: string[] }): Promise<(ArticleRecord & { keys: string[] })[]> {
    // Three index lookups joined by UNION: written as one WHERE with OR, the key subquery made the
    // planner scan the whole articles table (with JIT) for every batch.
    const rows = await db.query<Row & { keys: string[] | null }>(
      `SELECT a.*, (SELECT array_agg(k.key) FROM idempotency_keys k WHERE k.article_id = a.article_id AND k.key = ANY($3::text[])) AS keys
       FROM articles a
       WHERE a.article_id IN (
         SELECT article_id FROM articles WHERE content_hash = ANY($1::text[])
         UNION SELECT article_id FROM articles WHERE url = ANY($2::text[])
         UNION SELECT article_id FROM idempotency_keys WHERE key = ANY($3::text[]))`,
      [q.contentHashes, q.urls, q.keys],
    );
    return rows.map((r) => ({ ...toRecord(r), keys: r.keys ?? [] }));
  }

  /**
   * Inserts many new articles (and their first versions) at once; returns the ids actually
   * inserted (an article whose url or text a concurrent ingest stored first is left out).
   */
  async insertMany(db: Sql, list: Omit<ArticleRecord, 'ingestedAt' | 'version' | 'retractedAt'>[]): Promise<Set<string>> {
    if (list.length === 0) return new Set();
    const rows = await db.query<{ article_id: string }>(
      `INSERT INTO articles (article_id, url, content_hash, title, body, published_at, source, language)
       SELECT article_id, url, content_hash, title, body, published_at, source, language
       FROM jsonb_to_recordset($1::jsonb) AS x(article_id uuid, url text, content_hash text, title text, body text,
            published_at text, source text, language text)
       ON CONFLICT DO NOTHING RETURNING article_id`,
      [JSON.stringify(list.map((a) => ({ article_id: a.articleId, url: a.url, content_hash: a.contentHash, title: a.title, body: a.body, published_at: a.publishedAt, source: a.source, language: a.language })))],
    );
    const inserted = new Set(rows.map((r) => r.article_id));
    await db.query(
      `INSERT INTO article_versions (article_id, version, title, body, published_at)
       SELECT a.article_id, 1, a.title, a.body, a.published_at FROM articles a WHERE a.article_id = ANY($1::uuid[])`,
      [[...inserted]],
    );
    return inserted;
  }

  /** Records the idempotency keys of many new articles; returns how many keys were new. */
  async insertKeys(db: Sql, pairs: { key: string; articleId: string }[]): Promise<number> {
    if (pairs.length === 0) return 0;
    const rows = await db.query(
      `INSERT INTO idempotency_keys (key, article_id) SELECT * FROM unnest($1::text[], $2::uuid[]) ON CONFLICT DO NOTHING RETURNING key`,
      [pairs.map((p) => p.key), pairs.map((p) => p.articleId)],
    );
    return rows.length;
  }

  /** Inserts the article; false when a concurrent ingest stored the same url or content first. */
  async insert(db: Sql, a: Omit<ArticleRecord, 'ingestedAt' | 'version' | 'retractedAt'>, idempotencyKey?: string | null): Promise<boolean> {
    // The article and its first text version in one statement (one round trip).
    const rows = await db.query(
      `WITH a AS (
         INSERT INTO articles (article_id, url, content_hash, title, body, published_at, source, language)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING article_id, title, body, published_at
       )
       INSERT INTO article_versions (article_id, version, title, body, published_at)
       SELECT article_id, 1, title, body, published_at FROM a RETURNING article_id`,
      [a.articleId, a.url, a.contentHash, a.title, a.body, a.publishedAt, a.source, a.language],
    );
    if (rows.length === 0) return false;
    if (idempotencyKey) {
      const keyed = await db.query(
        `INSERT INTO idempotency_keys (key, article_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING key`,
        [idempotencyKey, a.articleId],
      );
      if (keyed.length === 0) return false;
    }
    return true;
  }

  async get(db: Sql, articleId: string): Promise<ArticleRecord | null> {
    const rows = await db.query<Row>(`SELECT * FROM articles WHERE article_id = $1`, [articleId]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /**
   * Stores a corrected text as the article's next version; false when another article already has
   * this url or text (the unique constraints answer, so two corrections cannot collide).
   */
  async correct(db: Sql, a: Omit<ArticleRecord, 'ingestedAt' | 'retractedAt'>): Promise<boolean> {
    const rows = await db.query(
      `UPDATE articles SET url = $2, content_hash = $3, title = $4, body = $5, published_at = $6, source = $7, language = $8, version = $9
       WHERE article_id = $1 AND NOT EXISTS (SELECT 1 FROM articles o WHERE o.article_id <> $1 AND (o.content_hash = $3 OR ($2::text IS NOT NULL AND o.url = $2)))
       RETURNING article_id`,
      [a.articleId, a.url, a.contentHash, a.title, a.body, a.publishedAt, a.source, a.language, a.version],
    );
    if (rows.length === 0) return false;
    await db.query(`INSERT INTO article_versions (article_id, version, title, body, published_at) VALUES ($1, $2, $3, $4, $5)`, [
      a.articleId,
      a.version,
      a.title,
      a.body,
      a.publishedAt,
    ]);
    return true;
  }

  async markRetracted(db: Sql, articleId: string): Promise<void> {
    await db.query(`UPDATE articles SET retracted_at = now() WHERE article_id = $1 AND retracted_at IS NULL`, [articleId]);
  }

  async versions(db: Sql, articleId: string): Promise<ArticleVersion[]> {
    const rows = await db.query<{ version: number; title: string; body: string; published_at: string; recorded_at: Date }>(
      `SELECT version, title, body, published_at, recorded_at FROM article_versions WHERE article_id = $1 ORDER BY version`,
      [articleId],
    );
    return rows.map((r) => ({ version: r.version, title: r.title, body: r.body, publishedAt: r.published_at, recordedAt: new Date(r.recorded_at).toISOString() }));
  }

  /** Ids of live articles after `after`, in id order: for re-extraction in pages. */
  async liveIds(db: Sql, after: string | null, limit: number): Promise<string[]> {
    const rows = await db.query<{ article_id: string }>(
      `SELECT article_id FROM articles WHERE retracted_at IS NULL AND ($1::uuid IS NULL OR article_id > $1::uuid) ORDER BY article_id LIMIT $2`,
      [after, limit],
    );
    return rows.map((r) => r.article_id);
  }
}
