import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { FactType } from '@dyad/domain';
import { CONFIG, DATA_SOURCE } from '@dyad/platform';
import { answerDay, AnswerCache, DEFAULT_LIST_LIMIT, gzipJson, RelationAnswers, relationAnswerScopes, RelationsQueries, type StoryCursor, type TimeWindow } from '@dyad/projections';
import { preparedSqlOf } from '../prepared-sql';
import { READ_CACHE } from '../read-cache';
import type { Config } from '@dyad/config';
import type { Sql } from '@dyad/event-store';
import type { DataSource } from 'typeorm';

type StoryPage = Awaited<ReturnType<RelationsQueries['stories']>>;

/** The relation answer as the gzipped JSON GET /relations/:a/:b sends (see sendGzippedJson). */
export class GetRelationQuery extends Query<Buffer> {
  constructor(
    readonly a: string,
    readonly b: string,
    readonly window: TimeWindow = {},
    readonly limit?: number,
  ) {
    super();
  }
}

/** One page of a dyad's stories (newest first), continuing a list of GET /relations/:a/:b. */
export class GetRelationStoriesQuery extends Query<StoryPage> {
  constructor(
    readonly a: string,
    readonly b: string,
    readonly page: { types?: FactType[]; cursor?: StoryCursor; limit?: number; window?: TimeWindow },
  ) {
    super();
  }
}

@QueryHandler(GetRelationQuery)
export class GetRelationHandler implements IQueryHandler<GetRelationQuery, Buffer> {
  private readonly queries: RelationsQueries;
  private readonly answers: RelationAnswers;
  // Gzipped answers: a hit is sent as it is, without building or serialising anything.
  private readonly cache = new AnswerCache<Buffer>(READ_CACHE.relation);
  private readonly db: Sql;
  constructor(
    @Inject(DATA_SOURCE) ds: DataSource,
    @Inject(CONFIG) config: Config,
  ) {
    this.queries = new RelationsQueries(config.COOPERATION_HALF_LIFE_DAYS);
    this.answers = new RelationAnswers(this.queries);
    this.db = preparedSqlOf(ds);
  }

  execute({ a, b, window, limit }: GetRelationQuery): Promise<Buffer> {
    const db = this.db;
    // The answer depends on the day too (the cooperation score decays to the start of today).
    const day = answerDay();
    const key = JSON.stringify([a, b, limit ?? null, window.asOf ?? null, window.from ?? null, window.until ?? null, day]);
    const scopes = relationAnswerScopes(a, b);
    if (window.asOf || window.from || window.until) return this.cache.get(db, key, async () => gzipJson(await this.queries.relation(db, a, b, window, limit)), scopes);
    // The current view is materialised in relation_answers (shared by API instances, kept warm by
    // RelationWarmerService).
    return this.cache.getScoped(db, key, scopes, async () => {
      const r = await this.answers.answer(db, a, b, limit ?? DEFAULT_LIST_LIMIT, day);
      return { value: r.gz, state: r.state };
    });
  }
}

@QueryHandler(GetRelationStoriesQuery)
export class GetRelationStoriesHandler implements IQueryHandler<GetRelationStoriesQuery, StoryPage> {
  private readonly queries = new RelationsQueries();
  private readonly db: Sql;
  constructor(@Inject(DATA_SOURCE) ds: DataSource) {
    this.db = preparedSqlOf(ds);
  }

  execute({ a, b, page }: GetRelationStoriesQuery): Promise<StoryPage> {
    return this.queries.stories(this.db, a, b, page);
  }
}
