import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { sqlOf } from '@dyad/event-store';
import { DATA_SOURCE } from '@dyad/platform';
import { RelationsQueries } from '@dyad/projections';
import type { DataSource } from 'typeorm';

type Relation = Awaited<ReturnType<RelationsQueries['relation']>>;

export class GetRelationQuery extends Query<Relation> {
  constructor(
    readonly a: string,
    readonly b: string,
  ) {
    super();
  }
}

@QueryHandler(GetRelationQuery)
export class GetRelationHandler implements IQueryHandler<GetRelationQuery, Relation> {
  private readonly queries = new RelationsQueries();
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}

  execute({ a, b }: GetRelationQuery): Promise<Relation> {
    return this.queries.relation(sqlOf(this.ds), a, b);
  }
}
