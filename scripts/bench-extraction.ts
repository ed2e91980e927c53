/**
 * Extraction throughput on article-sized texts, with a baseline measured in the same run.
 * Usage: npm run bench:extraction [-- <corpus dir>]
 *
 * Inputs: the dev bodies, each cut or repeated to 2, 3 and 4 KB at a sentence boundary, so sizes
 * match the target (≥ 500 articles of 2–4 KB per second on one core). Baseline: a plain regex
 * sentence split plus a word count over the same texts — the floor any reader of the text pays.
 *
 * Two figures for the extractor: cold (the first 3 s of a fresh process, while V8 compiles it) and
 * warm (5 s once compilation has settled, which is what a running service gets). Until 2026-11-28
 * the bench warmed up for three passes only (~0.2 s), so its figure was mostly the cold one.
 */
import * as path from 'path';
import { extractFacts } from '@dyad/extraction';
import { benchInputs, untilCompiled } from './extraction-inputs';

const dir = path.resolve(process.argv[2] ?? path.join(__dirname, '../../shared/corpus/dev'));
const { inputs, articles } = benchInputs(dir);
const totalBytes = inputs.reduce((n, a) => n + Buffer.byteLength(a.body), 0);

interface Result {
  label: string;
  perSec: number;
  mbPerSec: number;
  /** Articles per second of CPU time used by this process: the one-core figure, robust to a busy machine. */
  perCpuSec: number;
  sink: number;
}

/** Runs passes over the inputs for at least `minMs` and reports the rate (wall and CPU, all threads of the process). */
function timed(label: string, fn: (a: (typeof inputs)[number]) => number, minMs: number): Result {
  let runs = 0;
  let sink = 0;
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (const a of inputs) sink += fn(a);
    runs++;
    elapsed = Number(process.hrtime.bigint() - t0) / 1e6;
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const articles = runs * inputs.length;
  return { label, perSec: (articles / elapsed) * 1000, mbPerSec: ((runs * totalBytes) / 1e6 / elapsed) * 1000, perCpuSec: (articles / cpuMs) * 1000, sink };
}

const extract = (a: (typeof inputs)[number]) => extractFacts(a).length;
// A freshly started process: the extractor's first three seconds, compilation included (what a
// cold worker thread or a one-off script such as the re-extraction gets).
const cold = timed('extractFacts, cold: its first 3 s, compilation included', extract, 3000);
const warmMs = untilCompiled(() => inputs.forEach(extract), 3000, 30_000);
const extraction = timed('extractFacts, warm (dyad-rules)', extract, 5000);
const baselineFn = (a: (typeof inputs)[number]) => {
  const sentences = a.body.split(/(?<=[.!?])\s+|\n+/);
  let words = 0;
  for (const s of sentences) words += s.split(/\s+/).length;
  return words;
};
untilCompiled(() => inputs.forEach(baselineFn), 1000, 10_000);
const baseline = timed('baseline: regex sentence split + word count', baselineFn, 3000);

const rows = [baseline, cold, extraction];
process.stdout.write(`${inputs.length} inputs of 2–4 KB (${(totalBytes / inputs.length / 1024).toFixed(1)} KB mean) from ${articles} dev articles, node ${process.version}\n\n`);
process.stdout.write(`| measure | articles/s (wall) | MB/s (wall) | articles per CPU-second |\n|---|---:|---:|---:|\n`);
for (const r of rows) {
  process.stdout.write(`| ${r.label} | ${Math.round(r.perSec).toLocaleString('en')} | ${r.mbPerSec.toFixed(2)} | ${Math.round(r.perCpuSec).toLocaleString('en')} |\n`);
}
process.stdout.write(`\nwarm-up until the compiler settled: ${(warmMs / 1000).toFixed(0)} s after the cold 3 s\n`);
process.stdout.write(`warm extraction runs at ${((extraction.perSec / baseline.perSec) * 100).toFixed(1)}% of the baseline's speed\n`);
