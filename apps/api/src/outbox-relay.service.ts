import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { Config, JsonLogger } from '@dyad/config';
import { OutboxRelay } from '@dyad/messaging';
import { CONFIG, DATA_SOURCE, KAFKA, LOGGER } from '@dyad/platform';
import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';

/** Runs the outbox relay in the API process (when RUN_OUTBOX_RELAY); one instance is active at a time. */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly relay: OutboxRelay;

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    @Inject(DATA_SOURCE) ds: DataSource,
    @Inject(KAFKA) kafka: Kafka,
    @Inject(LOGGER) logger: JsonLogger,
  ) {
    this.relay = new OutboxRelay(ds, kafka, { pollMs: config.OUTBOX_POLL_MS, batchSize: config.OUTBOX_BATCH_SIZE }, logger);
  }

  onApplicationBootstrap(): void {
    if (this.config.RUN_OUTBOX_RELAY) this.relay.start();
  }

  /** Called after a commit: publish now rather than at the next poll. */
  nudge(): void {
    this.relay.nudge();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.relay.stop();
  }
}
