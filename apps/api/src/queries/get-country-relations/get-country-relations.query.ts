import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { sqlOf } from '@dyad/event-store';
import { DATA_SOURCE } from '@dyad/platform';
import { RelationsQueries, type PartnerCursor, type TimeWindow } from '@dyad/projections';
import type { DataSource } from 'typeorm';

type CountryRelations = Awaited<ReturnType<RelationsQueries['countryRelations']>>;

export class GetCountryRelationsQuery extends Query<CountryRelations> {
  constructor(
    readonly country: string,
    readonly window: TimeWindow = {},
    readonly page: { limit?: number; cursor?: PartnerCursor } = {},
  ) {
    super();
  }
}

@QueryHandler(GetCountryRelationsQuery)
export class GetCountryRelationsHandler implements IQueryHandler<GetCountryRelationsQuery, CountryRelations> {
  private readonly queries = new RelationsQueries();
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}

  execute({ country, window, page }: GetCountryRelationsQuery): Promise<CountryRelations> {
    return this.queries.countryRelations(sqlOf(this.ds), country, window, page);
  }
}
