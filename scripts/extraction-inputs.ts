/**
 * The inputs of the extraction benchmarks (bench-extraction.ts, bench-extraction-ab.ts): every body
 * of a gold corpus cut or repeated to 2, 3 and 4 KB at a sentence end, so sizes match the target
 * (≥ 500 articles of 2–4 KB per second on one core).
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
