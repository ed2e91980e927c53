import type { Fact, FactType } from '../facts/fact.types';
import type { NewEvent } from './envelope';

export const ARTICLE_INGESTED = 'ArticleIngested';
export const ARTICLE_CORRECTED = 'ArticleCorrected';
export const ARTICLE_RETRACTED = 'ArticleRetracted';
export const ARTICLE_REEXTRACTED = 'ArticleReextracted';
export const FACT_RETRACTED = 'FactRetracted';

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

/** A new version of an article's text (schema version 1); its facts are reconciled by FactRetracted and new fact events. */
export interface ArticleCorrectedData {
  articleId: string;
  version: number;
  title: string;
  publishedAt: string;
  contentHash: string;
  previousContentHash: string;
  bodyLength: number;
  extractor: { name: string; version: string };
}

export interface ArticleRetractedData {
  articleId: string;
  reason: string | null;
  retractedFactIds: string[];
}

/** The article was read again by a newer extractor. */
export interface ArticleReextractedData {
  articleId: string;
  extractor: { name: string; version: string };
  previousExtractor: { name: string; version: string };
}

/**
 * A fact no longer stands: its article was retracted or corrected, or a newer extractor no longer
 * finds it (then `supersededBy` names the fact that replaces it, if any). It travels on the facts
 * topic with the retracted fact's own key, so it follows that fact on the same partition.
 */
export interface FactRetractedData {
  factId: string;
  articleId: string;
  factType: FactType;
  reason: 'retracted' | 'corrected' | 'reextracted';
  supersededBy: string | null;
  /** The retracted fact's Kafka key (its dyad). */
  key: string;
  /** The retracted fact's countries and dyads, so subscribers can filter retractions like facts. */
  countries: string[];
  dyads: string[];
}

export type ArticleIngested = NewEvent<typeof ARTICLE_INGESTED, ArticleIngestedData>;
export type ArticleCorrected = NewEvent<typeof ARTICLE_CORRECTED, ArticleCorrectedData>;
export type ArticleRetracted = NewEvent<typeof ARTICLE_RETRACTED, ArticleRetractedData>;
export type ArticleReextracted = NewEvent<typeof ARTICLE_REEXTRACTED, ArticleReextractedData>;
export type FactRetracted = NewEvent<typeof FACT_RETRACTED, FactRetractedData>;
/** A fact event: its type is the fact's type (MeetingHeld, AgreementSigned, …). */
export type FactRecorded = NewEvent<FactType, Fact>;
export type ArticleStreamEvent = ArticleIngested | ArticleCorrected | ArticleRetracted | ArticleReextracted | FactRetracted | FactRecorded;

export const articleStreamId = (articleId: string): string => `article-${articleId}`;
