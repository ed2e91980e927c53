import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DATA_SOURCE } from '@dyad/platform';
import { AnswerCache, RelationsQueries, type PartnerCursor, type TimeWindow } from '@dyad/projections';
import { preparedSqlOf } from '../prepared-sql';
import { READ_CACHE } from '../read-cache';
import type { Sql } from '@dyad/event-store';
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
  private readonly cache = new AnswerCache<CountryRelations>(READ_CACHE.country);
  private readonly db: Sql;
  constructor(@Inject(DATA_SOURCE) ds: DataSource) {
    this.db = preparedSqlOf(ds);
  }

  execute({ country, window, page }: GetCountryRelationsQuery): Promise<CountryRelations> {
    const db = this.db;
    const c = page.cursor;
    const key = JSON.stringify([country, page.limit ?? null, c ? [c.total, c.lastEventAt, c.dyad] : null, window.asOf ?? null, window.from ?? null, window.until ?? null]);
    return this.cache.get(db, key, () => this.queries.countryRelations(db, country, window, page));
  }
}
