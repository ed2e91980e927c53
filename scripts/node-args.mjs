// The Node flags the services run with (npm start, the bench; test/support/service.ts and the
// Docker image say the same). A bounded V8 heap makes the collector work before a process grows
// past its memory budget: under batch ingest the API peaked at 440 MB with Node's default heap and
// at 293 MB with 160 MB, at the same throughput (docs/benchmarks.md). NODE_HEAP_MB changes it.
// V8 sizes the young generation from the old one, so a 160 MB heap alone gets semi-spaces of about
// 1 MB and scavenges very often; NODE_SEMI_SPACE_MB (0 = V8's choice) sets them explicitly.
export function serviceNodeArgs(env = process.env) {
  const mb = Number(env.NODE_HEAP_MB ?? 160);
  if (!Number.isInteger(mb) || mb < 64) throw new Error(`NODE_HEAP_MB must be an integer of at least 64 (MB), not ${env.NODE_HEAP_MB}`);
  const semi = Number(env.NODE_SEMI_SPACE_MB ?? 0);
  if (!Number.isInteger(semi) || semi < 0 || semi > 64) throw new Error(`NODE_SEMI_SPACE_MB must be an integer from 0 to 64 (MB), not ${env.NODE_SEMI_SPACE_MB}`);
  return ['--enable-source-maps', `--max-old-space-size=${mb}`, ...(semi ? [`--max-semi-space-size=${semi}`] : [])];
}
