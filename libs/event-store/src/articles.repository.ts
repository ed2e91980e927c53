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

  /** Inserts the article; false when a concurrent ingest stored the same url or content first. */
  async insert(db: Sql, a: Omit<ArticleRecord, 'ingestedAt'>, idempotencyKey?: string | null): Promise<boolean> {
    const rows = await db.query(
      `INSERT INTO articles (article_id, url, content_hash, title, body, published_at, source, language)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING article_id`,
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
}
