import type { Fact, FactDraft } from '../facts/fact.types';
import { ARTICLE_INGESTED, type ArticleStreamEvent, type FactRecorded } from '../events/article-events';

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
  const facts: FactRecorded[] = ctx.facts.map((draft) => {
    const fact = {
      ...draft,
      factId: ctx.newId(),
      articleId: ctx.articleId,
      source: ctx.factSource,
      reportedAt: article.publishedAt,
    } as Fact;
    return {
      eventId: fact.factId,
      type: fact.type,
      schemaVersion: 1,
      occurredAt: ctx.occurredAt,
      data: fact,
      metadata: { correlationId: ctx.correlationId, causationId: ingestedId },
    };
  });
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
