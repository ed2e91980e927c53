import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { Config, JsonLogger } from '@dyad/config';
import { Vacuumer, withSessionLock } from '@dyad/event-store';
import { CONFIG, DATA_SOURCE, LOGGER } from '@dyad/platform';
import { RelationAnswers, RelationsQueries, RelationWarmer } from '@dyad/projections';
import type { DataSource } from 'typeorm';
import { preparedSqlOf } from '../prepared-sql';

/** Runs the relation answer warmer (RELATION_WARMER) in the API process, and vacuums its table. */
@Injectable()
export class RelationWarmerService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly warmer: RelationWarmer;
  private readonly vacuum: Vacuumer;

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    @Inject(DATA_SOURCE) ds: DataSource,
    @Inject(LOGGER) logger: JsonLogger,
  ) {
    const answers = new RelationAnswers(new RelationsQueries(config.COOPERATION_HALF_LIFE_DAYS));
    this.warmer = new RelationWarmer(
      preparedSqlOf(ds),
      answers,
      { quietMs: config.RELATION_WARMER_QUIET_MS, intervalMs: 1000, batch: 200 },
      (err) => logger.warn({ msg: 'relation answer warmer failed; will retry', error: err.message }, 'RelationWarmer'),
      (pass) => withSessionLock(ds, 'dyad.relation-warmer', pass),
    );
    // Every refresh replaces a row: where autovacuum is off, this side vacuums them.
    this.vacuum = new Vacuumer(ds, ['relation_answers'], 'dyad.vacuum.relation-answers', (err) =>
      logger.warn({ msg: 'relation answers vacuum failed; will retry', error: err.message }, 'RelationWarmer'),
    );
  }

  onApplicationBootstrap(): void {
    if (!this.config.RELATION_WARMER) return;
    this.warmer.start();
    this.vacuum.start(this.config.VACUUM_INTERVAL_MS);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.vacuum.stop();
    await this.warmer.stop();
  }
}

