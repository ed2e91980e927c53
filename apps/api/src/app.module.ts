import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type { Config, JsonLogger } from '@dyad/config';
import { CoreModule } from '@dyad/platform';
import { ProjectorModule } from '../../projector/src/projector.module';
import { ProjectionsHttpController } from './admin/projections.http.controller';
import { ArticleStreamStore } from './commands/article-stream.store';
import { CorrectArticleHandler } from './commands/correct-article/correct-article.handler';
import { CorrectArticleHttpController } from './commands/correct-article/correct-article.http.controller';
import { IngestArticleHandler } from './commands/ingest-article/ingest-article.handler';
import { IngestArticlesBatchHandler } from './commands/ingest-articles-batch/ingest-articles-batch.handler';
import { IngestArticlesBatchHttpController } from './commands/ingest-articles-batch/ingest-articles-batch.http.controller';
import { ReextractArticlesHandler } from './commands/reextract-articles/reextract-articles.handler';
import { ReextractArticlesHttpController } from './commands/reextract-articles/reextract-articles.http.controller';
import { RetractArticleHandler } from './commands/retract-article/retract-article.handler';
import { RetractArticleHttpController } from './commands/retract-article/retract-article.http.controller';
import { IngestArticleHttpController } from './commands/ingest-article/ingest-article.http.controller';
import { HealthHttpController } from './health/health.http.controller';
import { IngestGate, IngestGateInterceptor } from './commands/ingest-gate';
import { FactExtractor } from './extraction/fact-extractor.service';
import { OutboxRelayService } from './outbox-relay.service';
import { AfterCommit } from './commands/after-commit';
import { GetArticleHandler, GetArticleHistoryHandler } from './queries/get-article/get-article.query';
import { GetArticleHttpController } from './queries/get-article/get-article.http.controller';
import { GetCountryRelationsHandler } from './queries/get-country-relations/get-country-relations.query';
import { GetCountryRelationsHttpController } from './queries/get-country-relations/get-country-relations.http.controller';
import { GetRelationSeriesHandler } from './queries/get-relation/get-relation-series.query';
import { GetRelationHandler, GetRelationStoriesHandler } from './queries/get-relation/get-relation.query';
import { GetRelationHttpController } from './queries/get-relation/get-relation.http.controller';
import { SearchEventsHandler } from './queries/search-events/search-events.query';
import { SearchEventsHttpController } from './queries/search-events/search-events.http.controller';
import { GetVoteHandler, ListVotesHandler } from './queries/votes/votes.query';
import { VotesHttpController } from './queries/votes/votes.http.controller';
import { RelationWarmerService } from './queries/get-relation/relation-warmer.service';
import { EventFeedService } from './streams/event-feed.service';
import { EventsStreamHttpController } from './streams/events-stream.http.controller';

export const CommandHandlers = [IngestArticleHandler, IngestArticlesBatchHandler, RetractArticleHandler, CorrectArticleHandler, ReextractArticlesHandler];
export const QueryHandlers = [
  GetArticleHandler,
  GetArticleHistoryHandler,
  GetRelationHandler,
  GetRelationStoriesHandler,
  GetRelationSeriesHandler,
  GetCountryRelationsHandler,
  SearchEventsHandler,
  ListVotesHandler,
  GetVoteHandler,
];
export const Controllers = [
  IngestArticleHttpController,
  IngestArticlesBatchHttpController,
  RetractArticleHttpController,
  CorrectArticleHttpController,
  ReextractArticlesHttpController,
  GetArticleHttpController,
  GetRelationHttpController,
  GetCountryRelationsHttpController,
  SearchEventsHttpController,
  VotesHttpController,
  EventsStreamHttpController,
  ProjectionsHttpController,
  HealthHttpController,
];

@Module({})
class ApiModule {}

/**
 * The API (ingest, queries, SSE, admin, health, outbox relay) and, when RUN_PROJECTOR, the
 * projector in the same process.
 */
@Module({})
export class AppModule {
  static forRoot(config: Config, logger: JsonLogger): DynamicModule {
    const imports: (Type | DynamicModule)[] = [CoreModule.forRoot(config, logger), CqrsModule.forRoot()];
    if (config.RUN_PROJECTOR) imports.push(ProjectorModule);
    return {
      module: AppModule,
      imports: [
        ...imports,
        {
          module: ApiModule,
          imports: config.RUN_PROJECTOR ? [ProjectorModule] : [],
          controllers: Controllers,
          providers: [...CommandHandlers, ...QueryHandlers, ArticleStreamStore, OutboxRelayService, RelationWarmerService, EventFeedService, AfterCommit, FactExtractor, IngestGate, IngestGateInterceptor],
        },
      ],
    };
  }
}

