import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { articleStreamId, type Fact } from '@dyad/domain';
import { ArticlesRepository, PostgresEventStore, sqlOf, type ArticleRecord } from '@dyad/event-store';
import { DATA_SOURCE } from '@dyad/platform';
import type { DataSource } from 'typeorm';

export interface ArticleView extends Omit<ArticleRecord, 'contentHash'> {
  streamVersion: number;
  extractor: { name: string; version: string } | null;
  facts: (Fact & { globalPosition: number })[];
}

export class GetArticleQuery extends Query<ArticleView | null> {
  constructor(readonly articleId: string) {
    super();
  }
}

/** An article and its facts with evidence, read from its event stream (the source of truth). */
@QueryHandler(GetArticleQuery)
export class GetArticleHandler implements IQueryHandler<GetArticleQuery, ArticleView | null> {
  private readonly articles = new ArticlesRepository();
  constructor(
    @Inject(DATA_SOURCE) private readonly ds: DataSource,
    private readonly store: PostgresEventStore,
  ) {}

  async execute({ articleId }: GetArticleQuery): Promise<ArticleView | null> {
    const db = sqlOf(this.ds);
    const article = await this.articles.get(db, articleId);
    if (!article) return null;
    const stream = await this.store.readStream(db, articleStreamId(articleId));
    const { contentHash: _h, ...rest } = article;
    const ingested = stream.find((e) => e.type === 'ArticleIngested');
    return {
      ...rest,
      streamVersion: stream.length,
      extractor: (ingested?.data as { extractor?: ArticleView['extractor'] })?.extractor ?? null,
      facts: stream.filter((e) => e !== ingested).map((e) => ({ ...(e.data as Fact), globalPosition: e.globalPosition }) as ArticleView['facts'][number]),
    };
  }
}
