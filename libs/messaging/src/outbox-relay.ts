import type { LoggerService } from '@nestjs/common';
import type { Kafka, Producer } from 'kafkajs';
import { connectIdempotentProducer, sendAcknowledged } from './kafka';
import type { DataSource, QueryRunner } from 'typeorm';
import { OutboxStore, Sleeper, type Sql } from '@dyad/event-store';
import { encodeStored, type EncodedMessage } from './codec';

export interface OutboxRelayOptions {
  pollMs: number;
  batchSize: number;
}

const RELAY_LOCK = `hashtext('dyad.outbox.relay')`;

/** Sql on the relay's own connection (the one that holds the lock). */
const sqlOnRunner = (runner: QueryRunner): Sql => ({ query: async (sql, params) => (await runner.query(sql, params, true)).records ?? [] });


/**
 * Moves committed events from the outbox to Kafka: at least once, in commit order, with an
 * idempotent producer and acks from all in-sync replicas. Many API instances may run a relay; a
 * session advisory lock lets exactly one of them work, and another takes over when it dies.
 */
export class OutboxRelay {
  private readonly outbox = new OutboxStore();
  private producer: Producer | null = null;
  private runner: QueryRunner | null = null;
  private running = false;
  private loop: Promise<void> | null = null;
  private readonly sleeper = new Sleeper();
  /** Messages published since start; for status and tests. */
  published = 0;
  /** Outbox rows of the last batch Kafka acknowledged, deleted with the next read (one round trip less per batch). */
  private acknowledged: number[] = [];
  active = false;

  constructor(
    private readonly ds: DataSource,
    private readonly kafka: Kafka,
    private readonly opts: OutboxRelayOptions,
    private readonly logger: LoggerService,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Asks the relay to look at the outbox now (after a commit), instead of at its next poll. */
  nudge(): void {
    this.sleeper.wake();
  }

  /** Stops after the batch in hand; a publish stuck on an unreachable broker is not waited for past `graceMs`. */
  async stop(graceMs = 5000): Promise<void> {
    this.running = false;
    this.nudge();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.loop, new Promise<void>((r) => (timer = setTimeout(r, graceMs)))]);
    clearTimeout(timer);
    await this.releaseLock();
    await this.producer?.disconnect().catch(() => undefined);
    this.producer = null;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        const moved = await this.step();
        failures = 0;
        if (moved === 0) await this.idle(this.active ? this.opts.pollMs : 1000);
      } catch (err) {
        failures++;
        this.logger.warn({ msg: 'outbox relay step failed; retrying', error: (err as Error).message }, 'OutboxRelay');
        await this.releaseLock();
        await this.producer?.disconnect().catch(() => undefined);
        this.producer = null;
        await this.idle(Math.min(5000, 200 * 2 ** Math.min(failures, 5)));
      }
    }
  }

  private idle(ms: number): Promise<void> {
    return this.sleeper.sleep(ms);
  }

  /** One round: take the lock if needed, publish one batch, delete it. Returns messages moved. */
  private async step(): Promise<number> {
    if (!(await this.holdLock())) return 0;
    const db = this.lockedSql();
    const batch = await this.outbox.next(db, this.opts.batchSize, this.acknowledged);
    this.acknowledged = [];
    if (batch.length === 0) return 0;
    const producer = await this.getProducer();
    const byTopic = new Map<string, EncodedMessage[]>();
    for (const m of batch) {
      const list = byTopic.get(m.topic) ?? [];
      list.push(encodeStored(m));
      byTopic.set(m.topic, list);
    }
    // Rows are deleted only for messages whose partition acknowledged the write (see sendAcknowledged).
    await sendAcknowledged(
      producer,
      [...byTopic].map(([topic, messages]) => ({ topic, messages })),
      {
        onResend: (messages, partitions) =>
          this.logger.warn({ msg: 'Kafka answered without acknowledging some partitions; sending their messages again', messages, partitions }, 'OutboxRelay'),
      },
    );
    // Deleted by the next step's read: if this relay dies first, they are sent again (at least once).
    this.acknowledged = batch.map((m) => m.id);
    this.published += batch.length;
    return batch.length;
  }

  private async getProducer(): Promise<Producer> {
    this.producer ??= await connectIdempotentProducer(this.kafka);
    return this.producer;
  }

  private lockedSql(): Sql {
    return sqlOnRunner(this.runner!);
  }

  private async holdLock(): Promise<boolean> {
    if (this.active && this.runner) return true;
    if (!this.runner) {
      this.runner = this.ds.createQueryRunner();
      await this.runner.connect();
    }
    const [row] = (await this.runner.query(`SELECT pg_try_advisory_lock(${RELAY_LOCK}) AS ok`)) as { ok: boolean }[];
    this.active = row.ok;
    if (this.active) this.logger.log({ msg: 'outbox relay is active on this instance' }, 'OutboxRelay');
    return this.active;
  }

  private async releaseLock(): Promise<void> {
    const runner = this.runner;
    this.runner = null;
    if (!runner) return;
    // A clean stop leaves no acknowledged row behind to be sent again by the next relay.
    if (this.active && this.acknowledged.length) {
      const ids = this.acknowledged;
      this.acknowledged = [];
      await this.outbox.remove(sqlOnRunner(runner), ids).catch(() => undefined);
    }
    if (this.active) await runner.query(`SELECT pg_advisory_unlock(${RELAY_LOCK})`).catch(() => undefined);
    this.active = false;
    await runner.release().catch(() => undefined);
  }
}

