import { Client } from 'pg';
import { PROJECTED_TYPES } from '@dyad/projections';
import { createTestDatabase, eventually } from './support/infra';
import { isolatedEnv, startService } from './support/service';
import { openSse } from './support/sse';

jest.setTimeout(180_000);

/**
 * SSE subscribers that join at any moment while articles are being ingested (the feed has no
 * listener, or some) each receive every fact event after their start exactly once, in order: the
 * history they catch up on and the live feed meet with no gap and no duplicate.
 */
describe('SSE subscribers joining during ingest', () => {
  let db: { url: string; drop: () => Promise<void> };
  let svc: Awaited<ReturnType<typeof startService>>;

  beforeAll(async () => {
    db = await createTestDatabase('dyad_ssejoin');
    // A fast feed poll makes the join race (subscriber caught up vs poller moving) frequent.
    svc = await startService({ ...isolatedEnv('ssejoin', db.url), SSE_POLL_MS: '5' });
  });
  afterAll(async () => {
    if (svc) expect(await svc.stop()).toBe(0);
    await db?.drop();
  });

  it('gives each subscriber every fact after its start once, in order', async () => {
    const pairs = [['France', 'Germany'], ['Japan', 'Mongolia'], ['Kenya', 'Tanzania'], ['Brazil', 'Argentina'], ['India', 'Nepal']];
    let writing = true;
    let n = 0;
    const writer = (async () => {
      while (writing) {
        const [a, b] = pairs[n % pairs.length];
        const r = await fetch(`${svc.base}/articles`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ title: `Talks ${n}`, body: `${a} and ${b} signed an agreement on trade in Paris on Monday. Report ${n}.`, publishedAt: '2024-03-06' }),
        });
        if (r.status !== 201) throw new Error(`POST ${r.status}`);
        n++;
      }
    })();
    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    try {
      // Subscribers join one by one with pauses in between, so that some join an idle feed (no
      // listener) and some join while others listen; each starts after the head at its start.
      const subs: { after: number; sse: ReturnType<typeof openSse> }[] = [];
      for (let i = 0; i < 8; i++) {
        await new Promise((r) => setTimeout(r, 150 + (i % 3) * 120));
        const { rows } = await pg.query(`SELECT coalesce(max(global_position), 0)::int AS p FROM events`);
        const after = Math.max(0, rows[0].p - (i % 2) * 3); // half of them start a little in the past
        const sse = openSse(`${svc.base}/streams/events?after=${after}`);
        subs.push({ after, sse });
        if (i % 3 === 2) {
          // Close an early one: the feed goes back to fewer (or no) listeners while ingest goes on.
          subs[i - 2].sse.close();
        }
      }
      await new Promise((r) => setTimeout(r, 500));
      writing = false;
      await writer;
      const { rows: facts } = await pg.query(
        `SELECT global_position::int AS p FROM events WHERE type = ANY($1) ORDER BY global_position`,
        [[...PROJECTED_TYPES]],
      );
      const last = facts[facts.length - 1].p;
      expect(n).toBeGreaterThan(20);
      for (const [i, s] of subs.entries()) {
        if (i % 3 === 0 && i + 2 < subs.length) continue; // closed early: checked for order only below
        const want = facts.filter((f) => f.p > s.after).map((f) => String(f.p));
        await eventually(async () => (s.sse.messages.filter((m) => m.id).at(-1)?.id === String(last) ? true : undefined), 30_000, `subscriber ${i} to reach the end`);
        expect(s.sse.messages.filter((m) => m.id).map((m) => m.id)).toEqual(want);
      }
      for (const s of subs) {
        const ids = s.sse.messages.filter((m) => m.id).map((m) => Number(m.id));
        expect(ids).toEqual([...new Set(ids)].sort((x, y) => x - y));
        s.sse.close();
      }
    } finally {
      writing = false;
      await writer.catch(() => undefined);
      await pg.end();
    }
  });
});
