/**
 * Faults under load. While articles are ingested over HTTP, kill -9 the projector, kill -9 the API,
 * stop and restart the Kafka broker, restart PostgreSQL (one at a time, several times). When all
 * has caught up, check that every acknowledged article is in the event store exactly once, every
 * event is on Kafka (by event id), and each read model equals a recomputation from the event store.
 *
 *   npm run chaos               full: 3000 articles, 3 rounds of the 4 faults
 *   npm run chaos -- --short    CI: 500 articles, 1 round (under 3 minutes)
 *
 * Runs on a Kafka broker and a PostgreSQL cluster of its own (ports 19192/19193 and 15433, data
 * under .dyad/chaos-run-*), never the shared ones; everything it starts it stops.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { JsonLogger } from '@dyad/config';
import { createKafka, deadLetterCount, HEADERS } from '@dyad/messaging';
import { ownKafka, ownPostgres } from '../../test/support/chaos-infra';
import { freePort, startService } from '../../test/support/service';

const args = process.argv.slice(2);
const short = args.includes('--short');
const arg = (name: string, dflt: number) => {
  const a = args.find((x) => x.startsWith(`--${name}=`));
  return a ? Number(a.split('=')[1]) : dflt;
};
const TARGET = arg('articles', short ? 500 : 3000);
const ROUNDS = arg('rounds', short ? 1 : 3);
const WORKERS = arg('workers', 4);
const root = path.resolve(__dirname, '../..');
const runDir = path.join(root, '.dyad/chaos-run');
mkdirSync(runDir, { recursive: true });
const log = (msg: string) => process.stdout.write(`[chaos ${new Date().toISOString().slice(11, 23)}] ${msg}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const kafka = ownKafka({ port: 19192, controllerPort: 19193, dir: path.join(root, '.dyad/chaos-run-kafka') });
const pg = ownPostgres({ port: 15433, dir: path.join(root, '.dyad/chaos-run-pg') });
const dbName = `dyad_chaos_${Date.now().toString(36)}`;
const topics = { articles: `chaos.articles.${Date.now().toString(36)}`, facts: `chaos.facts.${Date.now().toString(36)}` };

type Svc = Awaited<ReturnType<typeof startService>>;
let api: Svc | null = null;
let projector: Svc | null = null;
let apiPort = 0;
const outputs: string[] = [];

function env(): Record<string, string> {
  return {
    DATABASE_URL: pg.url(dbName),
    KAFKA_BROKERS: kafka.brokers,
    TOPIC_ARTICLES: topics.articles,
    TOPIC_FACTS: topics.facts,
    PROJECTOR_GROUP_ID: 'chaos-projector',
    RATE_LIMIT_RPS: '0',
    LOG_LEVEL: 'warn',
    DATABASE_POOL_SIZE: '8',
  };
}
const startApi = async () => {
  api = await startService({ ...env(), RUN_PROJECTOR: 'false' }, { port: apiPort, readyTimeoutMs: 90_000 });
};
const startProjector = async () => {
  projector = await startService({ ...env(), LOG_LEVEL: 'info' }, { main: 'projector', readyTimeoutMs: 90_000 });
};
const keep = (s: Svc | null) => s && outputs.push(s.output.join(''));

// ---------------------------------------------------------------- load
const COUNTRIES = ['Japan', 'Mongolia', 'China', 'Russia', 'France', 'Germany', 'Brazil', 'India', 'Kenya', 'Canada', 'Mexico', 'Egypt'];
const TEMPLATES = [
  (a: string, b: string) => `${a} and ${b} signed an agreement on trade in the capital.`,
  (a: string, b: string) => `The leaders of ${a} and ${b} held talks on Tuesday.`,
  (a: string, b: string) => `${a} pledged aid to ${b} after the floods.`,
  (a: string, b: string) => `The president of ${a} visited ${b} for two days.`,
];
const acked = new Map<string, string>(); // title -> articleId
let sent = 0;
let retries = 0;
let loadDone = false;

async function ingestOne(n: number): Promise<void> {
  const a = COUNTRIES[n % COUNTRIES.length];
  const b = COUNTRIES[(n * 7 + 3) % COUNTRIES.length] === a ? COUNTRIES[(n + 1) % COUNTRIES.length] : COUNTRIES[(n * 7 + 3) % COUNTRIES.length];
  const title = `Chaos ${n}`;
  const body = `${TEMPLATES[n % TEMPLATES.length](a, b)} Report number ${n}, ${randomUUID()}.`;
  const key = randomUUID();
  for (let attempt = 0; attempt < 400; attempt++) {
    sent++;
    try {
      const r = await fetch(`http://127.0.0.1:${apiPort}/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify({ title, body, publishedAt: '2022-05-01' }),
        signal: AbortSignal.timeout(15_000),
      });
      if (r.status === 201 || r.status === 200) {
        const j = (await r.json()) as { articleId: string };
        const prev = acked.get(title);
        if (prev && prev !== j.articleId) throw new Error(`one request acknowledged as two articles: ${prev} and ${j.articleId}`);
        acked.set(title, j.articleId);
        return;
      }
      await r.text();
      if (r.status < 500 && r.status !== 429) throw new Error(`refused: ${r.status}`);
    } catch (err) {
      if ((err as Error).message.startsWith('one request') || (err as Error).message.startsWith('refused')) throw err;
    }
    retries++;
    await sleep(Math.min(2000, 100 * 2 ** Math.min(attempt, 4)));
  }
  throw new Error(`article ${n} never acknowledged`);
}

async function load(until: () => boolean): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      while (!until()) await ingestOne(next++);
    }),
  );
  loadDone = true;
}

// ---------------------------------------------------------------- faults
interface Fault {
  kind: string;
  at: number;
  recoveredMs?: number;
}
const faults: Fault[] = [];

/** Time from the fault until an article posted after the restore is in the read model. */
async function recovered(f: Fault, db: () => Client): Promise<void> {
  const probe = `Probe ${f.kind} ${faults.length} ${randomUUID()}`;
  const deadline = Date.now() + 180_000;
  let id: string | null = null;
  while (Date.now() < deadline) {
    try {
      if (!id) {
        const r = await fetch(`http://127.0.0.1:${apiPort}/articles`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': probe.slice(0, 200).replace(/\s/g, '-') },
          body: JSON.stringify({ title: probe, body: `Japan and Mongolia signed an agreement. ${probe}`, publishedAt: '2022-05-01' }),
          signal: AbortSignal.timeout(10_000),
        });
        if (r.status === 201 || r.status === 200) {
          id = ((await r.json()) as { articleId: string }).articleId;
          acked.set(probe, id);
        } else await r.text();
      }
      if (id) {
        const rows = await db().query('SELECT 1 FROM fact_index WHERE article_id = $1 LIMIT 1', [id]);
        if (rows.rowCount) {
          f.recoveredMs = Date.now() - f.at;
          return;
        }
      }
    } catch {
      /* still down */
    }
    await sleep(200);
  }
  throw new Error(`no recovery within 180 s after ${f.kind}`);
}

