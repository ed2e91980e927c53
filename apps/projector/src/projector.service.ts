import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { Config, JsonLogger } from '@dyad/config';
import { inTransaction } from '@dyad/event-store';
import { decodeEnvelope, PoisonMessageError } from '@dyad/messaging';
import { applyFactEvents, saveCheckpoint } from '@dyad/projections';
import { CONFIG, DATA_SOURCE, KAFKA, LOGGER } from '@dyad/platform';
import type { EventEnvelope } from '@dyad/domain';
import type { Consumer, EachBatchPayload, Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';

/**
 * Builds the read models from the facts topic. Each Kafka batch and its checkpoint commit in one
 * Postgres transaction; offsets are committed to Kafka only after that, so a crash replays a
 * batch, and a replayed batch changes nothing (facts are deduplicated by event id).
 */
@Injectable()
export class ProjectorService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private consumer: Consumer | null = null;
  /** Messages that could not be decoded and were skipped; issue "Nothing lost" sends them to a DLQ. */
  poisonCount = 0;
  appliedCount = 0;

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(DATA_SOURCE) private readonly ds: DataSource,
    @Inject(LOGGER) private readonly logger: JsonLogger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const consumer = this.kafka.consumer({
      groupId: this.config.PROJECTOR_GROUP_ID,
      sessionTimeout: 30_000,
      heartbeatInterval: 3_000,
      maxWaitTimeInMs: 50,
      allowAutoTopicCreation: false,
      retry: { retries: 10, initialRetryTime: 200, maxRetryTime: 5000, restartOnFailure: async () => true },
    });
    this.consumer = consumer;
    await consumer.connect();
    await consumer.subscribe({ topics: [this.config.TOPIC_FACTS], fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: 1,
      eachBatch: (payload) => this.onBatch(payload),
    });
    this.logger.log({ msg: 'projector consuming', topic: this.config.TOPIC_FACTS, group: this.config.PROJECTOR_GROUP_ID }, 'Projector');
  }

  async beforeApplicationShutdown(): Promise<void> {
    // disconnect() lets the batch in hand finish, then leaves the group.
    await this.consumer?.disconnect().catch(() => undefined);
    this.consumer = null;
  }

  private async onBatch({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload): Promise<void> {
    if (batch.messages.length === 0 || !isRunning() || isStale()) return;
    const events: EventEnvelope[] = [];
    for (const m of batch.messages) {
      try {
        events.push(decodeEnvelope(m.value));
      } catch (err) {
        if (!(err instanceof PoisonMessageError)) throw err;
        this.poisonCount++;
        this.logger.warn({ msg: 'skipped undecodable message', reason: err.message, partition: batch.partition, offset: m.offset }, 'Projector');
      }
    }
    const last = batch.messages[batch.messages.length - 1].offset;
    const nextOffset = (BigInt(last) + 1n).toString();
    const applied = await inTransaction(this.ds, async (tx) => {
      const n = await applyFactEvents(tx, events);
      await saveCheckpoint(tx, { topic: batch.topic, partition: batch.partition, nextOffset });
      return n;
    });
    this.appliedCount += applied;
    resolveOffset(last);
    await this.consumer?.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: nextOffset }]).catch((err: Error) =>
      // The Postgres checkpoint is the truth; a failed Kafka commit only means a harmless replay.
      this.logger.warn({ msg: 'offset commit failed', error: err.message }, 'Projector'),
    );
    await heartbeat();
  }
}
