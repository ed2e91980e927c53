import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { sqlOf } from '@dyad/event-store';
import { CONFIG, DATA_SOURCE } from '@dyad/platform';
import { RelationsQueries, type TimeWindow } from '@dyad/projections';
import type { Config } from '@dyad/config';
import type { DataSource } from 'typeorm';

type Relation = Awaited<ReturnType<RelationsQueries['relation']>>;

export class GetRelationQuery extends Query<Relation> {
  constructor(
    readonly a: string,
    readonly b: string,
    readonly window: TimeWindow = {},
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

  execute({ a, b, window }: GetRelationQuery): Promise<Relation> {
    return this.queries.relation(sqlOf(this.ds), a, b, window);
  }
}
