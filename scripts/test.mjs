// `npm test`: starts what the suite needs (local Kafka unless KAFKA_BROKERS; Postgres as for
// `npm start`), runs every Jest project, and ends with the line `N passed, N failed`.
// Extra arguments go to Jest (`npm test -- --selectProjects unit`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { build, ensureKafka, ensurePostgres, root, stopKafka } from './infra.mjs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const unitOnly = args.includes('unit');
let startedKafka = false;
try {
  if (!unitOnly) {
    startedKafka = ensureKafka();
    // Suites create and drop their own databases; this one is only the admin connection's default.
    process.env.TEST_DATABASE_URL ??= await ensurePostgres({ DATABASE_URL: process.env.DATABASE_URL }, 'postgres');
    build(); // the e2e test runs the built service as a child process, as `npm start` does
  }
} catch (err) {
  process.stderr.write(`[dyad] ${err.message}\n`);
  process.exit(1);
}

const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'dyad-jest-')), 'results.json');
const jestArgs = unitOnly ? ['--selectProjects', 'unit'] : args;
const r = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), '--maxWorkers=2', '--json', `--outputFile=${out}`, ...jestArgs], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, FORCE_COLOR: '0' },
});
if (startedKafka && process.env.DYAD_KEEP_KAFKA !== '1') stopKafka();

let passed = 0;
let failed = 0;
try {
  const results = JSON.parse(readFileSync(out, 'utf8'));
  passed = results.numPassedTests;
  failed = results.numFailedTests + (results.numRuntimeErrorTestSuites ?? 0);
} catch {
  failed = Math.max(1, failed);
}
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(r.status === 0 && failed === 0 ? 0 : 1);
