import type { Config } from '@dyad/config';
import { ARTICLE_INGESTED, factKey, type Fact, type NewEvent } from '@dyad/domain';
import type { Router } from '@dyad/event-store';
import { isFactType } from '@dyad/projections';

/**
 * Which topic and key each event goes to: article events to the articles topic keyed by article
 * id, fact events to the facts topic keyed by their dyad (`JPN-MNG`), so one pair's facts keep
 * their order on one partition.
 */
export function createRouter(config: Pick<Config, 'TOPIC_ARTICLES' | 'TOPIC_FACTS'>): Router {
  return (event: NewEvent, streamId: string) => {
    if (isFactType(event.type)) return { topic: config.TOPIC_FACTS, key: factKey(event.data as Fact) };
    if (event.type === ARTICLE_INGESTED || streamId.startsWith('article-')) {
      return { topic: config.TOPIC_ARTICLES, key: (event.data as { articleId?: string }).articleId ?? streamId };
    }
    return null;
  };
}
