import { Controller, Get, HttpCode, Inject, Optional, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { OutboxStore, sqlOf } from '@dyad/event-store';
import { deadLetterCount } from '@dyad/messaging';
import { DATA_SOURCE, KAFKA, CONFIG } from '@dyad/platform';
import { rebuildRelations, RelationsQueries } from '@dyad/projections';
import type { Config } from '@dyad/config';
import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { ProjectorService } from '../../../projector/src/projector.service';
import { OutboxRelayService } from '../outbox-relay.service';
import { RelationWarmerService } from '../queries/get-relation/relation-warmer.service';

/** Projection status (position, lag) and a rebuild from zero. */
@ApiTags('admin')
@Controller('admin/projections')
export class ProjectionsHttpController {
  private readonly queries = new RelationsQueries();
  private readonly outbox = new OutboxStore();

  constructor(
    @Inject(DATA_SOURCE) private readonly ds: DataSource,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(CONFIG) private readonly config: Config,
    private readonly relay: OutboxRelayService,
    private readonly warmer: RelationWarmerService,
    @Optional() private readonly projector?: ProjectorService,
  ) {}

  @Get('status')
  @ApiOperation({ summary: 'Where the relations projection stands: positions, Kafka lag, outbox backlog, relation answer warmer' })
  async status() {
    const db = sqlOf(this.ds);
    // Kafka figures are best effort: with Kafka down the status still answers, without them.
    const [status, outboxPending, kafkaLag, deadLetters] = await Promise.all([
      this.queries.status(db),
      this.outbox.pending(db),
      within(this.kafkaLag(), 3000).catch(() => null),
      within(deadLetterCount(this.kafka, this.config.TOPIC_FACTS_DLQ), 3000).catch(() => null),
    ]);
    return {
      ...status,
      outboxPending,
      kafkaLag,
      deadLetters,
      relayActiveHere: this.relay.relay.active,
      projectorHere: this.projector ? { applied: this.projector.appliedCount, poison: this.projector.poisonCount, repaired: this.projector.repairedCount } : null,
      // This process's relation answer warmer (RELATION_WARMER): passes over every dyad, answers computed.
      relationWarmerHere: this.config.RELATION_WARMER ? { ...this.warmer.warmer.stats } : null,
    };
  }

  @Post('rebuild')
  @HttpCode(200)
  @ApiOperation({ summary: 'Rebuild the read models from zero out of the event store' })
  rebuild() {
    return rebuildRelations(this.ds);
  }

  /** Messages on the facts topic not yet checkpointed by the projector, per partition. */
  private async kafkaLag() {
    const admin = this.kafka.admin({ retry: { retries: 0 } });
    await admin.connect();
    try {
      const ends = await admin.fetchTopicOffsets(this.config.TOPIC_FACTS);
      const checkpoints = await this.queries.status(sqlOf(this.ds));
      const at = new Map(checkpoints.checkpoints.filter((c) => c.topic === this.config.TOPIC_FACTS).map((c) => [c.partition, c.nextOffset]));
      const partitions = ends.map((p) => ({ partition: p.partition, end: Number(p.high), lag: Number(p.high) - (at.get(p.partition) ?? Number(p.low)) }));
      return { total: partitions.reduce((s, p) => s + p.lag, 0), partitions };
    } finally {
      await admin.disconnect();
    }
  }
}

const within = <T>(p: Promise<T>, ms: number): Promise<T> =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref())]);
