/**
 * Clause-level helpers shared by the detectors: where a trigger's subject starts, where its
 * object ends, whether the event is irrealis (planned, negated, hypothetical) or hedged.
 */
import type { AnalysedSentence, CountryMention } from './analysis';
import { HEDGES, IRREALIS } from './text/words';

// Tokens that open a new clause for the purpose of finding a trigger's own subject.
const SUBJECT_STOPS = new Set([';', 'that', 'while', 'whereas', 'but', ':', '“', '"', '—', '–']);
const OBJECT_STOPS = new Set([';', 'that', 'while', 'whereas', 'but', ':', 'which', 'who', '—', '–']);
const SAY = new Set(['said', 'says', 'say', 'announced', 'stated', 'told', 'added', 'noted', 'declared']);

export function clauseStart(s: AnalysedSentence, k: number): number {
  for (let i = k - 1; i >= 0; i--) if (SUBJECT_STOPS.has(s.tokens[i].lower)) return i + 1;
  return 0;
}

export function clauseEnd(s: AnalysedSentence, k: number): number {
  for (let i = k + 1; i < s.tokens.length; i++) if (OBJECT_STOPS.has(s.tokens[i].lower)) return i;
  return s.tokens.length;
}

/**
 * True when mention m sits in a relative clause (", who visited Kazakhstan earlier,") that does not
 * contain token k: what the relative clause says is not part of the trigger's event.
 */
export function inOtherRelative(s: AnalysedSentence, m: { from: number }, k: number): boolean {
  const t = s.tokens;
  for (let i = m.from - 1; i >= 0 && m.from - i < 12; i--) {
    const w = t[i].lower;
    if (w === ',' || w === ';' || w === '.') return false;
    if ((w === 'who' || w === 'which') && t[i - 1]?.lower === ',') {
      let j = m.from;
      while (j < t.length && t[j].lower !== ',') j++;
      return !(k > i && k < j);
    }
  }
  return false;
}

/** Country mentions with the given roles inside the token range [from, to). */
export function mentionsIn(s: AnalysedSentence, from: number, to: number, roles = ['actor']): CountryMention[] {
  return s.mentions.filter((m) => m.from >= from && m.to <= to && roles.includes(m.role));
}

export function distinct(ms: CountryMention[]): string[] {
  return [...new Set(ms.map((m) => m.iso3))];
}

/**
 * True when the event named at token k did not (yet) happen: a modal, negation or plan word in the
 * few tokens before it (same clause), "to meet" (purpose), or "expected/scheduled" right after.
 */
// Modals and denials scope over their whole clause ("denied any contact … following the talks").
const CLAUSE_SCOPE = new Set(['will', 'would', 'could', 'may', 'might', 'shall', 'should', 'must', "won't", "wouldn't", 'deny', 'denies', 'denied', 'denying', 'unclear', 'whether', 'if', 'unless']);

export function isIrrealis(s: AnalysedSentence, k: number, opts: { allowReportedFuture?: boolean } = {}): boolean {
  const t = s.tokens;
  const start = clauseStart(s, k);
  const inDate = (i: number) => s.dates.some((d) => i >= d.from && i < d.to) || (t[i].cap && t[i].lower === 'may');
  for (let i = start; i < k; i++) {
    const w = t[i].lower;
    if (!CLAUSE_SCOPE.has(w) || inDate(i)) continue;
    if (opts.allowReportedFuture && (w === 'would' || w === 'will') && t.slice(Math.max(0, i - 4), i).some((x) => SAY.has(x.lower))) continue;
    return true;
  }
  if (t[k - 1]?.lower === 'to' && !['agreed', 'trip', 'visit', 'visits'].includes(t[k - 2]?.lower ?? '')) return true;
  for (let i = k - 1; i >= Math.max(0, k - 7); i--) {
    const w = t[i].lower;
    if (w === ',' || w === ';' || w === 'that' || w === '(' || w === ')') break;
    if (IRREALIS.has(w) && !inDate(i)) {
      if (opts.allowReportedFuture && (w === 'would' || w === 'will')) {
        const said = t.slice(Math.max(0, i - 4), i).some((x) => SAY.has(x.lower));
        if (said) continue;
      }
      return true;
    }
  }
  for (let i = k + 1; i < Math.min(t.length, k + 4); i++) {
    const w = t[i].lower;
    if (['expected', 'scheduled', 'planned', 'slated', 'due', 'could', 'would', 'will', 'may', 'might'].includes(w)) return true;
    if (w === ',' || w === '.') break;
  }
  return false;
}

// Sport reports use the words of diplomacy ("Brazil met Germany in the final", "signed a deal").
const SPORT = new Set([
  'match', 'final', 'semi', 'semifinal', 'quarterfinal', 'tournament', 'league', 'cup', 'goal', 'goals', 'striker',
  'midfielder', 'defender', 'goalkeeper', 'coach', 'club', 'squad', 'stadium', 'olympics', 'olympic', 'championship',
  'fixture', 'kickoff', 'innings', 'wicket', 'footballer', 'tennis', 'football', 'soccer', 'cricket', 'rugby',
]);

export function isSportContext(s: AnalysedSentence): boolean {
  return hasAny(s, SPORT);
}

export function isHedged(s: AnalysedSentence): boolean {
  return s.tokens.some((x) => HEDGES.has(x.lower));
}

/** The date written nearest to token k in its clause, if any. */
export function dateNear(s: AnalysedSentence, k: number): string | null {
  let best: { d: string; dist: number } | null = null;
  const from = clauseStart(s, k);
  const to = clauseEnd(s, k);
  for (const d of s.dates) {
    if (d.from < from || d.to > to) continue;
    // "through Thursday", "until May": the end of a span, not the event's date.
    if (['through', 'until', 'till', 'by', 'before'].includes(s.tokens[d.from - 1]?.lower ?? '')) continue;
    // After the trigger, a comma opens an aside about something else (", founded in 2018").
    if (d.from > k && s.tokens.slice(k, d.from).some((x) => x.lower === ',' )) continue;
    const dist = d.from >= k ? d.from - k : k - d.to;
    if (!best || dist < best.dist) best = { d: d.value, dist };
  }
  return best?.d ?? null;
}

/** True when the sentence contains one of the words (cheap pre-check before a detector runs). */
export function hasAny(s: AnalysedSentence, words: ReadonlySet<string>): boolean {
  // Iterate the smaller set.
  if (s.words.size < words.size) {
    for (const w of s.words) if (words.has(w)) return true;
    return false;
  }
  for (const w of words) if (s.words.has(w)) return true;
  return false;
}

export function indexOfAny(s: AnalysedSentence, words: ReadonlySet<string>, from = 0): number[] {
  const out: number[] = [];
  for (let i = from; i < s.tokens.length; i++) if (words.has(s.tokens[i].lower)) out.push(i);
  return out;
}
