import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { sqlOf } from '@dyad/event-store';
import { DATA_SOURCE } from '@dyad/platform';
import { RelationsQueries, type ResolutionView } from '@dyad/projections';
import type { DataSource } from 'typeorm';

export interface VotesFilter {
  country?: string;
  body?: string;
  from?: string;
  until?: string;
  asOf?: string;
}

export class ListVotesQuery extends Query<ResolutionView[]> {
  constructor(readonly filter: VotesFilter) {
    super();
  }
}
export class GetVoteQuery extends Query<ResolutionView | null> {
  constructor(
    readonly resolutionId: string,
    readonly asOf?: string,
  ) {
    super();
  }
}

@QueryHandler(ListVotesQuery)
export class ListVotesHandler implements IQueryHandler<ListVotesQuery, ResolutionView[]> {
  private readonly queries = new RelationsQueries();
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}
  execute({ filter }: ListVotesQuery) {
    return this.queries.votes(sqlOf(this.ds), filter);
  }
}

@QueryHandler(GetVoteQuery)
export class GetVoteHandler implements IQueryHandler<GetVoteQuery, ResolutionView | null> {
  private readonly queries = new RelationsQueries();
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}
  execute({ resolutionId, asOf }: GetVoteQuery) {
    return this.queries.vote(sqlOf(this.ds), resolutionId, asOf);
  }
}
