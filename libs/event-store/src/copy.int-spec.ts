import { migratedTestDatabase } from '../../../test/support/infra';
import { copyIn, copyRow, inTransaction } from './db';

describe('copyIn and copyRow (real Postgres)', () => {
  let db: Awaited<ReturnType<typeof migratedTestDatabase>>;
  beforeAll(async () => {
    db = await migratedTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  // Strings that COPY's text format or an array literal would misread unescaped.
  const ODD = ['', ' ', 'a\tb', 'line\nbreak', 'cr\rhere', 'back\\slash', '\\N', 'NULL', 'null', '"quoted"', 'a,b', '{x}', ' padded ', 'Zürich', '北京', "it's"];

  it('loads every odd string, array element, number and null exactly as given, in one transaction', async () => {
    const rows = ODD.map((s, i) => [i, s, i % 3 ? [s, 'JPN', s.toUpperCase()] : [], i % 4 ? 1 / (i + 3) : null, i % 5 ? s : null] as const);
    const got = await inTransaction(db.ds, async (tx) => {
      await tx.query(`CREATE TEMP TABLE copied (id int, s text, xs text[], f float8, maybe text) ON COMMIT DROP`);
      const n = await copyIn(tx, `COPY copied (id, s, xs, f, maybe) FROM STDIN`, rows.map((r) => copyRow(r)).join(''));
      expect(n).toBe(rows.length);
      return tx.query<{ id: number; s: string; xs: string[]; f: number | null; maybe: string | null }>(`SELECT * FROM copied ORDER BY id`);
    });
    expect(got.map((r) => [r.id, r.s, r.xs, r.f, r.maybe])).toEqual(rows.map((r) => [...r]));
  });

  it('fails the transaction on a line the table cannot take, and nothing stays', async () => {
    await inTransaction(db.ds, (tx) => tx.query(`CREATE TABLE copy_target (id int NOT NULL)`));
    await expect(
      inTransaction(db.ds, async (tx) => {
        await copyIn(tx, `COPY copy_target (id) FROM STDIN`, copyRow([1]) + copyRow(['not a number']));
      }),
    ).rejects.toThrow(/invalid input syntax/);
    const [{ n }] = await db.ds.query(`SELECT count(*)::int AS n FROM copy_target`);
    expect(n).toBe(0);
  });

  it('refuses a connection that is not a transaction of inTransaction', async () => {
    await expect(copyIn({ query: async () => [] }, `COPY copy_target (id) FROM STDIN`, copyRow([1]))).rejects.toThrow(/inTransaction/);
  });
});
