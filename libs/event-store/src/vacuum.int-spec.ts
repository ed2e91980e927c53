import { migratedTestDatabase } from '../../../test/support/infra';
import { sqlOf } from './db';
import { GrowthAnalyzer, Vacuumer, withSessionLock } from './vacuum';

describe('Vacuumer (real Postgres)', () => {
  let db: Awaited<ReturnType<typeof migratedTestDatabase>>;
  beforeAll(async () => {
    db = await migratedTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('vacuums the tables where autovacuum is off (and leaves them to it where it is on), one process at a time', async () => {
    const sql = sqlOf(db.ds);
    await sql.query(`CREATE TABLE churn (id int PRIMARY KEY, v text)`);
    await sql.query(`INSERT INTO churn SELECT g, repeat('x', 100) FROM generate_series(1, 5000) g`);
    await sql.query(`DELETE FROM churn WHERE id % 2 = 0`);
    const [{ autovacuum }] = await sql.query<{ autovacuum: string }>(`SELECT current_setting('autovacuum') AS autovacuum`);
    const errors: Error[] = [];
    const a = new Vacuumer(db.ds, ['churn'], 'test.vacuum.churn', (e) => errors.push(e));
    const b = new Vacuumer(db.ds, ['churn'], 'test.vacuum.churn', (e) => errors.push(e));
    // Two at once: at most one vacuums (the other finds the lock taken, or autovacuum on).
    const done = await Promise.all([a.round(), b.round()]);
    expect(errors).toEqual([]);
    if (autovacuum === 'on') {
      expect(done).toEqual([false, false]);
      return;
    }
    expect(done.filter(Boolean).length).toBeGreaterThanOrEqual(1);
    const [stat] = await sql.query<{ vacuumed: boolean; analysed: boolean }>(
      `SELECT last_vacuum IS NOT NULL AS vacuumed, last_analyze IS NOT NULL AS analysed FROM pg_stat_user_tables WHERE relname = 'churn'`,
    );
    expect(stat).toEqual({ vacuumed: true, analysed: true });
    // The lock is held only for the round: a later round runs again.
    expect(await a.round()).toBe(true);
  });

  it('runs work under a session lock that one holder has at a time, and frees it after', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const first = withSessionLock(db.ds, 'test.lock', async () => {
      await held;
      return 'first';
    });
    await new Promise((r) => setTimeout(r, 100));
    let ran = false;
    expect(await withSessionLock(db.ds, 'test.lock', async () => (ran = true))).toBeNull();
    expect(ran).toBe(false);
    release();
    expect(await first).toBe('first');
    expect(await withSessionLock(db.ds, 'test.lock', async () => 'again')).toBe('again');
    // A failing work still frees the lock.
    await expect(withSessionLock(db.ds, 'test.lock', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await withSessionLock(db.ds, 'test.lock', async () => 'after')).toBe('after');
  });

  it('analyses a table as it grows: past minRows at first, then past a fraction of its size at the last analyze', async () => {
    const sql = sqlOf(db.ds);
    await sql.query(`CREATE TABLE growing (id int PRIMARY KEY)`);
    await sql.query(`ANALYZE growing`);
    const estimate = async () => (await sql.query<{ n: number }>(`SELECT reltuples::float8 AS n FROM pg_class WHERE relname = 'growing'`))[0].n;
    const errors: Error[] = [];
    const analyzer = new GrowthAnalyzer(db.ds, ['growing'], 'growing', (e) => errors.push(e), 1000, 0.5);
    const grow = async (from: number, to: number) => {
      await sql.query(`INSERT INTO growing SELECT g FROM generate_series($1::int, $2::int) g`, [from, to]);
      analyzer.noteWrites(to - from + 1);
      await analyzer.idle();
    };
    await grow(1, 999);
    expect(analyzer.rounds).toBe(0); // below minRows: the planner still thinks the table empty
    expect(await estimate()).toBe(0);
    await grow(1000, 4000);
    expect(analyzer.rounds).toBe(1);
    expect(await estimate()).toBe(4000);
    // Now the threshold is 1000 + 0.5 × 4000 = 3000 rows.
    await grow(4001, 6000);
    expect(analyzer.rounds).toBe(1);
    await grow(6001, 7000);
    expect(analyzer.rounds).toBe(2);
    expect(await estimate()).toBe(7000);
    expect(errors).toEqual([]);
  });
});
