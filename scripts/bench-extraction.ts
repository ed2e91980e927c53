/**
 * Extraction throughput on article-sized texts, with a baseline measured in the same run.
 * Usage: npm run bench:extraction [-- <corpus dir>]
 *
 * Inputs: the dev bodies, each cut or repeated to 2, 3 and 4 KB at a sentence boundary, so sizes
 * match the target (≥ 500 articles of 2–4 KB per second on one core). Baseline: a plain regex
 * sentence split plus a word count over the same texts — the floor any reader of the text pays.
 */
import * as path from 'path';
import { extractFacts } from '@dyad/extraction';
import { benchInputs } from './extraction-inputs';

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

function measure(label: string, fn: (a: (typeof inputs)[number]) => number, minMs = 3000): Result {
  for (let i = 0; i < 3; i++) for (const a of inputs) fn(a); // warm-up
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

const baseline = measure('baseline: regex sentence split + word count', (a) => {
  const sentences = a.body.split(/(?<=[.!?])\s+|\n+/);
  let words = 0;
  for (const s of sentences) words += s.split(/\s+/).length;
  return words;
});
const extraction = measure('extractFacts (dyad-rules)', (a) => extractFacts(a).length);

const rows = [baseline, extraction];
process.stdout.write(`${inputs.length} inputs of 2–4 KB (${(totalBytes / inputs.length / 1024).toFixed(1)} KB mean) from ${articles} dev articles, node ${process.version}\n\n`);
process.stdout.write(`| measure | articles/s (wall) | MB/s (wall) | articles per CPU-second |\n|---|---:|---:|---:|\n`);
for (const r of rows) {
  process.stdout.write(`| ${r.label} | ${Math.round(r.perSec).toLocaleString('en')} | ${r.mbPerSec.toFixed(2)} | ${Math.round(r.perCpuSec).toLocaleString('en')} |\n`);
}
process.stdout.write(`\nextraction runs at ${((extraction.perSec / baseline.perSec) * 100).toFixed(1)}% of the baseline's speed\n`);
