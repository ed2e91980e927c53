import { Client } from 'pg';
import { createTestDatabase, eventually } from '../support/infra';
import { isolatedEnv, startService } from '../support/service';

jest.setTimeout(180_000);

/**
 * Overload: with one ingest worked on at a time and one waiting (INGEST_MAX_ARTICLES=50, one batch,
 * INGEST_QUEUE=1), a burst of batches gets 503 + Retry-After with a message for what does not fit,
 * everything accepted is stored once, a client that retries the refused ones gets them all in, and
 * reads are served meanwhile.
 */
describe('ingest under overload', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let svc: Awaited<ReturnType<typeof startService>>;

  beforeAll(async () => {
    db = await createTestDatabase('dyad_overload');
    svc = await startService({ ...isolatedEnv('overload', db.url), INGEST_MAX_ARTICLES: '50', INGEST_QUEUE: '1', RUN_PROJECTOR: 'false' });
  });
  afterAll(async () => {
    await svc?.stop();
    await db?.drop();
  });

  const batch = (b: number) => ({
    articles: Array.from({ length: 50 }, (_, i) => ({
      title: `Overload ${b}.${i}`,
      body: `Japanese Foreign Minister Yoko Kamikawa met her Indian counterpart in Tokyo on Monday (batch ${b}, item ${i}). Japan and India signed an agreement on shipping.`,
      publishedAt: '2024-02-12T08:00:00Z',
    })),
  });
  const post = (b: number) =>
    fetch(`${svc.base}/articles/batch`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(batch(b)) });

  it('refuses what does not fit with 503 and Retry-After, loses and doubles nothing, and takes the retries', async () => {
    const burst = Array.from({ length: 8 }, (_, b) => b);
    const first = await Promise.all(burst.map(async (b) => ({ b, r: await post(b) })));
    const refused = first.filter((x) => x.r.status === 503);
    const accepted = first.filter((x) => x.r.status === 200);
    expect(accepted.length + refused.length).toBe(burst.length);
    expect(accepted.length).toBeGreaterThanOrEqual(2);
    expect(refused.length).toBeGreaterThan(0);
    for (const { r } of refused) {
      expect(r.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(((await r.json()) as { message: string }).message).toMatch(/ingest is at capacity/);
    }
    for (const { r } of accepted) expect(((await r.json()) as { created: number }).created).toBe(50);

    // A polite client retries the refused batches one at a time: all get in.
    for (const { b } of refused) {
      const r = await eventually(async () => {
        const x = await post(b);
        return x.status === 503 ? undefined : x;
      }, 60_000, `batch ${b} accepted`);
      expect(r.status).toBe(200);
      expect(((await r.json()) as { created: number }).created).toBe(50);
    }
    const ready = await fetch(`${svc.base}/health/ready`);
    expect(ready.status).toBe(200);

    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    try {
      const { rows } = await pg.query(`SELECT count(*)::int AS n, count(DISTINCT title)::int AS titles FROM articles`);
      expect(rows[0]).toEqual({ n: 8 * 50, titles: 8 * 50 });
    } finally {
      await pg.end();
    }
  });
});
