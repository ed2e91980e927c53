import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { FactType } from '@dyad/domain';
import { sqlOf } from '@dyad/event-store';
import { DATA_SOURCE } from '@dyad/platform';
import { RelationsQueries } from '@dyad/projections';
import type { DataSource } from 'typeorm';
import { encodeCursor } from './search-events.request.dto';

export interface EventFilter {
  country?: string;
  dyad?: string;
  types?: FactType[];
  from?: string;
  to?: string;
  before?: number;
  limit: number;
}
type Page = { items: unknown[]; nextCursor: string | null };

export class SearchEventsQuery extends Query<Page> {
  constructor(readonly filter: EventFilter) {
    super();
  }
}

@QueryHandler(SearchEventsQuery)
export class SearchEventsHandler implements IQueryHandler<SearchEventsQuery, Page> {
  private readonly queries = new RelationsQueries();
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}

  async execute({ filter }: SearchEventsQuery): Promise<Page> {
    const r = await this.queries.events(sqlOf(this.ds), filter);
    return { items: r.items, nextCursor: r.nextBefore === null ? null : encodeCursor(r.nextBefore) };
  }
}