async function inject(kind: string, db: () => Client): Promise<void> {
  const f: Fault = { kind, at: Date.now() };
  faults.push(f);
  log(`fault ${faults.length}: ${kind} (${acked.size} acknowledged so far)`);
  switch (kind) {
    case 'kill -9 projector':
      keep(projector);
      await projector!.kill();
      await sleep(1000);
      await startProjector();
      break;
    case 'kill -9 api':
      keep(api);
      await api!.kill();
      await sleep(500);
      await startApi();
      break;
    case 'restart kafka':
      kafka.stop();
      await sleep(2000);
      kafka.start();
      break;
    case 'restart postgres':
      pg.restart(faults.filter((x) => x.kind === kind).length % 2 ? 'immediate' : 'fast');
      break;
  }
  await recovered(f, db);
  log(`  recovered in ${(f.recoveredMs! / 1000).toFixed(1)} s`);
}

// ---------------------------------------------------------------- checks
async function waitCaughtUp(db: Client): Promise<number> {
  const t = Date.now();
  for (;;) {
    const [{ outbox }] = (await db.query('SELECT count(*)::int AS outbox FROM outbox')).rows;
    const [{ missing }] = (
      await db.query(
        `SELECT count(*)::int AS missing FROM events e
          WHERE e.type = ANY($1) AND NOT EXISTS (SELECT 1 FROM fact_index f WHERE f.event_id = e.event_id)`,
        [FACT_TYPES],
      )
    ).rows;
    if (outbox === 0 && missing <= dlqFacts) return Date.now() - t;
    if ((Date.now() - t) % 10_000 < 500) log(`  waiting: outbox ${outbox}, facts not yet projected ${missing}`);
    if (Date.now() - t > CATCH_UP_LIMIT_MS) {
      await diagnose(db);
      throw new Error(`not caught up after ${CATCH_UP_LIMIT_MS / 1000} s: outbox ${outbox}, facts not projected ${missing}`);
    }
    await sleep(500);
  }
}
let FACT_TYPES: string[] = [];
const CATCH_UP_LIMIT_MS = arg('catchup', 90) * 1000;

