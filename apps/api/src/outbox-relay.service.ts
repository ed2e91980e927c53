import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { Config, JsonLogger } from '@dyad/config';
import { Vacuumer } from '@dyad/event-store';
import { OutboxRelay } from '@dyad/messaging';
import { CONFIG, DATA_SOURCE, KAFKA, LOGGER } from '@dyad/platform';
import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';

/** Runs the outbox relay in the API process (when RUN_OUTBOX_RELAY); one instance is active at a time. */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly relay: OutboxRelay;
  /** The outbox takes a row and loses it per event: where autovacuum is off, the relay's side vacuums it. */
  private readonly vacuum: Vacuumer;

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    @Inject(DATA_SOURCE) ds: DataSource,
    @Inject(KAFKA) kafka: Kafka,
    @Inject(LOGGER) logger: JsonLogger,
  ) {
    this.relay = new OutboxRelay(ds, kafka, { pollMs: config.OUTBOX_POLL_MS, batchSize: config.OUTBOX_BATCH_SIZE }, logger);
    this.vacuum = new Vacuumer(ds, ['outbox'], 'dyad.vacuum.outbox', (err) =>
      logger.warn({ msg: 'outbox vacuum failed; will retry', error: err.message }, 'OutboxRelay'),
    );
  }

  onApplicationBootstrap(): void {
    if (!this.config.RUN_OUTBOX_RELAY) return;
    this.relay.start();
    this.vacuum.start(this.config.VACUUM_INTERVAL_MS);
  }

  /** Called after a commit: publish now rather than at the next poll. */
  nudge(): void {
    this.relay.nudge();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.vacuum.stop();
    await this.relay.stop();
  }
}
