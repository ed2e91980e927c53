import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { FactType } from '@dyad/domain';
import { CONFIG, DATA_SOURCE } from '@dyad/platform';
import { AnswerCache, relationAnswerScopes, RelationsQueries, type StoryCursor, type TimeWindow } from '@dyad/projections';
import { preparedSqlOf } from '../prepared-sql';
import { READ_CACHE } from '../read-cache';
import type { Config } from '@dyad/config';
import type { Sql } from '@dyad/event-store';
import type { DataSource } from 'typeorm';

type StoryPage = Awaited<ReturnType<RelationsQueries['stories']>>;

/** The relation answer as the JSON bytes GET /relations/:a/:b sends (see JsonBytes). */
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
  // Serialized answers: a hit is sent as it is, without building or serialising anything.
  private readonly cache = new AnswerCache<Buffer>(READ_CACHE.relation);
  private readonly db: Sql;
  constructor(
    @Inject(DATA_SOURCE) ds: DataSource,
    @Inject(CONFIG) config: Config,
  ) {
    this.queries = new RelationsQueries(config.COOPERATION_HALF_LIFE_DAYS);
    this.db = preparedSqlOf(ds);
  }

  execute({ a, b, window, limit }: GetRelationQuery): Promise<Buffer> {
    const db = this.db;
    // The answer depends on the day too (the cooperation score decays to the start of today).
    const key = JSON.stringify([a, b, limit ?? null, window.asOf ?? null, window.from ?? null, window.until ?? null, new Date().toISOString().slice(0, 10)]);
    return this.cache.get(db, key, async () => Buffer.from(JSON.stringify(await this.queries.relation(db, a, b, window, limit))), relationAnswerScopes(a, b));
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
