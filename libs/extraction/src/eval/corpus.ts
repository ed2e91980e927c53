/** Reads a directory of gold articles and scores an extractor on it (the only I/O of the evaluator). */
import * as fs from 'fs';
import * as path from 'path';
import type { FactDraft } from '../../../domain/src/facts/fact.types';
import type { ArticleInput } from '../extract';
import type { ArticleResult, ScoredFact, Score } from './score';
import { formatReport, score } from './score';

/** A gold file: the article as the extractor takes it, its id and its gold facts. */
export interface GoldArticle extends ArticleInput {
  id: string;
  gold: ScoredFact[];
}

export function loadCorpus(dir: string): GoldArticle[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as GoldArticle);
}

export function evaluateCorpus(
  dir: string,
  extract: (a: ArticleInput) => FactDraft[],
): { score: Score; report: string; results: ArticleResult[] } {
  const results: ArticleResult[] = loadCorpus(dir).map((a) => ({
    id: a.id,
    gold: a.gold,
    predicted: extract({ title: a.title, body: a.body, publishedAt: a.publishedAt, source: a.source, url: a.url }),
  }));
  const s = score(results);
  return { score: s, report: formatReport(s, results), results };
}