/** What a stuck catch-up looks like: the unprojected facts, where they are on Kafka, the checkpoints. */
async function diagnose(db: Client): Promise<void> {
  const missing = (
    await db.query(
      `SELECT e.event_id::text AS id, e.type, e.global_position AS pos, e.stream_id FROM events e
        WHERE e.type = ANY($1) AND NOT EXISTS (SELECT 1 FROM fact_index f WHERE f.event_id = e.event_id) ORDER BY 3 LIMIT 20`,
      [FACT_TYPES],
    )
  ).rows;
  log(`unprojected: ${JSON.stringify(missing)}`);
  log(`checkpoints: ${JSON.stringify((await db.query('SELECT * FROM projection_checkpoints ORDER BY partition')).rows)}`);
  const k = createKafka({ brokers: [kafka.brokers], clientId: 'chaos-diag', logger: new JsonLogger('error') });
  const admin = k.admin();
  await admin.connect();
  log(`facts topic offsets: ${JSON.stringify(await admin.fetchTopicOffsets(topics.facts))}`);
  log(`group offsets: ${JSON.stringify(await admin.fetchOffsets({ groupId: 'chaos-projector', topics: [topics.facts] }))}`);
  await admin.disconnect();
  const found = await kafkaEventIds(new Set(missing.map((m: { id: string }) => m.id)));
  log(`on Kafka: ${JSON.stringify([...found.where])}`);
}
let dlqFacts = 0;

async function kafkaEventIds(locate = new Set<string>()): Promise<{ ids: Map<string, number>; dlq: number; where: Map<string, string[]> }> {
  const where = new Map<string, string[]>();
  const k = createKafka({ brokers: [kafka.brokers], clientId: 'chaos-check', logger: new JsonLogger('error') });
  const admin = k.admin();
  await admin.connect();
  const ends = new Map<string, number>();
  let dlq = 0;
  try {
    for (const t of [topics.articles, topics.facts]) {
      for (const p of await admin.fetchTopicOffsets(t)) ends.set(`${t}/${p.partition}`, Number(p.high));
    }
    dlq = (await admin.fetchTopicOffsets(`${topics.facts}.dlq`).catch(() => [])).reduce((s, p) => s + Number(p.high) - Number(p.low), 0);
  } finally {
    await admin.disconnect();
  }
  const ids = new Map<string, number>();
  const consumer = k.consumer({ groupId: `chaos-check-${randomUUID()}` });
  const pending = new Set([...ends].filter(([, high]) => high > 0).map(([k]) => k));
  await consumer.connect();
  await consumer.subscribe({ topics: [topics.articles, topics.facts], fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ topic, partition, message }) => {
      const id = message.headers?.[HEADERS.eventId]?.toString();
      if (id) ids.set(id, (ids.get(id) ?? 0) + 1);
      if (id && locate.has(id)) where.set(id, [...(where.get(id) ?? []), `${topic}/${partition}@${message.offset}`]);
      if (Number(message.offset) + 1 >= (ends.get(`${topic}/${partition}`) ?? 0)) pending.delete(`${topic}/${partition}`);
    },
  });
  const deadline = Date.now() + 120_000;
  log(`reading ${topics.articles} and ${topics.facts} back from Kafka`);
  while (pending.size && Date.now() < deadline) await sleep(200);
  await consumer.disconnect();
  if (pending.size) throw new Error(`could not read Kafka to the end: ${[...pending].join(', ')}`);
  return { ids, dlq, where };
}

