// Brings up what Dyad needs on this machine: a local Kafka when KAFKA_BROKERS is unset, and
// PostgreSQL from DATABASE_URL (default: the local server, database created when missing; a local
// cluster is started when it does not answer). Used by `npm start` and `npm test`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const log = (msg) => process.stderr.write(`[dyad] ${msg}\n`);

/** Starts the local Kafka unless KAFKA_BROKERS points elsewhere. Returns true when it started one. */
export function ensureKafka(env = process.env) {
  if (env.KAFKA_BROKERS) return false;
  const wasRunning = spawnSync('bash', [path.join(root, 'scripts/kafka/status.sh')], { stdio: 'ignore' }).status === 0;
  const r = spawnSync('bash', [path.join(root, 'scripts/kafka/start.sh')], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error('could not start the local Kafka (see the output above)');
  env.KAFKA_BROKERS = `127.0.0.1:${env.KAFKA_PORT ?? 9092}`;
  return !wasRunning;
}

export function stopKafka() {
  spawnSync('bash', [path.join(root, 'scripts/kafka/stop.sh')], { stdio: ['ignore', 'inherit', 'inherit'] });
}

async function tryConnect(url) {
  const { Client } = require('pg');
  const c = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    return c;
  } catch (err) {
    await c.end().catch(() => {});
    return err;
  }
}

function startLocalCluster() {
  if (!existsSync('/etc/postgresql')) return false;
  for (const version of readdirSync('/etc/postgresql')) {
    log(`starting the local PostgreSQL ${version} cluster`);
    const r = spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], { stdio: 'inherit' });
    if (r.status === 0) return true;
  }
  return false;
}

/**
 * Makes sure DATABASE_URL names a reachable database, creating it when missing. With no
 * DATABASE_URL, uses postgres://postgres@127.0.0.1:5432/<defaultDb>.
 */
export async function ensurePostgres(env = process.env, defaultDb = 'dyad') {
  env.DATABASE_URL ??= `postgres://postgres@127.0.0.1:5432/${defaultDb}`;
  const url = new URL(env.DATABASE_URL);
  const dbName = decodeURIComponent(url.pathname.slice(1)) || 'postgres';
  const adminUrl = new URL(env.DATABASE_URL);
  adminUrl.pathname = '/postgres';

  let admin = await tryConnect(adminUrl.toString());
  if (admin instanceof Error && ['ECONNREFUSED', 'ENOENT'].includes(admin.code) && startLocalCluster()) {
    for (let i = 0; i < 30 && admin instanceof Error; i++) {
      await new Promise((r) => setTimeout(r, 500));
      admin = await tryConnect(adminUrl.toString());
    }
  }
  if (admin instanceof Error) {
    throw new Error(
      `PostgreSQL at ${url.host} does not answer (${admin.message}). Start PostgreSQL 15+ there, ` +
        `or set DATABASE_URL=postgres://user:password@host:port/database to one that runs.`,
    );
  }
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName]);
    if (rowCount === 0) {
      log(`creating database ${dbName}`);
      await admin.query(`CREATE DATABASE "${dbName.replace(/"/g, '""')}"`);
    }
  } finally {
    await admin.end();
  }
  return env.DATABASE_URL;
}

/** Compiles apps and libs to dist/ with swc (about a second). */
export function build() {
  execFileSync(process.execPath, [require.resolve('@swc/cli/bin/swc.js'), 'apps', 'libs', '-d', 'dist', '--config-file', 'scripts/swc.json', '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  });
}
