/**
 * Scoring by the matching rule of shared/corpus/ANNOTATION.md: a prediction matches a gold fact when
 * the type is equal and the set of countries is equal (VoteCast: and the position); each gold fact
 * is matched once. Precision and recall are micro (over all facts) and macro (mean over types).
 * Dates, amounts and currencies are scored on matched pairs only.
 */
import { FACT_TYPES } from '../../../domain/src/facts/fact.types';
import type { FactFields, FactType } from '../../../domain/src/facts/fact.types';
import { countriesOf } from '../assemble';

export type ScoredFact = FactFields & { date?: string | null };

export interface ArticleResult {
  id: string;
  gold: ScoredFact[];
  predicted: ScoredFact[];
}

export interface ArticleMatch {
  id: string;
  pairs: [number, number][];
  missed: number[];
  extra: number[];
}

function signature(f: ScoredFact): string {
  const cs = [...new Set(countriesOf(f))].sort().join(',');
  return `${f.type}|${cs}|${f.type === 'VoteCast' ? f.position : ''}`;
}

/**
 * Pairs predictions with gold facts by the matching rule (type and countries). Which of several equal
 * candidates a gold fact takes changes no count, only the field scores: pairs with the same date are
 * made first, across the whole article, then the rest in order. (Before, a gold fact earlier in the
 * list could take the prediction whose date was a later gold fact's, and both dates counted wrong.)
 */
