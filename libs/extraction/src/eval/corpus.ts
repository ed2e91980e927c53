/** Reads a directory of gold articles and scores an extractor on it (the only I/O of the evaluator). */
import * as fs from 'fs';
import * as path from 'path';
import type { FactDraft } from '../../../domain/src/facts/fact.types';
import type { ArticleResult, ScoredFact, Score } from './score';
import { formatReport, score } from './score';

export interface GoldArticle {
  id: string;
  title?: string;
  publishedAt: string;
  body: string;
  source?: string | null;
  url?: string | null;
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
  extract: (a: { title?: string; body: string; publishedAt: string; source?: string | null; url?: string | null }) => FactDraft[],
): { score: Score; report: string; results: ArticleResult[] } {
  const results: ArticleResult[] = loadCorpus(dir).map((a) => ({
    id: a.id,
    gold: a.gold,
    predicted: extract({ title: a.title, body: a.body, publishedAt: a.publishedAt, source: a.source, url: a.url }),
  }));
  const s = score(results);
  return { score: s, report: formatReport(s, results), results };
}
