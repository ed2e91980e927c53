import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideReextract, FACT_RETRACTED, isFactTypeName, outletOf } from '@dyad/domain';
import { ArticlesRepository, sqlOf } from '@dyad/event-store';
import { EXTRACTOR, extractFacts } from '@dyad/extraction';
import { DATA_SOURCE } from '@dyad/platform';
import type { DataSource } from 'typeorm';
import { ArticleStreamStore, followUp } from '../article-stream.store';
import { ReextractArticlesCommand, type ReextractArticlesResult } from './reextract-articles.command';

const PAGE = 200;

@CommandHandler(ReextractArticlesCommand)
export class ReextractArticlesHandler implements ICommandHandler<ReextractArticlesCommand, ReextractArticlesResult> {
  private readonly articles = new ArticlesRepository();
  constructor(
    @Inject(DATA_SOURCE) private readonly ds: DataSource,
    private readonly streams: ArticleStreamStore,
  ) {}

  async execute({ correlationId }: ReextractArticlesCommand): Promise<ReextractArticlesResult> {
    const total: ReextractArticlesResult = { extractor: EXTRACTOR, scanned: 0, reextracted: 0, factsAdded: 0, factsRetracted: 0 };
    const db = sqlOf(this.ds);
    let after: string | null = null;
    for (;;) {
      const ids = await this.articles.liveIds(db, after, PAGE);
      if (ids.length === 0) return total;
      after = ids[ids.length - 1];
      for (const articleId of ids) {
        total.scanned++;
        const events = await this.streams.change(articleId, async (state, tx) => {
          const a = await this.articles.get(tx, articleId);
          if (!a || state.extractor?.version === EXTRACTOR.version) return { events: [], result: [] };
          const found = extractFacts({ title: a.title, body: a.body, publishedAt: a.publishedAt, source: a.source, url: a.url });
          const evs = decideReextract(state, found, EXTRACTOR, followUp(articleId, correlationId, { publishedAt: a.publishedAt, outlet: outletOf(a) }));
          return { events: evs, result: evs };
        });
        if (events.length) {
          total.reextracted++;
          total.factsAdded += events.filter((e) => isFactTypeName(e.type)).length;
          total.factsRetracted += events.filter((e) => e.type === FACT_RETRACTED).length;
        }
      }
    }
  }
}
