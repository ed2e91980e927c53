import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { eventually, uniqueName } from '../support/infra';
import { ownKafka, ownPostgres } from '../support/chaos-infra';
import { startService } from '../support/service';

jest.setTimeout(300_000);

const root = path.resolve(__dirname, '../..');

/**
 * Degraded, not down: on a Kafka broker and a PostgreSQL cluster of the test's own, which it
 * stops and starts. With Kafka down, ingest still commits and the relay catches up afterwards;
 * with PostgreSQL down, ingest answers 503 with Retry-After, /health/ready says not ready, the
 * process stays up and recovers by itself.
 */
describe('degraded, not down', () => {
  const kafka = ownKafka({ port: 19092, controllerPort: 19093, dir: path.join(root, '.dyad/chaos-kafka-faults') });
  const pg = ownPostgres({ port: 15432, dir: path.join(root, '.dyad/chaos-pg') });
  const dbName = uniqueName('dyad_faults');
  let svc: Awaited<ReturnType<typeof startService>> | undefined;
  let n = 0;
  const article = () => ({ title: `Fault ${++n}`, body: `Japan and Mongolia signed an agreement in Tokyo on talks number ${n} ${dbName}.`, publishedAt: '2022-05-01' });
  const call = async (method: string, p: string, body?: unknown) => {
    const r = await fetch(`${svc!.base}${p}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(20_000),
    });
    const text = await r.text();
    let json: any = text;
    try {
      json = JSON.parse(text);
    } catch {
      /* not json */
    }
    return { status: r.status, body: json, headers: r.headers, text };
  };
  const caughtUp = (what: string) =>
    eventually(
      async () => {
        const s = await call('GET', '/admin/projections/status');
        return s.status === 200 && s.body.outboxPending === 0 && s.body.position >= s.body.headPosition && s.body.kafkaLag?.total === 0 ? s.body : undefined;
      },
      120_000,
      what,
    );

  beforeAll(async () => {
    mkdirSync(path.join(root, '.dyad/tmp'), { recursive: true });
    pg.start();
    kafka.start();
    const admin = new Client({ connectionString: pg.url() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    svc = await startService({
      DATABASE_URL: pg.url(dbName),
      KAFKA_BROKERS: kafka.brokers,
      TOPIC_ARTICLES: uniqueName('faults.articles'),
      TOPIC_FACTS: uniqueName('faults.facts'),
      PROJECTOR_GROUP_ID: uniqueName('faults-projector'),
      LOG_LEVEL: 'warn',
    });
  });
  afterAll(async () => {
    try {
      if (svc) {
        const code = await svc.stop();
        writeFileSync(path.join(root, '.dyad/tmp/faults-service.log'), svc.output.join(''));
        expect(code).toBe(0);
      }
    } finally {
      kafka.stop();
      if (pg.running()) {
        const admin = new Client({ connectionString: pg.url() });
        await admin.connect().then(() => admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`)).catch(() => undefined);
        await admin.end().catch(() => undefined);
      }
      pg.stop();
    }
  });

  it('keeps ingesting with Kafka down; the outbox holds the events and the relay catches up', async () => {
    expect((await call('POST', '/articles', article())).status).toBe(201);
    await caughtUp('the first article');
    kafka.stop();
    const down = Date.now();
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      const r = await call('POST', '/articles', article());
      expect(r.status).toBe(201);
      ids.push(r.body.articleId);
    }
    expect(Date.now() - down).toBeLessThan(60_000);
    const ready = await call('GET', '/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body.checks.kafka.status).toBe('down');
    expect(ready.body.checks.postgres.status).toBe('up');
    const status = await call('GET', '/admin/projections/status');
    expect(status.body.outboxPending).toBeGreaterThan(0);

    kafka.start();
    const after = await caughtUp('the relay and the projector after Kafka came back');
    expect(after.appliedEvents).toBeGreaterThan(0);
    for (const id of ids) expect((await call('GET', `/articles/${id}`)).status).toBe(200);
    expect(svc!.alive()).toBe(true);
  });

  it('answers 503 with Retry-After while PostgreSQL is down, stays up, and recovers by itself', async () => {
    pg.stop('immediate');
    try {
      const r = await call('POST', '/articles', article());
      expect(r.status).toBe(503);
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(r.body).toEqual({ statusCode: 503, error: 'Service Unavailable', message: expect.stringContaining('database is unavailable') });
      expect(r.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|SELECT|INSERT|at .+:\d+/);
      const q = await call('GET', '/relations/JPN/MNG');
      expect(q.status).toBe(503);
      const ready = await call('GET', '/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.status).toBe('not ready');
      expect(ready.body.checks.postgres.status).toBe('down');
      expect(ready.text).not.toMatch(/ECONNREFUSED|15432/);
      expect((await call('GET', '/health/live')).status).toBe(200);
      await new Promise((res) => setTimeout(res, 3000)); // the relay, feed and projector loops meet the outage
      expect(svc!.alive()).toBe(true);
    } finally {
      pg.start();
    }
    const back = await eventually(async () => {
      const r = await call('POST', '/articles', article());
      return r.status === 201 ? r : undefined;
    }, 60_000, 'ingest after PostgreSQL came back');
    expect(back.body.duplicate).toBe(false);
    await eventually(async () => ((await call('GET', '/health/ready')).status === 200 ? true : undefined), 60_000, 'ready again');
    await caughtUp('the projector after PostgreSQL came back');
    expect(svc!.alive()).toBe(true);
    expect(svc!.output.join('')).not.toContain('unhandled rejection');
  });

  it('waits at start for a PostgreSQL that is not up yet, and is ready once it is', async () => {
    pg.stop('immediate');
    let started = false;
    const output: string[] = [];
    const starting = startService(
      {
        DATABASE_URL: pg.url(dbName),
        KAFKA_BROKERS: kafka.brokers,
        TOPIC_ARTICLES: uniqueName('faults.late.articles'),
        TOPIC_FACTS: uniqueName('faults.late.facts'),
        PROJECTOR_GROUP_ID: uniqueName('faults-late-projector'),
        LOG_LEVEL: 'warn',
      },
      { readyTimeoutMs: 120_000, output },
    ).finally(() => (started = true));
    try {
      // Until the service has tried PostgreSQL and said it waits (a fixed sleep raced the service's
      // own start-up on a loaded machine: PostgreSQL was back before the first try), then a while more.
      const waiting = () => output.join('').includes('PostgreSQL is not available yet; retrying');
      await eventually(async () => (waiting() || started ? true : undefined), 90_000, 'the service to say it waits for PostgreSQL');
      expect(waiting()).toBe(true);
      await new Promise((res) => setTimeout(res, 3000));
      expect(started).toBe(false); // still waiting, not exited (startService rejects if the process exits)
    } finally {
      pg.start();
    }
    const late = await starting;
    try {
      expect(late.output.join('')).toContain('PostgreSQL is not available yet; retrying');
      expect((await fetch(`${late.base}/health/ready`)).status).toBe(200);
      const r = await fetch(`${late.base}/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(article()) });
      expect(r.status).toBe(201);
    } finally {
      expect(await late.stop()).toBe(0);
    }
  });
});
