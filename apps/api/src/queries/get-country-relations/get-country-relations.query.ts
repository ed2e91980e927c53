import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DATA_SOURCE } from '@dyad/platform';
import { AnswerCache, RelationsQueries, type PartnerCursor, type TimeWindow } from '@dyad/projections';
import { preparedSqlOf } from '../prepared-sql';
import { READ_CACHE } from '../read-cache';
import type { Sql } from '@dyad/event-store';
import type { DataSource } from 'typeorm';

/** A country's partners as the JSON bytes GET /countries/:c/relations sends (see JsonBytes). */
export class GetCountryRelationsQuery extends Query<Buffer> {
  constructor(
    readonly country: string,
    readonly window: TimeWindow = {},
    readonly page: { limit?: number; cursor?: PartnerCursor } = {},
  ) {
    super();
  }
}

@QueryHandler(GetCountryRelationsQuery)
export class GetCountryRelationsHandler implements IQueryHandler<GetCountryRelationsQuery, Buffer> {
  private readonly queries = new RelationsQueries();
  // Serialized answers: a hit is sent as it is, without serialising it again.
  private readonly cache = new AnswerCache<Buffer>(READ_CACHE.country);
  private readonly db: Sql;
  constructor(@Inject(DATA_SOURCE) ds: DataSource) {
    this.db = preparedSqlOf(ds);
  }

  execute({ country, window, page }: GetCountryRelationsQuery): Promise<Buffer> {
    const db = this.db;
    const c = page.cursor;
    const key = JSON.stringify([country, page.limit ?? null, c ? [c.total, c.lastEventAt, c.dyad] : null, window.asOf ?? null, window.from ?? null, window.until ?? null]);
    return this.cache.get(db, key, async () => Buffer.from(JSON.stringify(await this.queries.countryRelations(db, country, window, page))));
  }
}