/** Every relation the run touched, through the API: before and after a rebuild from the event store. */
async function readModelSnapshot(): Promise<string> {
  const parts: unknown[] = [];
  const strip = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(strip) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'at').map(([k, x]) => [k, strip(x)])) : v;
  for (const c of COUNTRIES) {
    const r = await fetch(`http://127.0.0.1:${apiPort}/countries/${c}/relations`);
    parts.push(strip(await r.json()));
  }
  for (let i = 0; i < COUNTRIES.length; i++) {
    for (let j = i + 1; j < COUNTRIES.length; j++) {
      const r = await fetch(`http://127.0.0.1:${apiPort}/relations/${COUNTRIES[i]}/${COUNTRIES[j]}`);
      parts.push(strip(await r.json()));
    }
  }
  return JSON.stringify(parts);
}

// ---------------------------------------------------------------- main
async function main(): Promise<number> {
  const started = Date.now();
  log(`${short ? 'short' : 'full'} run: ${TARGET} articles, ${ROUNDS} round(s) of 4 faults, ${WORKERS} writers`);
  pg.start();
  kafka.start();
  const admin = new Client({ connectionString: pg.url() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  apiPort = await freePort();
  await startApi();
  await startProjector();
  let client: Client | null = null;
  const db = () => client!;
  const connect = async () => {
    for (let i = 0; i < 120; i++) {
      try {
        const c = new Client({ connectionString: pg.url(dbName) });
        c.on('error', () => undefined);
        await c.connect();
        client = c;
        return;
      } catch {
        await sleep(500);
      }
    }
    throw new Error('cannot reach the chaos PostgreSQL');
  };
  await connect();
  const { FACT_TYPES: types } = await import('@dyad/domain');
  FACT_TYPES = [...(types as readonly string[])];

  let faultsDone = false;
  const loading = load(() => faultsDone && acked.size >= TARGET);
  const kinds = ['kill -9 projector', 'kill -9 api', 'restart kafka', 'restart postgres'];
  const loadStart = Date.now();
  try {
    // Spread the faults over the load: one every few seconds, after a warm-up.
    await sleep(3000);
    for (let round = 0; round < ROUNDS; round++) {
      for (const kind of kinds) {
        // Faults on a live connection: PostgreSQL's restart drops our checking client too.
        if (kind === 'restart postgres') {
          await client!.end().catch(() => undefined);
          client = null;
          const p = inject(kind, () => client ?? ({ query: () => Promise.reject(new Error('reconnecting')) } as unknown as Client));
          await sleep(500);
          await connect();
          await p;
        } else {
          await inject(kind, db);
        }
        await sleep(short ? 1000 : 2000);
      }
    }
  } finally {
    faultsDone = true;
  }
  await loading;
  const loadMs = Date.now() - loadStart;
  log(`load done: ${acked.size} acknowledged in ${(loadMs / 1000).toFixed(1)} s (${sent} requests, ${retries} retried)`);

  dlqFacts = await deadLetterCount(createKafka({ brokers: [kafka.brokers], clientId: 'chaos-dlq', logger: new JsonLogger('error') }), `${topics.facts}.dlq`).catch(() => 0);
  log(`dead letters: ${dlqFacts}`);
  const catchUpMs = await waitCaughtUp(db());
  log(`caught up ${(catchUpMs / 1000).toFixed(1)} s after the load ended`);

  // 1. Every acknowledged article is in the event store exactly once.
  const ackIds = [...acked.values()];
  const stored = (
    await db().query(
      `SELECT data->>'articleId' AS id, count(*)::int AS n FROM events WHERE type = 'ArticleIngested' GROUP BY 1`,
    )
  ).rows as { id: string; n: number }[];
  const storedCount = new Map(stored.map((r) => [r.id, r.n]));
  const lostArticles = ackIds.filter((id) => !storedCount.has(id)).length;
  const twiceArticles = stored.filter((r) => r.n > 1).length;
  const byTitle = (
    await db().query(`SELECT title, count(*)::int AS n FROM articles GROUP BY title HAVING count(*) > 1`).catch(async () => ({ rows: [] }))
  ).rows.length;
  const unacknowledgedStored = stored.length - new Set(ackIds).size;

  // 2. Every event is on Kafka, by event id.
  const storeEvents = (await db().query(`SELECT event_id::text AS id, type FROM events`)).rows as { id: string; type: string }[];
  const onKafka = await kafkaEventIds();
  const routed = storeEvents.filter((e) => e.type === 'ArticleIngested' || FACT_TYPES.includes(e.type));
  const lostOnKafka = routed.filter((e) => !onKafka.ids.has(e.id)).length;
  const redelivered = [...onKafka.ids.values()].filter((n) => n > 1).length;

  // 3. Each read model equals a recomputation from the event store.
  const factIds = new Set(storeEvents.filter((e) => FACT_TYPES.includes(e.type)).map((e) => e.id));
  const indexed = (await db().query(`SELECT event_id::text AS id FROM fact_index`)).rows as { id: string }[];
  const notProjected = [...factIds].filter((id) => !indexed.some((r) => r.id === id)).length;
  const projectedTwice = indexed.length - new Set(indexed.map((r) => r.id)).size;
  const foreign = indexed.filter((r) => !factIds.has(r.id)).length;
  const before = await readModelSnapshot();
  const rebuild = await fetch(`http://127.0.0.1:${apiPort}/admin/projections/rebuild`, { method: 'POST' });
  const rebuildOk = rebuild.status === 200;
  await rebuild.text();
  const after = await readModelSnapshot();
  const readModelsEqual = rebuildOk && before === after;

  const figures = {
    mode: short ? 'short' : 'full',
    articlesAcknowledged: acked.size,
    requestsSent: sent,
    requestsRetried: retries,
    faultsInjected: faults.length,
    faults: faults.map((f) => ({ kind: f.kind, recoveredS: Number(((f.recoveredMs ?? -1) / 1000).toFixed(1)) })),
    eventsInStore: storeEvents.length,
    eventsLost: lostArticles + lostOnKafka + Math.max(0, notProjected - onKafka.dlq),
    eventsCountedTwice: twiceArticles + byTitle + projectedTwice + foreign,
    detail: {
      acknowledgedArticlesMissingFromStore: lostArticles,
      articlesStoredTwice: twiceArticles,
      sameRequestStoredAsTwoArticles: byTitle,
      committedButNeverAcknowledged: unacknowledgedStored,
      eventsMissingOnKafka: lostOnKafka,
      kafkaRedeliveries: redelivered,
      factsNotProjected: notProjected,
      deadLetters: onKafka.dlq,
      readModelsEqualRebuild: readModelsEqual,
    },
    timeToRecoverS: {
      max: Number((Math.max(...faults.map((f) => f.recoveredMs ?? 0)) / 1000).toFixed(1)),
      mean: Number((faults.reduce((s, f) => s + (f.recoveredMs ?? 0), 0) / faults.length / 1000).toFixed(1)),
      catchUpAfterLoadS: Number((catchUpMs / 1000).toFixed(1)),
    },
    totalS: Number(((Date.now() - started) / 1000).toFixed(1)),
  };
  await client!.end().catch(() => undefined);
  writeFileSync(path.join(runDir, `figures-${figures.mode}.json`), JSON.stringify(figures, null, 2));
  process.stdout.write(`\n${JSON.stringify(figures, null, 2)}\n\n`);
  process.stdout.write(
    `articles acknowledged: ${figures.articlesAcknowledged}\nfaults injected: ${figures.faultsInjected}\nevents lost: ${figures.eventsLost}\n` +
      `events counted twice: ${figures.eventsCountedTwice}\nread models equal a rebuild: ${readModelsEqual}\n` +
      `time to recover: max ${figures.timeToRecoverS.max} s, mean ${figures.timeToRecoverS.mean} s; caught up ${figures.timeToRecoverS.catchUpAfterLoadS} s after the load\n`,
  );
  return figures.eventsLost === 0 && figures.eventsCountedTwice === 0 && readModelsEqual ? 0 : 1;
}

async function cleanup() {
  keep(api);
  keep(projector);
  await api?.stop().catch(() => undefined);
  await projector?.stop().catch(() => undefined);
  await api?.kill().catch(() => undefined);
  await projector?.kill().catch(() => undefined);
  writeFileSync(path.join(runDir, 'service.log'), outputs.join('\n'));
  kafka.stop();
  try {
    if (pg.running()) {
      const c = new Client({ connectionString: pg.url() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await c.end();
    }
  } catch {
    /* best effort */
  }
  pg.stop();
}

const hardStop = setTimeout(() => {
  log('time limit reached');
  void cleanup().finally(() => process.exit(2));
}, (short ? 240 : 900) * 1000);
hardStop.unref();

main()
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  })
  .catch(async (err) => {
    log(`failed: ${(err as Error).stack ?? String(err)}`);
    await cleanup();
    process.exit(1);
  });
