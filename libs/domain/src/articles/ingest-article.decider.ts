import type { Fact, FactDraft } from '../facts/fact.types';
import { ARTICLE_INGESTED, type ArticleStreamEvent, type FactRecorded } from '../events/article-events';
import { factEvent, materialiseFact } from './article-stream';

/** A validated article as the ingest command carries it. */
export interface ArticleInput {
  title: string;
  body: string;
  /** ISO date or date-time. */
  publishedAt: string;
  url: string | null;
  source: string | null;
  language: string | null;
}

/** Everything that is not a pure function of the input: ids, clock, hashes, extraction output. */
export interface IngestContext {
  articleId: string;
  contentHash: string;
  occurredAt: string;
  correlationId: string;
  newId: () => string;
  extractor: { name: string; version: string };
  /** Facts found in the body, or supplied by the client (then `source` is `client`). */
  facts: FactDraft[];
  factSource: Fact['source'];
}

/**
 * Decides the events of a new article stream: one ArticleIngested, then one event per fact, each
 * caused by the ArticleIngested. Pure: the same input and context give the same events.
 */
export function decideIngestArticle(article: ArticleInput, ctx: IngestContext): ArticleStreamEvent[] {
  const ingestedId = ctx.newId();
  const metadata = { correlationId: ctx.correlationId, causationId: ingestedId };
  const facts: FactRecorded[] = ctx.facts.map((draft) =>
    factEvent(materialiseFact(draft, { ...ctx, reportedAt: article.publishedAt, outlet: outletOf(article) }), { occurredAt: ctx.occurredAt, metadata }),
  );
  return [
    {
      eventId: ingestedId,
      type: ARTICLE_INGESTED,
      schemaVersion: 1,
      occurredAt: ctx.occurredAt,
      data: {
        articleId: ctx.articleId,
        title: article.title,
        url: article.url,
        source: article.source,
        language: article.language,
        publishedAt: article.publishedAt,
        contentHash: ctx.contentHash,
        bodyLength: article.body.length,
        factIds: facts.map((f) => f.eventId),
        extractor: ctx.extractor,
      },
      metadata: { correlationId: ctx.correlationId, causationId: null },
    },
    ...facts,
  ];
}

/** Who published an article: its source, else its URL's host. */
export function outletOf(article: Pick<ArticleInput, 'source' | 'url'>): string | null {
  if (article.source?.trim()) return article.source.trim();
  if (!article.url) return null;
  try {
    return new URL(article.url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * The text two copies of one article share: the body, whatever its case, Unicode form and
 * whitespace. The headline is left out: outlets that carry one wire story retitle it. Hash this to
 * dedupe by content.
 */
export function normaliseContent(body: string): string {
  return body.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Canonical form of a URL for dedupe: no fragment, lower-case host, no trailing slash. */
export function normaliseUrl(raw: string): string {
  const u = new URL(raw);
  u.hash = '';
  u.hostname = u.hostname.toLowerCase();
  let s = u.toString();
  if (s.endsWith('/') && u.pathname !== '/') s = s.slice(0, -1);
  return s;
}
