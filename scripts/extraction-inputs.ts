/**
 * The inputs of the extraction benchmarks (bench-extraction.ts, bench-extraction-ab.ts): every body
 * of a gold corpus cut or repeated to 2, 3 and 4 KB at a sentence end, so sizes match the target
 * (≥ 500 articles of 2–4 KB per second on one core); and the warm-up both benchmarks run.
 */
import type { ArticleInput } from '@dyad/extraction';
import { loadCorpus } from '@dyad/extraction/eval/corpus';

/** An article as the extractor takes it. */
export type BenchInput = ArticleInput;

function sized(body: string, bytes: number): string {
  let out = body;
  while (Buffer.byteLength(out) < bytes) out += `\n\n${body}`;
  const cut = out.lastIndexOf('. ', bytes);
  return cut > bytes / 2 ? out.slice(0, cut + 1) : out.slice(0, bytes);
}

/** The sized inputs and the number of corpus articles they come from. */
export function benchInputs(dir: string): { inputs: BenchInput[]; articles: number } {
  const corpus = loadCorpus(dir);
  const inputs = corpus.flatMap((a) => [2048, 3072, 4096].map((n) => ({ title: a.title, body: sized(a.body, n), publishedAt: a.publishedAt, source: a.source, url: a.url })));
  return { inputs, articles: corpus.length };
}

/**
 * Runs `pass` until V8's optimising compiler has settled, and returns how long that took (ms). The
 * compiler works on a background thread, so while it works the process uses more CPU than wall
 * time: passes are timed in windows of a second until two windows in a row use at most 10% more CPU
 * than wall time (after at least `minMs`, at most `maxMs`). The extractor is a large body of code:
 * on this 2-core machine compiling it costs ~5 s of CPU spread over its first 4–6 s of work, during
 * which it runs at a third to a half of its settled rate.
 */
export function untilCompiled(pass: () => void, minMs: number, maxMs: number): number {
  const t0 = Date.now();
  let settled = 0;
  while (Date.now() - t0 < maxMs) {
    const cpu0 = process.cpuUsage();
    const w0 = Date.now();
    while (Date.now() - w0 < 1000) pass();
    const cpu = process.cpuUsage(cpu0);
    settled = (cpu.user + cpu.system) / 1000 <= 1.1 * (Date.now() - w0) ? settled + 1 : 0;
    if (settled >= 2 && Date.now() - t0 >= minMs) break;
  }
  return Date.now() - t0;
}
