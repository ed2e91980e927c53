// `npm start`: Kafka (local unless KAFKA_BROKERS), Postgres (DATABASE_URL or local), then the
// service: API and projector in one process on PORT (default 3000). `npm start -- projector`
// runs the projector alone.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { build, ensureKafka, ensurePostgres, root } from './infra.mjs';
import { serviceNodeArgs } from './node-args.mjs';

const which = process.argv[2] === 'projector' ? 'projector' : 'api';
const t0 = Date.now();
let nodeArgs;
try {
  nodeArgs = serviceNodeArgs();
  ensureKafka();
  await ensurePostgres();
  build();
} catch (err) {
  process.stderr.write(`[dyad] ${err.message}\n`);
  process.exit(1);
}
process.stderr.write(`[dyad] infrastructure ready in ${((Date.now() - t0) / 1000).toFixed(1)} s; starting the ${which}\n`);
const child = spawn(process.execPath, [...nodeArgs, path.join(root, `dist/apps/${which}/src/main.js`)], {
  stdio: 'inherit',
  env: process.env,
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
