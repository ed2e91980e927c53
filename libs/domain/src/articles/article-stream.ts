import { FACT_TYPES, type Fact, type FactDraft, type FactType } from '../facts/fact.types';
import { factCountries, factDyads, factKey } from '../facts/dyad';
import type { EventMetadata, NewEvent } from '../events/envelope';
import {
  ARTICLE_CORRECTED,
  ARTICLE_INGESTED,
  ARTICLE_REEXTRACTED,
  ARTICLE_RETRACTED,
  FACT_RETRACTED,
  type ArticleStreamEvent,
  type FactRecorded,
  type FactRetracted,
  type FactRetractedData,
} from '../events/article-events';
import { storyKey } from '../stories/story-grouping';

const FACT_TYPE_SET: ReadonlySet<string> = new Set(FACT_TYPES);

/** What an article's stream says now: evolve(state, event), folded over the stream. */
export interface ArticleState {
  exists: boolean;
  retracted: boolean;
  version: number;
  contentHash: string | null;
  extractor: { name: string; version: string } | null;
  /** Facts that stand, in the order they were recorded. */
  active: Map<string, Fact>;
  retractedFacts: Set<string>;
}

export const emptyArticle = (): ArticleState => ({
  exists: false,
  retracted: false,
  version: 0,
  contentHash: null,
  extractor: null,
  active: new Map(),
  retractedFacts: new Set(),
});

export function evolveArticle(state: ArticleState, event: { type: string; data: unknown }): ArticleState {
  switch (event.type) {
    case ARTICLE_INGESTED: {
      const d = event.data as { contentHash: string; extractor: ArticleState['extractor'] };
      return { ...state, exists: true, version: 1, contentHash: d.contentHash, extractor: d.extractor };
    }
    case ARTICLE_CORRECTED: {
      const d = event.data as { version: number; contentHash: string; extractor: ArticleState['extractor'] };
      return { ...state, version: d.version, contentHash: d.contentHash, extractor: d.extractor };
    }
    case ARTICLE_REEXTRACTED:
      return { ...state, extractor: (event.data as { extractor: ArticleState['extractor'] }).extractor };
    case ARTICLE_RETRACTED:
      return { ...state, retracted: true };
    case FACT_RETRACTED: {
      const { factId } = event.data as FactRetractedData;
      const active = new Map(state.active);
      active.delete(factId);
      return { ...state, active, retractedFacts: new Set(state.retractedFacts).add(factId) };
    }
    default:
      if (FACT_TYPE_SET.has(event.type)) {
        const fact = event.data as Fact;
        return { ...state, active: new Map(state.active).set(fact.factId, fact) };
      }
      return state; // an unknown type from a newer version: ignore, never fail the fold
  }
}

export const foldArticle = (events: readonly { type: string; data: unknown }[]): ArticleState =>
  events.reduce(evolveArticle, emptyArticle());

/**
 * What a fact asserts, without how it was found: two facts with the same signature say the same
 * thing, so a correction or a re-extraction that finds it again keeps the stored one.
 */
export function factSignature(f: FactDraft): string {
  const value = 'value' in f && f.value ? `${f.value.amount}${f.value.currency ?? ''}` : '';
  const place = f.type === 'MeetingHeld' ? (f.location?.city ?? '') : '';
  const vote = f.type === 'VoteAbstained' || f.type === 'VoteCast' ? (f.resolution?.symbol ?? '') : '';
  return [storyKey(f), f.date ?? '', value, place, vote, f.modality].join('|');
}

export interface Reconciliation {
  keep: Fact[];
  retract: { fact: Fact; supersededBy: FactDraft | null }[];
  add: FactDraft[];
}

/**
 * Compares the facts that stand with the facts a new reading finds: equal signatures are kept;
 * the rest of the old are retracted (superseded by a new fact of the same story key if there is
 * one) and the rest of the new are added.
 */
export function reconcileFacts(active: readonly Fact[], found: readonly FactDraft[]): Reconciliation {
  const unmatched = new Map<string, FactDraft[]>();
  for (const d of found) {
    const sig = factSignature(d);
    unmatched.set(sig, [...(unmatched.get(sig) ?? []), d]);
  }
  const keep: Fact[] = [];
  const stale: Fact[] = [];
  for (const f of active) {
    const list = unmatched.get(factSignature(f));
    if (list?.length) {
      list.shift();
      keep.push(f);
    } else stale.push(f);
  }
  const add = [...unmatched.values()].flat();
  const byKey = new Map<string, FactDraft[]>();
  for (const d of add) byKey.set(storyKey(d), [...(byKey.get(storyKey(d)) ?? []), d]);
  const retract = stale.map((fact) => ({ fact, supersededBy: byKey.get(storyKey(fact))?.shift() ?? null }));
  return { keep, retract, add };
}

/** Ids, clock and causation for events appended after ingest. */
export interface FollowUpContext {
  articleId: string;
  occurredAt: string;
  reportedAt: string;
  outlet: string | null;
  metadata: EventMetadata;
  newId: () => string;
  factSource: Fact['source'];
}

/**
 * Turns a reconciliation into events: one FactRetracted per stale fact and one fact event per new
 * fact (a superseding fact gets its id first, so the retraction can name it).
 */
export function reconciliationEvents(r: Reconciliation, reason: FactRetractedData['reason'], ctx: FollowUpContext): ArticleStreamEvent[] {
  const newFacts = new Map<FactDraft, Fact>();
  for (const d of r.add) newFacts.set(d, materialiseFact(d, ctx));
  const retractions: FactRetracted[] = r.retract.map(({ fact, supersededBy }) => retraction(fact, reason, supersededBy ? newFacts.get(supersededBy)!.factId : null, ctx));
  const additions: FactRecorded[] = [...newFacts.values()].map((fact) => factEvent(fact, ctx));
  return [...retractions, ...additions];
}

export function materialiseFact(d: FactDraft, ctx: Pick<FollowUpContext, 'articleId' | 'newId' | 'factSource' | 'reportedAt' | 'outlet'>): Fact {
  return { ...d, factId: ctx.newId(), articleId: ctx.articleId, source: ctx.factSource, reportedAt: ctx.reportedAt, outlet: ctx.outlet } as Fact;
}

export function factEvent(fact: Fact, ctx: Pick<FollowUpContext, 'occurredAt' | 'metadata'>): FactRecorded {
  return { eventId: fact.factId, type: fact.type as FactType, schemaVersion: 1, occurredAt: ctx.occurredAt, data: fact, metadata: ctx.metadata };
}

export function retraction(fact: Fact, reason: FactRetractedData['reason'], supersededBy: string | null, ctx: Pick<FollowUpContext, 'newId' | 'occurredAt' | 'metadata'>): FactRetracted {
  return {
    eventId: ctx.newId(),
    type: FACT_RETRACTED,
    schemaVersion: 1,
    occurredAt: ctx.occurredAt,
    data: {
      factId: fact.factId,
      articleId: fact.articleId,
      factType: fact.type,
      reason,
      supersededBy,
      key: factKey(fact),
      countries: factCountries(fact),
      dyads: factDyads(fact),
    },
    metadata: ctx.metadata,
  };
}

export type { NewEvent };
