import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { isDatabaseUnavailable, isTransientConflict, type Config, type JsonLogger } from '@dyad/config';
import { GroupCommit, GrowthAnalyzer, inTransaction, Vacuumer } from '@dyad/event-store';
import { connectIdempotentProducer, deadLetterCount, deadLetterOf, decodeEnvelope, ensureTopics, PoisonMessageError } from '@dyad/messaging';
import { applyFactEvents, isProjectedType, READ_MODEL_TABLES, repairMissing, saveCheckpoint, saveCheckpoints, type BatchSource } from '@dyad/projections';
import { CONFIG, DATA_SOURCE, KAFKA, LOGGER } from '@dyad/platform';
import type { EventEnvelope } from '@dyad/domain';
import type { Consumer, EachBatchPayload, Kafka, KafkaMessage, Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';

interface Decoded {
  event: EventEnvelope;
  message: KafkaMessage;
}
interface Dead {
  message: KafkaMessage;
  reason: string;
}
/** One partition's batch, decoded, on its way to the read models. */
interface Pending {
  good: Decoded[];
  dead: Dead[];
  source: BatchSource;
}

/** The reducer refused the batch (bad data, not an outage). */
class ApplyFailed extends Error {}

/** Thrown to leave a batch unfinished (not checkpointed) when the consumer stops or rebalances. */
class BatchAbandoned extends Error {}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Builds the read models from the facts topic. Each Kafka batch and its checkpoint commit in one
 * Postgres transaction; offsets are committed to Kafka only after that, so a crash replays a
 * batch, and a replayed batch changes nothing (facts are deduplicated by event id).
 *
 * Poison messages (not an envelope, or not a fact type, or a fact the reducer cannot apply) go to
 * the dead-letter topic with the reason and their original bytes, before the batch's checkpoint
 * commits, and the projector goes on. PostgreSQL going away does not lose the batch: the projector
 * waits (heartbeating) and retries it; Kafka going away is kafkajs's to retry, and a crashed
 * consumer restarts.
 *
 * Partitions are consumed side by side (PROJECTOR_CONCURRENCY, default 12) and the batches that
 * arrive together are applied in ONE transaction (a group commit of at most ~1,000 facts: one
 * commit, one WAL flush and one round of story regrouping, with every partition's checkpoint). A
 * group that cannot apply as a whole falls back to each batch on its own, which finds the poison
 * message as before. With 1, one partition's batch per transaction, in turn: a fetch's later
 * batches then wait for the earlier ones' transactions (read model p50 ~3× higher at 50/s).
 */
@Injectable()
export class ProjectorService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private consumer: Consumer | null = null;
  private producer: Producer | null = null;
  /** Messages this process sent to the dead-letter topic (the topic itself holds the total). */
  poisonCount = 0;
  appliedCount = 0;
  /** Batches retried because PostgreSQL did not answer. */
  databaseRetries = 0;
  /** Batches run again after losing a race (deadlock, serialization failure) with a concurrent one. */
  conflictRetries = 0;
  /** Consumers replaced after kafkajs gave them up. */
  consumerRestarts = 0;
  private stopping = false;
  /** Offsets applied but not yet committed to Kafka, newest per partition (see commitLater). */
  private readonly uncommitted = new Map<string, { topic: string; partition: number; offset: string }>();
  private committing: Promise<void> | null = null;
  // A group holds at most ~1,000 facts (about one partition's batch): the regrouping of a
  // transaction loads every standing mention of the stories it touches, and unbounded groups
  // (12 partitions of backlog) ran the 160 MB heap out of memory in the bench's scale phase.
  private readonly commits = new GroupCommit<Pending>(
    { commitAll: (g) => this.applyGroup(g), commitOne: (p) => this.applyBatch(p) },
    64,
    true,
    (p) => p.good.length + p.dead.length,
    1000,
  );

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(DATA_SOURCE) private readonly ds: DataSource,
    @Inject(LOGGER) private readonly logger: JsonLogger,
  ) {}

  get deadLetterTopic(): string {
    return this.config.TOPIC_FACTS_DLQ;
  }

  /** Dead letters on the topic (all processes, all time within retention). */
  deadLetters(): Promise<number> {
    return deadLetterCount(this.kafka, this.deadLetterTopic);
  }

  async onApplicationBootstrap(): Promise<void> {
    const created = await ensureTopics(this.kafka, [
      {
        topic: this.deadLetterTopic,
        partitions: 1,
        replicationFactor: this.config.TOPIC_REPLICATION_FACTOR,
        retentionMs: this.config.TOPIC_RETENTION_MS,
      },
    ]);
    if (created.length) this.logger.log({ msg: 'dead-letter topic created', topic: this.deadLetterTopic }, 'Projector');
    await this.startConsumer();
    // Stories and their counts are rewritten as mentions arrive: where autovacuum is off, vacuum them.
    this.vacuum = new Vacuumer(this.ds, [...READ_MODEL_TABLES, 'relation_scopes', 'projection_state', 'projection_checkpoints'], 'dyad.vacuum.read-models', (err) =>
      this.logger.warn({ msg: 'read-model vacuum failed; will retry', error: err.message }, 'Projector'),
    );
    this.vacuum.start(this.config.VACUUM_INTERVAL_MS);
    // Statistics that keep up with read models filling fast (a fresh store, a burst of ingest).
    this.analyzer = new GrowthAnalyzer(this.ds, READ_MODEL_TABLES, 'fact_index', (err) =>
      this.logger.warn({ msg: 'read-model analyze failed; will retry', error: err.message }, 'Projector'),
    );
    if (this.config.REPAIR_INTERVAL_MS > 0) {
      this.repairTimer = setInterval(() => void this.repair(), this.config.REPAIR_INTERVAL_MS);
      this.repairTimer.unref();
    }
  }

  /** Facts applied by the repair because they never arrived through Kafka (see repairMissing). */
  repairedCount = 0;
  private repairTimer: NodeJS.Timeout | null = null;
  private vacuum: Vacuumer | null = null;
  private analyzer: GrowthAnalyzer | null = null;
  private repairing = false;

  /** Catches the read models up with committed facts Kafka did not deliver; pages until done. */
  private async repair(): Promise<void> {
    if (this.repairing || this.stopping) return;
    this.repairing = true;
    try {
      for (let pages = 0; pages < 100 && !this.stopping; pages++) {
        const r = await repairMissing(this.ds, this.config.REPAIR_GRACE_MS);
        if (r.applied) {
          this.repairedCount += r.applied;
          this.logger.warn({ msg: 'applied committed facts that never arrived through Kafka', applied: r.applied, upTo: r.position }, 'Projector');
        }
        if (r.scanned < 5000) break;
      }
    } catch (err) {
      this.logger.warn({ msg: 'repair pass failed; will retry', error: (err as Error).message }, 'Projector');
    } finally {
      this.repairing = false;
    }
  }

  /** A consumer in the group; when kafkajs gives one up (a crash it will not restart), a new one replaces it. */
  private async startConsumer(): Promise<void> {
    const consumer = this.kafka.consumer({
      groupId: this.config.PROJECTOR_GROUP_ID,
      // A broker restart leaves the old member in the group until its session expires: keep that short.
      sessionTimeout: 10_000,
      heartbeatInterval: 1_000,
      maxWaitTimeInMs: this.config.PROJECTOR_FETCH_WAIT_MS,
      allowAutoTopicCreation: false,
      retry: { retries: 10, initialRetryTime: 200, maxRetryTime: 5000, restartOnFailure: async () => true },
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      this.logger.warn({ msg: 'projector consumer crashed', error: payload.error?.message, restartedByKafkajs: payload.restart }, 'Projector');
      // kafkajs does not restart after errors it deems non-retriable (e.g. "Failed to find group
      // coordinator" while a broker restarts): the consumer would sit idle for ever.
      if (!payload.restart && this.consumer === consumer) void this.replaceConsumer(consumer);
    });
    this.consumer = consumer;
    await consumer.connect();
    await consumer.subscribe({ topics: [this.config.TOPIC_FACTS], fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      // Partitions side by side (each in order); batches share the apply lock, as separate projector processes do.
      partitionsConsumedConcurrently: this.config.PROJECTOR_CONCURRENCY,
      eachBatch: (payload) => this.onBatch(payload),
    });
    this.logger.log({ msg: 'projector consuming', topic: this.config.TOPIC_FACTS, group: this.config.PROJECTOR_GROUP_ID, dlq: this.deadLetterTopic }, 'Projector');
  }

  private async replaceConsumer(dead: Consumer): Promise<void> {
    this.consumerRestarts++;
    this.uncommitted.clear(); // the dead member's offsets; the next one resumes from the last commit (a harmless replay)
    await dead.disconnect().catch(() => undefined);
    for (let attempt = 1; !this.stopping && this.consumer === dead; attempt++) {
      await sleep(Math.min(10_000, 500 * attempt));
      if (this.stopping || this.consumer !== dead) return;
      try {
        await this.startConsumer();
        this.logger.log({ msg: 'projector consumer replaced', attempt }, 'Projector');
        return;
      } catch (err) {
        const failed = this.consumer;
        this.consumer = dead; // keep ownership of the retry loop
        await failed?.disconnect().catch(() => undefined);
        this.logger.warn({ msg: 'projector consumer could not start; retrying', attempt, error: (err as Error).message }, 'Projector');
      }
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (this.repairTimer) clearInterval(this.repairTimer);
    this.vacuum?.stop();
    // stop() lets the batch in hand finish; its offsets are committed before the group is left.
    await this.consumer?.stop().catch(() => undefined);
    await this.analyzer?.idle();
    await this.committing;
    await this.commitPending();
    await this.consumer?.disconnect().catch(() => undefined);
    this.consumer = null;
    await this.producer?.disconnect().catch(() => undefined);
    this.producer = null;
  }

  private async onBatch(payload: EachBatchPayload): Promise<void> {
    const { batch, resolveOffset, heartbeat, isRunning, isStale } = payload;
    if (batch.messages.length === 0 || !isRunning() || isStale()) return;
    const good: Decoded[] = [];
    const dead: Dead[] = [];
    for (const message of batch.messages) {
      try {
        const event = decodeEnvelope(message.value);
        if (isProjectedType(event.type)) good.push({ event, message });
        else dead.push({ message, reason: `unknown event type "${event.type.slice(0, 100)}" on the facts topic` });
      } catch (err) {
        if (!(err instanceof PoisonMessageError)) throw err;
        dead.push({ message, reason: `undecodable: ${err.message}` });
      }
    }
    const last = batch.messages[batch.messages.length - 1].offset;
    const nextOffset = (BigInt(last) + 1n).toString();
    const source = { topic: batch.topic, partition: batch.partition, nextOffset };

    try {
      await this.retryWhileDatabaseDown(payload, () => this.commits.submit({ good, dead, source }));
    } catch (err) {
      if (err instanceof BatchAbandoned) return;
      throw err;
    }
    resolveOffset(last);
    this.commitLater(batch.topic, batch.partition, nextOffset);
    await heartbeat();
  }

  /**
   * Kafka offset commits, off the batch's path: the PostgreSQL checkpoint (same transaction as the
   * facts) is the truth and a replay changes nothing, so a commit only shortens the replay after a
   * restart or rebalance. Awaited per batch they took 24 ms p50 (45 ms p95) on the bench broker, as
   * long as applying the batch, and the next fetch waited for them. One commit is in flight at a
   * time, carrying the newest offset of every partition that moved meanwhile.
   */
  private commitLater(topic: string, partition: number, offset: string): void {
    this.uncommitted.set(`${topic}\u0000${partition}`, { topic, partition, offset });
    if (!this.committing) this.committing = this.commitPending().finally(() => (this.committing = null));
  }

  private async commitPending(): Promise<void> {
    while (this.uncommitted.size && this.consumer) {
      const offsets = [...this.uncommitted.values()];
      this.uncommitted.clear();
      await this.consumer.commitOffsets(offsets).catch((err: Error) =>
        // The Postgres checkpoint is the truth; a failed Kafka commit only means a harmless replay.
        this.logger.warn({ msg: 'offset commit failed', error: err.message }, 'Projector'),
      );
    }
  }

  /**
   * Batches (of one or several partitions) in one transaction: their facts, their dead letters
   * (sent before the checkpoints commit) and their checkpoints. False, with nothing committed, when
   * the facts cannot be applied together: a group then goes batch by batch (applyBatch), a lone
   * batch fact by fact.
   */
  private async applyGroup(group: Pending[]): Promise<boolean> {
    try {
      const n = await inTransaction(this.ds, async (tx) => {
        const n = await applyFactEvents(
          tx,
          group.flatMap((p) => p.good.map((g) => g.event)),
        ).catch((err: unknown) => {
          throw isDatabaseUnavailable(err) || isTransientConflict(err) ? err : new ApplyFailed();
        });
        for (const p of group) await this.sendDeadLetters(p.source.topic, p.source.partition, p.dead);
        await saveCheckpoints(tx, group.map((p) => p.source));
        return n;
      });
      this.applied(n);
      return true;
    } catch (err) {
      if (err instanceof ApplyFailed) return false;
      throw err;
    }
  }

  /** One partition's batch in its own transaction; one by one when a fact in it cannot be applied. */
  private async applyBatch(p: Pending): Promise<boolean> {
    // One fact the reducer cannot apply must not block the partition: find it, one by one.
    if (!(await this.applyGroup([p]))) this.applied(await this.applyOneByOne(p.good, p.dead, p.source));
    return true;
  }

  private applied(n: number): void {
    this.appliedCount += n;
    this.analyzer?.noteWrites(n);
  }

  private async applyOneByOne(good: Decoded[], dead: Dead[], source: BatchSource): Promise<number> {
    let applied = 0;
    const rejected: Dead[] = [...dead];
    for (const g of good) {
      try {
        applied += await inTransaction(this.ds, (tx) => applyFactEvents(tx, [g.event]));
      } catch (err) {
        if (isDatabaseUnavailable(err) || isTransientConflict(err)) throw err;
        const e = err as { name?: string; code?: string };
        rejected.push({ message: g.message, reason: `not projectable: ${e.name ?? 'Error'}${e.code ? ` ${e.code}` : ''}` });
      }
    }
    await this.sendDeadLetters(source.topic, source.partition, rejected);
    await inTransaction(this.ds, (tx) => saveCheckpoint(tx, source));
    return applied;
  }

  /** Runs `fn` until it succeeds, waiting out PostgreSQL outages; gives the batch up on stop or rebalance. */
  private async retryWhileDatabaseDown<T>({ heartbeat, isRunning, isStale, batch }: EachBatchPayload, fn: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn();
      } catch (err) {
        if (isTransientConflict(err)) {
          // Lost a race with a concurrent batch (deadlock, serialization): nothing was applied; again.
          this.conflictRetries++;
          await sleep(10 + Math.random() * 40);
          if (!isRunning() || isStale()) throw new BatchAbandoned();
          continue;
        }
        if (!isDatabaseUnavailable(err)) throw err;
        this.databaseRetries++;
        if (attempt === 1 || attempt % 10 === 0) {
          this.logger.warn({ msg: 'PostgreSQL unavailable; holding the batch and retrying', partition: batch.partition, attempt }, 'Projector');
        }
        await sleep(Math.min(5000, 100 * 2 ** Math.min(attempt, 6)));
        if (!isRunning() || isStale()) throw new BatchAbandoned();
        await heartbeat(); // keeps the partition while we wait; throws on a rebalance
      }
    }
  }

  private async sendDeadLetters(topic: string, partition: number, dead: Dead[]): Promise<void> {
    if (dead.length === 0) return;
    const producer = await this.getProducer();
    try {
      await producer.send({
        topic: this.deadLetterTopic,
        acks: -1,
        messages: dead.map((d) => deadLetterOf(d.message, { topic, partition }, d.reason)),
      });
    } catch (err) {
      await producer.disconnect().catch(() => undefined);
      this.producer = null;
      throw err;
    }
    this.poisonCount += dead.length;
    for (const d of dead) {
      this.logger.warn({ msg: 'message sent to the dead-letter topic', reason: d.reason, topic, partition, offset: d.message.offset, dlq: this.deadLetterTopic }, 'Projector');
    }
  }

  private async getProducer(): Promise<Producer> {
    this.producer ??= await connectIdempotentProducer(this.kafka);
    return this.producer;
  }
}
