import type { Fact, FactType } from '../facts/fact.types';
import type { NewEvent } from './envelope';

export const ARTICLE_INGESTED = 'ArticleIngested';

/** Payload of ArticleIngested (schema version 1). The body stays in Postgres, not on Kafka. */
export interface ArticleIngestedData {
  articleId: string;
  title: string;
  url: string | null;
  source: string | null;
  language: string | null;
  publishedAt: string;
  contentHash: string;
  bodyLength: number;
  factIds: string[];
  extractor: { name: string; version: string };
}

export type ArticleIngested = NewEvent<typeof ARTICLE_INGESTED, ArticleIngestedData>;
/** A fact event: its type is the fact's type (MeetingHeld, AgreementSigned, …). */
export type FactRecorded = NewEvent<FactType, Fact>;
export type ArticleStreamEvent = ArticleIngested | FactRecorded;

export const articleStreamId = (articleId: string): string => `article-${articleId}`;
