// The rebuild alone, with its step trace, on a store of its own (docs/benchmarks.md):
//   node scripts/bench/rebuild-probe.mjs fill [facts=1000000] [db=rbprobe]   fills the store once (~2 min per 1M)
//   node scripts/bench/rebuild-probe.mjs rebuild [pageSize=10000] [db=rbprobe] rebuilds it; prints JSON
//   node scripts/bench/rebuild-probe.mjs drop [db=rbprobe]
// Needs `npm run build` (it loads dist/) and PostgreSQL (BENCH_PG_ADMIN_URL, as the bench).
import path from 'node:path';
import { createDb, dbUrl, dropDb, pgClient, require, root } from './lib.mjs';
import { dyadSet, factPool, fillStore, loadCountries } from './fill.mjs';

const { createDataSource, migrate } = require(path.join(root, 'dist/libs/event-store/src'));
const { PROJECTION_MIGRATIONS, rebuildRelations } = require(path.join(root, 'dist/libs/projections/src'));

const [mode = 'rebuild', arg, dbArg] = process.argv.slice(2);
const db = (mode === 'drop' ? arg : dbArg) ?? 'rbprobe';
const url = dbUrl(db);
if (mode === 'fill') {
  await createDb(db);
  const ds = createDataSource({ url, extraMigrations: PROJECTION_MIGRATIONS });
  await ds.initialize();
  await migrate(ds);
  await ds.destroy();
  const client = await pgClient(url);
  const countries = loadCountries();
  const t = Date.now();
  const n = await fillStore(client, { targetFacts: Number(arg ?? 1_000_000), pool: factPool(countries), dyads: dyadSet(countries, 15_000) });
  await client.query('VACUUM ANALYZE');
  await client.end();
  console.log(JSON.stringify({ facts: n, fillSeconds: (Date.now() - t) / 1000 }));
} else if (mode === 'rebuild') {
  const ds = createDataSource({ url, extraMigrations: PROJECTION_MIGRATIONS, poolSize: 4 });
  await ds.initialize();
  const steps = [];
  const r = await rebuildRelations(ds, Number(arg ?? 10_000), (step, ms) => steps.push([step, ms]));
  await ds.destroy();
  console.log(JSON.stringify({ events: r.events, seconds: r.ms / 1000, perSec: Math.round(r.events / (r.ms / 1000)), steps }));
} else if (mode === 'drop') {
  await dropDb(db);
} else {
  console.error('usage: node scripts/bench/rebuild-probe.mjs fill|rebuild|drop [arg] [db]');
  process.exitCode = 2;
}
