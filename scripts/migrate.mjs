// `npm run migration:run`: applies pending migrations to DATABASE_URL (the service also does this at start).
import { createRequire } from 'node:module';
import path from 'node:path';
import { build, ensurePostgres, root } from './infra.mjs';

const require = createRequire(import.meta.url);
await ensurePostgres();
build();
const { createDataSource, migrate } = require(path.join(root, 'dist/libs/event-store/src'));
const { PROJECTION_MIGRATIONS } = require(path.join(root, 'dist/libs/projections/src'));
const ds = createDataSource({ url: process.env.DATABASE_URL, extraMigrations: PROJECTION_MIGRATIONS });
await ds.initialize();
const ran = await migrate(ds);
await ds.destroy();
process.stdout.write(ran.length ? `applied: ${ran.join(', ')}\n` : 'nothing to apply\n');
