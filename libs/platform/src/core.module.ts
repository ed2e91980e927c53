import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { CONFIG, type Config, JsonLogger } from '@dyad/config';
import { createDataSource, migrate, PostgresEventStore } from '@dyad/event-store';
import { createKafka, ensureTopics } from '@dyad/messaging';
import { PROJECTION_MIGRATIONS } from '@dyad/projections';
import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { createRouter } from './router';
import { DATA_SOURCE, KAFKA, LOGGER } from './tokens';
import { waitFor } from './wait-for';

/** Closes the pool last, after every consumer and request has finished with it. */
class DataSourceCloser implements OnApplicationShutdown {
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}
  async onApplicationShutdown() {
    if (this.ds.isInitialized) await this.ds.destroy();
  }
}

/**
 * The infrastructure both processes share: validated config, the logger, the Postgres pool (with
 * migrations run at start), the Kafka client (with topics ensured at start) and the event store.
 */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: Config, logger: JsonLogger): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
        {
          provide: DATA_SOURCE,
          useFactory: async () => {
            const ds = createDataSource({
              url: config.DATABASE_URL,
              poolSize: config.DATABASE_POOL_SIZE,
              extraMigrations: PROJECTION_MIGRATIONS,
            });
            await waitFor('PostgreSQL', () => ds.initialize(), config.STARTUP_TIMEOUT_MS, logger);
            const ran = await migrate(ds);
            if (ran.length) logger.log({ msg: 'migrations applied', migrations: ran }, 'Database');
            return ds;
          },
        },
        {
          provide: KAFKA,
          useFactory: async () => {
            const kafka = createKafka({ brokers: config.KAFKA_BROKERS.split(','), clientId: config.KAFKA_CLIENT_ID, logger });
            const created = await waitFor('Kafka', () => ensureTopics(kafka, [
              {
                topic: config.TOPIC_ARTICLES,
                partitions: config.TOPIC_ARTICLES_PARTITIONS,
                replicationFactor: config.TOPIC_REPLICATION_FACTOR,
                retentionMs: config.TOPIC_RETENTION_MS,
              },
              {
                topic: config.TOPIC_FACTS,
                partitions: config.TOPIC_FACTS_PARTITIONS,
                replicationFactor: config.TOPIC_REPLICATION_FACTOR,
                retentionMs: config.TOPIC_RETENTION_MS,
              },
            ]), config.STARTUP_TIMEOUT_MS, logger);
            if (created.length) logger.log({ msg: 'topics created', topics: created }, 'Kafka');
            return kafka;
          },
        },
        { provide: PostgresEventStore, useFactory: () => new PostgresEventStore(createRouter(config)) },
        DataSourceCloser,
      ],
      exports: [CONFIG, LOGGER, DATA_SOURCE, KAFKA, PostgresEventStore],
    };
  }
}

export type { Kafka };
