import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { FactType } from '@dyad/domain';
import { sqlOf } from '@dyad/event-store';
import { CONFIG, DATA_SOURCE } from '@dyad/platform';
import { RelationsQueries, type StoryCursor, type TimeWindow } from '@dyad/projections';
import type { Config } from '@dyad/config';
import type { DataSource } from 'typeorm';

type Relation = Awaited<ReturnType<RelationsQueries['relation']>>;
type StoryPage = Awaited<ReturnType<RelationsQueries['stories']>>;

export class GetRelationQuery extends Query<Relation> {
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
export class GetRelationHandler implements IQueryHandler<GetRelationQuery, Relation> {
  private readonly queries: RelationsQueries;
  constructor(
    @Inject(DATA_SOURCE) private readonly ds: DataSource,
    @Inject(CONFIG) config: Config,
  ) {
    this.queries = new RelationsQueries(config.COOPERATION_HALF_LIFE_DAYS);
  }

  execute({ a, b, window, limit }: GetRelationQuery): Promise<Relation> {
    return this.queries.relation(sqlOf(this.ds), a, b, window, limit);
  }
}

@QueryHandler(GetRelationStoriesQuery)
export class GetRelationStoriesHandler implements IQueryHandler<GetRelationStoriesQuery, StoryPage> {
  private readonly queries = new RelationsQueries();
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}

  execute({ a, b, page }: GetRelationStoriesQuery): Promise<StoryPage> {
    return this.queries.stories(sqlOf(this.ds), a, b, page);
  }
}
