import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { sqlOf } from '@dyad/event-store';
import { DATA_SOURCE } from '@dyad/platform';
import { RelationsQueries, type TimeWindow } from '@dyad/projections';
import type { DataSource } from 'typeorm';

type Series = Awaited<ReturnType<RelationsQueries['series']>>;

export class GetRelationSeriesQuery extends Query<Series> {
  constructor(
    readonly a: string,
    readonly b: string,
    readonly interval: 'month' | 'year',
    readonly window: TimeWindow = {},
  ) {
    super();
  }
}

@QueryHandler(GetRelationSeriesQuery)
export class GetRelationSeriesHandler implements IQueryHandler<GetRelationSeriesQuery, Series> {
  private readonly queries = new RelationsQueries();
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}

  execute({ a, b, interval, window }: GetRelationSeriesQuery): Promise<Series> {
    return this.queries.series(sqlOf(this.ds), a, b, interval, window);
  }
}
