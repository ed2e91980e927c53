import type { Config } from '@dyad/config';
import { FACT_RETRACTED, factKey, type Fact, type FactRetractedData, type NewEvent } from '@dyad/domain';
import type { Router } from '@dyad/event-store';
import { isFactType } from '@dyad/projections';

/**
 * Which topic and key each event goes to: article events (ingested, corrected, retracted,
 * re-extracted) to the articles topic keyed by article id; fact events and their retractions to the
 * facts topic keyed by the fact's dyad (`JPN-MNG`), so one pair's facts keep their order on one
 * partition.
 */
export function createRouter(config: Pick<Config, 'TOPIC_ARTICLES' | 'TOPIC_FACTS'>): Router {
  return (event: NewEvent, streamId: string) => {
    if (isFactType(event.type)) return { topic: config.TOPIC_FACTS, key: factKey(event.data as Fact) };
    // A retraction follows its fact: same topic, same key, so the same partition and order.
    if (event.type === FACT_RETRACTED) return { topic: config.TOPIC_FACTS, key: (event.data as FactRetractedData).key };
    if (streamId.startsWith('article-')) {
      return { topic: config.TOPIC_ARTICLES, key: (event.data as { articleId?: string }).articleId ?? streamId };
    }
    return null;
  };
}
