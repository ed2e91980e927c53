import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DATA_SOURCE, KAFKA } from '@dyad/platform';
import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';

const within = <T>(p: Promise<T>, ms: number) =>
  Promise.race([p, new Promise<never>((_, rej) => setTimeout(() => rej(new Error(`no answer within ${ms} ms`)), ms))]);

@ApiTags('health')
@Controller('health')
export class HealthHttpController {
  constructor(
    @Inject(DATA_SOURCE) private readonly ds: DataSource,
    @Inject(KAFKA) private readonly kafka: Kafka,
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'The process is up' })
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'Postgres and Kafka answer; 503 naming what does not' })
  async ready() {
    const check = async (fn: () => Promise<unknown>) => {
      const t = Date.now();
      try {
        await within(fn(), 2000);
        return { status: 'up', ms: Date.now() - t };
      } catch (err) {
        // No driver text (hosts, ports, user names) in a public answer: the log has the details.
        const timedOut = /no answer within/.test((err as Error)?.message ?? '');
        return { status: 'down', error: timedOut ? 'no answer within 2 s' : 'not reachable' };
      }
    };
    const [postgres, kafka] = await Promise.all([
      check(() => this.ds.query('SELECT 1')),
      check(async () => {
        // No retries: a probe should answer now, not leave reconnect attempts behind it.
        const admin = this.kafka.admin({ retry: { retries: 0 } });
        await admin.connect();
        try {
          await admin.describeCluster();
        } finally {
          await admin.disconnect();
        }
      }),
    ]);
    const body = { status: postgres.status === 'up' && kafka.status === 'up' ? 'ready' : 'not ready', checks: { postgres, kafka } };
    if (body.status !== 'ready') throw new ServiceUnavailableException(body);
    return body;
  }
}
