// The Node flags the services run with (npm start, the bench; test/support/service.ts and the
// Docker image say the same). A bounded V8 heap makes the collector work before a process grows
// past its memory budget: under batch ingest the API peaked at 440 MB with Node's default heap and
// at 293 MB with 160 MB, at the same throughput (docs/benchmarks.md). NODE_HEAP_MB changes it.
export function serviceNodeArgs(env = process.env) {
  const mb = Number(env.NODE_HEAP_MB ?? 160);
  if (!Number.isInteger(mb) || mb < 64) throw new Error(`NODE_HEAP_MB must be an integer of at least 64 (MB), not ${env.NODE_HEAP_MB}`);
  return ['--enable-source-maps', `--max-old-space-size=${mb}`];
}
