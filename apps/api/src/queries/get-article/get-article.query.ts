import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { articleStreamId, foldArticle, type Fact } from '@dyad/domain';
import { ArticlesRepository, PostgresEventStore, sqlOf, type ArticleRecord, type ArticleVersion } from '@dyad/event-store';
import { DATA_SOURCE } from '@dyad/platform';
import type { DataSource } from 'typeorm';

export interface ArticleView extends Omit<ArticleRecord, 'contentHash'> {
  retracted: boolean;
  streamVersion: number;
  extractor: { name: string; version: string } | null;
  /** The facts that stand now. */
  facts: (Fact & { globalPosition: number })[];
  /** Ids of facts that were retracted or superseded (their events stay in the history). */
  retractedFactIds: string[];
}

export interface ArticleHistory {
  articleId: string;
  versions: ArticleVersion[];
  events: { globalPosition: number; streamVersion: number; type: string; recordedAt: string; data: unknown }[];
}

export class GetArticleHistoryQuery extends Query<ArticleHistory | null> {
  constructor(readonly articleId: string) {
    super();
  }
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
    const state = foldArticle(stream);
    const position = new Map(stream.map((e) => [e.eventId, e.globalPosition]));
    return {
      ...rest,
      retracted: state.retracted,
      streamVersion: stream.length,
      extractor: state.extractor,
      facts: [...state.active.values()].map((f) => ({ ...f, globalPosition: position.get(f.factId) ?? 0 }) as ArticleView['facts'][number]),
      retractedFactIds: [...state.retractedFacts],
    };
  }
}

/** Every version of the text and every event of the article's stream. */
@QueryHandler(GetArticleHistoryQuery)
export class GetArticleHistoryHandler implements IQueryHandler<GetArticleHistoryQuery, ArticleHistory | null> {
  private readonly articles = new ArticlesRepository();
  constructor(
    @Inject(DATA_SOURCE) private readonly ds: DataSource,
    private readonly store: PostgresEventStore,
  ) {}

  async execute({ articleId }: GetArticleHistoryQuery): Promise<ArticleHistory | null> {
    const db = sqlOf(this.ds);
    const versions = await this.articles.versions(db, articleId);
    if (versions.length === 0) return null;
    const stream = await this.store.readStream(db, articleStreamId(articleId));
    return {
      articleId,
      versions,
      events: stream.map((e) => ({ globalPosition: e.globalPosition, streamVersion: e.streamVersion, type: e.type, recordedAt: e.recordedAt, data: e.data })),
    };
  }
}
