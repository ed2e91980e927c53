import type { FactDraft } from '../facts/fact.types';
import {
  ARTICLE_CORRECTED,
  ARTICLE_REEXTRACTED,
  ARTICLE_RETRACTED,
  type ArticleStreamEvent,
} from '../events/article-events';
import { reconcileFacts, reconciliationEvents, retraction, type ArticleState, type FollowUpContext } from './article-stream';
import type { ArticleInput } from './ingest-article.decider';

/** Why a command on an existing article cannot go ahead; the API maps these to 404 and 409. */
export class ArticleCommandRejected extends Error {
  constructor(
    readonly reason: 'not-found' | 'retracted',
    message: string,
  ) {
    super(message);
  }
}

function mustBeLive(state: ArticleState, articleId: string) {
  if (!state.exists) throw new ArticleCommandRejected('not-found', `no article ${articleId}`);
  if (state.retracted) throw new ArticleCommandRejected('retracted', `article ${articleId} was retracted`);
}

/** Retracting an article retracts every fact that stands. Retracting twice is refused as `retracted`. */
export function decideRetract(state: ArticleState, reason: string | null, ctx: FollowUpContext): ArticleStreamEvent[] {
  mustBeLive(state, ctx.articleId);
  const facts = [...state.active.values()];
  return [
    { eventId: ctx.newId(), type: ARTICLE_RETRACTED, schemaVersion: 1, occurredAt: ctx.occurredAt, data: { articleId: ctx.articleId, reason, retractedFactIds: facts.map((f) => f.factId) }, metadata: ctx.metadata },
    ...facts.map((f) => retraction(f, 'retracted', null, ctx)),
  ];
}

/**
 * A corrected text: ArticleCorrected, then its facts reconciled with what the new text says
 * (unchanged facts stay; changed ones are superseded; gone ones retracted). No change, no events.
 */
export function decideCorrect(
  state: ArticleState,
  article: ArticleInput & { contentHash: string },
  found: FactDraft[],
  extractor: { name: string; version: string },
  ctx: FollowUpContext,
): ArticleStreamEvent[] {
  mustBeLive(state, ctx.articleId);
  if (article.contentHash === state.contentHash) return [];
  const version = state.version + 1;
  return [
    {
      eventId: ctx.newId(),
      type: ARTICLE_CORRECTED,
      schemaVersion: 1,
      occurredAt: ctx.occurredAt,
      data: {
        articleId: ctx.articleId,
        version,
        title: article.title,
        publishedAt: article.publishedAt,
        contentHash: article.contentHash,
        previousContentHash: state.contentHash ?? '',
        bodyLength: article.body.length,
        extractor,
      },
      metadata: ctx.metadata,
    },
    ...reconciliationEvents(reconcileFacts([...state.active.values()], found), 'corrected', ctx),
  ];
}

/**
 * Re-reading an article with a newer extractor: nothing when the stored version already is the
 * current one (so running it twice changes nothing the second time); else ArticleReextracted and
 * the reconciled facts.
 */
export function decideReextract(state: ArticleState, found: FactDraft[], extractor: { name: string; version: string }, ctx: FollowUpContext): ArticleStreamEvent[] {
  if (!state.exists || state.retracted) return [];
  const prev = state.extractor;
  if (!prev || prev.name !== extractor.name || prev.version === extractor.version) return [];
  return [
    { eventId: ctx.newId(), type: ARTICLE_REEXTRACTED, schemaVersion: 1, occurredAt: ctx.occurredAt, data: { articleId: ctx.articleId, extractor, previousExtractor: prev }, metadata: ctx.metadata },
    ...reconciliationEvents(reconcileFacts([...state.active.values()], found), 'reextracted', ctx),
  ];
}
