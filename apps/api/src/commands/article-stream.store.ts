import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { articleStreamId, foldArticle, type ArticleState, type FollowUpContext, type NewEvent } from '@dyad/domain';
import { inTransaction, PostgresEventStore, WrongExpectedVersionError, type Sql } from '@dyad/event-store';
import { DATA_SOURCE } from '@dyad/platform';
import type { DataSource } from 'typeorm';
import { AfterCommit } from './after-commit';

/**
 * Load an article's stream, decide, append with the version it was read at: the optimistic
 * concurrency loop of the commands that change an existing article. A concurrent change makes the
 * append fail on the expected version; the command is then decided again on the new state.
 */
@Injectable()
export class ArticleStreamStore {
  constructor(
    @Inject(DATA_SOURCE) private readonly ds: DataSource,
    private readonly store: PostgresEventStore,
    private readonly afterCommit: AfterCommit,
  ) {}

  async change<T>(
    articleId: string,
    decide: (state: ArticleState, tx: Sql) => Promise<{ events: NewEvent[]; result: T }>,
    attempts = 3,
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        const out = await inTransaction(this.ds, async (tx) => {
          const stream = await this.store.readStream(tx, articleStreamId(articleId));
          const { events, result } = await decide(foldArticle(stream), tx);
          await this.store.append(tx, articleStreamId(articleId), stream.length, events);
          return { result, appended: events.length };
        });
        if (out.appended) this.afterCommit.appended();
        return out.result;
      } catch (err) {
        if (!(err instanceof WrongExpectedVersionError) || attempt >= attempts) throw err;
      }
    }
  }
}

/** Ids, clock and metadata for events that change an existing article. */
export function followUp(
  articleId: string,
  correlationId: string,
  article: { publishedAt: string; outlet: string | null },
  factSource: FollowUpContext['factSource'] = 'extractor',
): FollowUpContext {
  return {
    articleId,
    occurredAt: new Date().toISOString(),
    reportedAt: article.publishedAt,
    outlet: article.outlet,
    metadata: { correlationId, causationId: null },
    newId: randomUUID,
    factSource,
  };
}