export function matchArticle(r: ArticleResult): ArticleMatch {
  const used = new Set<number>();
  const taken = new Map<number, number>();
  const sigs = r.predicted.map(signature);
  const candidates = (gi: number) => r.predicted.map((_, pi) => pi).filter((pi) => !used.has(pi) && sigs[pi] === signature(r.gold[gi]));
  for (const sameDate of [true, false]) {
    r.gold.forEach((g, gi) => {
      if (taken.has(gi)) return;
      const pi = candidates(gi).find((i) => !sameDate || (r.predicted[i].date ?? null) === (g.date ?? null));
      if (pi === undefined) return;
      used.add(pi);
      taken.set(gi, pi);
    });
  }
  const pairs: [number, number][] = [...taken.entries()].sort((a, b) => a[0] - b[0]).map(([gi, pi]) => [pi, gi]);
  const missed = r.gold.map((_, gi) => gi).filter((gi) => !taken.has(gi));
  const extra = r.predicted.map((_, i) => i).filter((i) => !used.has(i));
  return { id: r.id, pairs, missed, extra };
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface FieldAccuracy {
  correct: number;
  total: number;
}

export interface Score {
  perType: Record<FactType, Prf>;
  micro: Prf;
  macro: { precision: number; recall: number; f1: number };
  fields: { date: FieldAccuracy; amount: FieldAccuracy; currency: FieldAccuracy };
  articles: ArticleMatch[];
}

function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function valueOf(f: ScoredFact): { amount: number; currency: string | null } | null {
  return f.type === 'AgreementSigned' || f.type === 'AidPledged' ? f.value ?? null : null;
}

export function score(results: ArticleResult[]): Score {
  const counts = Object.fromEntries(FACT_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<FactType, { tp: number; fp: number; fn: number }>;
  const fields = { date: { correct: 0, total: 0 }, amount: { correct: 0, total: 0 }, currency: { correct: 0, total: 0 } };
  const articles = results.map((r) => {
    const m = matchArticle(r);
    for (const [pi, gi] of m.pairs) {
      counts[r.gold[gi].type].tp++;
      const g = r.gold[gi];
      const p = r.predicted[pi];
      if (g.date) {
        fields.date.total++;
        if (p.date === g.date) fields.date.correct++;
      }
      const gv = valueOf(g);
      if (gv) {
        const pv = valueOf(p);
        fields.amount.total++;
        if (pv?.amount === gv.amount) fields.amount.correct++;
        fields.currency.total++;
        if ((pv?.currency ?? null) === gv.currency) fields.currency.correct++;
      }
    }
    for (const gi of m.missed) counts[r.gold[gi].type].fn++;
    for (const pi of m.extra) counts[r.predicted[pi].type].fp++;
    return m;
  });
  const perType = Object.fromEntries(FACT_TYPES.map((t) => [t, prf(counts[t].tp, counts[t].fp, counts[t].fn)])) as Record<FactType, Prf>;
  const all = FACT_TYPES.reduce((a, t) => ({ tp: a.tp + counts[t].tp, fp: a.fp + counts[t].fp, fn: a.fn + counts[t].fn }), { tp: 0, fp: 0, fn: 0 });
  // Macro over the types that occur (in gold or in predictions): an unseen type says nothing.
  const seen = FACT_TYPES.filter((t) => counts[t].tp + counts[t].fp + counts[t].fn > 0);
  const mean = (k: 'precision' | 'recall' | 'f1') => (seen.length ? seen.reduce((s, t) => s + perType[t][k], 0) / seen.length : 1);
  return { perType, micro: prf(all.tp, all.fp, all.fn), macro: { precision: mean('precision'), recall: mean('recall'), f1: mean('f1') }, fields, articles };
}

const pct = (x: number) => x.toFixed(3);

function describe(f: ScoredFact): string {
  const cs = countriesOf(f).join(f.type === 'AidPledged' || f.type === 'AppealMade' || f.type === 'VisitMade' ? '→' : '-');
  return `${f.type}${f.type === 'VoteCast' ? `(${f.position})` : ''} ${cs}${f.date ? ` @${f.date}` : ''}`;
}

/** A plain-text report: per-type table, micro/macro, field accuracy, misses and extras per article. */
export function formatReport(s: Score, results: ArticleResult[]): string {
  const lines: string[] = [];
  lines.push('type               tp   fp   fn  precision  recall     f1');
  for (const t of FACT_TYPES) {
    const p = s.perType[t];
    lines.push(`${t.padEnd(17)} ${String(p.tp).padStart(4)} ${String(p.fp).padStart(4)} ${String(p.fn).padStart(4)}  ${pct(p.precision).padStart(9)}  ${pct(p.recall).padStart(6)}  ${pct(p.f1).padStart(5)}`);
  }
  const m = s.micro;
  lines.push(`${'micro'.padEnd(17)} ${String(m.tp).padStart(4)} ${String(m.fp).padStart(4)} ${String(m.fn).padStart(4)}  ${pct(m.precision).padStart(9)}  ${pct(m.recall).padStart(6)}  ${pct(m.f1).padStart(5)}`);
  lines.push(`${'macro'.padEnd(17)} ${''.padStart(14)}  ${pct(s.macro.precision).padStart(9)}  ${pct(s.macro.recall).padStart(6)}  ${pct(s.macro.f1).padStart(5)}`);
  const fa = (f: FieldAccuracy) => `${f.correct}/${f.total}${f.total ? ` (${pct(f.correct / f.total)})` : ''}`;
  lines.push('', `field accuracy on matched pairs: date ${fa(s.fields.date)}, amount ${fa(s.fields.amount)}, currency ${fa(s.fields.currency)}`);
  lines.push('', 'misses and extras:');
  s.articles.forEach((a, i) => {
    const r = results[i];
    if (a.missed.length === 0 && a.extra.length === 0) return;
    lines.push('', `${a.id}:`);
    for (const gi of a.missed) lines.push(`  MISS  ${describe(r.gold[gi])}`);
    for (const pi of a.extra) lines.push(`  EXTRA ${describe(r.predicted[pi])}`);
  });
  s.articles.forEach((a, i) => {
    const r = results[i];
    for (const [pi, gi] of a.pairs) {
      const g = r.gold[gi];
      const p = r.predicted[pi];
      const gv = valueOf(g);
      const pv = valueOf(p);
      const bad: string[] = [];
      if (g.date && p.date !== g.date) bad.push(`date ${p.date ?? '-'} (gold ${g.date})`);
      if (gv && (pv?.amount !== gv.amount || (pv?.currency ?? null) !== gv.currency)) bad.push(`value ${pv?.amount ?? '-'} ${pv?.currency ?? '-'} (gold ${gv.amount} ${gv.currency})`);
      if (bad.length) lines.push(`${a.id}: FIELD ${describe(g)}: ${bad.join(', ')}`);
    }
  });
  return lines.join('\n');
}
