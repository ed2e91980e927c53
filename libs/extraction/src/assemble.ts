/**
 * Assembly: merges the candidates that report the same fact, then adds evidence, extractor and
 * CAMEO. One article mentioning a meeting three times yields one MeetingHeld; two meetings on
 * different dates stay two (DESIGN.md: the read model, not the extractor, groups reports).
 */
import { cameoFor } from '../../domain/src/facts/cameo';
import type { FactDraft, FactFields, Person } from '../../domain/src/facts/fact.types';
import type { AnalysedSentence } from './analysis';
import type { Candidate } from './detectors/candidate';

export function countriesOf(f: FactFields): string[] {
  switch (f.type) {
    case 'MeetingHeld':
      return f.participants;
    case 'AgreementSigned':
    case 'CooperationAgreed':
      return f.parties;
    case 'VoteAbstained':
    case 'VoteCast':
      return [f.country];
    case 'AidPledged':
      return [f.donor, f.recipient];
    case 'AppealMade':
      return [f.from, f.to];
    case 'VisitMade':
      return [f.visitor, f.host];
  }
}

function key(c: Candidate): string {
  const directed = c.type === 'AidPledged' || c.type === 'AppealMade' || c.type === 'VisitMade';
  const cs = directed ? countriesOf(c) : [...countriesOf(c)].sort();
  // A country's votes in two bodies are two facts ("vetoed in the Security Council … abstained in the Assembly").
  const vote = c.type === 'VoteCast' ? `${c.position}|${c.body}` : c.type === 'VoteAbstained' ? c.body : '';
  return `${c.type}|${cs.join(',')}|${vote}`;
}

function amountOf(c: Candidate): number | null {
  return c.type === 'AgreementSigned' || c.type === 'AidPledged' ? c.value?.amount ?? null : null;
}

const COMMON = new Set(['that', 'this', 'with', 'from', 'their', 'them', 'they', 'have', 'will', 'would', 'should', 'about', 'into', 'said', 'also', 'other', 'between', 'countries', 'country', 'both', 'sides', 'which', 'were', 'been']);

function contentWords(text: string | null | undefined): Set<string> {
  const out = new Set<string>();
  for (const w of (text ?? '').toLowerCase().split(/[^\p{L}]+/u)) if (w.length >= 4 && !COMMON.has(w)) out.add(w);
  return out;
}

function sharedWords(x: string | null | undefined, y: string | null | undefined): number {
  const a = contentWords(x);
  let n = 0;
  for (const w of contentWords(y)) if (a.has(w)) n++;
  return n;
}

const NAME_PARTICLES = new Set(['al', 'bin', 'ibn', 'el', 'de', 'da', 'di', 'van', 'von', 'la', 'le', 'sheikh', 'sheik', 'prince', 'dr', 'mr', 'mrs', 'ms', 'sir', 'hon']);
const partsMemo = new Map<string, string[]>();
function nameParts(name: string): string[] {
  let v = partsMemo.get(name);
  if (!v) {
    if (partsMemo.size > 5000) partsMemo.clear();
    v = name.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 2 && !NAME_PARTICLES.has(w));
    partsMemo.set(name, v);
  }
  return v;
}

/** For some state, both meetings name officials of it, and no official of the one is written as one of the other (see partsWithin). */
function otherOfficials(a: Person[], b: Person[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  for (const p of a) {
    const mine = a.filter((x) => x.country === p.country).map((x) => nameParts(x.name)).filter((n) => n.length > 0);
    const theirs = b.filter((x) => x.country === p.country).map((x) => nameParts(x.name)).filter((n) => n.length > 0);
    // One person is written with all the parts of a shorter writing of his name ("Xi", "Xi Jinping");
    // "Taro Aso" and "Taro Kono" share a part and are two people (1.26.3).
    if (mine.length > 0 && theirs.length > 0 && !mine.some((x) => theirs.some((y) => partsWithin(x, y) || partsWithin(y, x)))) return true;
  }
  return false;
}
const partsWithin = (x: string[], y: string[]) => x.every((w) => y.includes(w));

const NONE: ReadonlySet<number> = new Set();
const GREETING_PLACES = new Set(['airport', 'airbase', 'tarmac', 'arrival']);

const NESTED_DATES = new Set(['AgreementSigned', 'MeetingHeld', 'CooperationAgreed']);

/** Whether two candidates with the same key() report the same fact. */
function sameFact(a: Candidate, b: Candidate, greetings: ReadonlySet<number> = NONE): boolean {
  if (a.type === 'VoteAbstained' || a.type === 'VoteCast') {
    if (a.voteTag && b.voteTag && a.voteTag !== b.voteTag) return false;
    // One of several resolutions in one object ("both General Assembly resolutions … in March") is
    // not the dated vote told elsewhere (1.14).
    const listed = (a.voteTag ?? '').includes('#') !== (b.voteTag ?? '').includes('#');
    const apart = a.dateExplicit && b.dateExplicit && !!a.date && !!b.date && !a.date.startsWith(b.date) && !b.date.startsWith(a.date);
    // ("On April 16, X voted against … On February 24, X already voted against …": two votes told
    // in two sentences, each with a day of its own, 1.22.0.)
    // ("In October, Washington blocked a Brazil-drafted text", after its veto on Friday: dates of two
    // different months are two votes too, 1.30.48.)
    const ownDays = apart && a.sentence !== b.sentence && ((a.date!.length === 10 && b.date!.length === 10) || (a.date!.length >= 7 && b.date!.length >= 7 && a.date!.slice(0, 7) !== b.date!.slice(0, 7)));
    // ("Russia on Friday vetoed a resolution on Sudan. In March, Russia also vetoed a draft on Mali":
    // votes on resolutions about different states, on different dates, are two votes, 1.30.44.)
    const [ca, cb] = [a, b].map((c) => (c.type === 'VoteCast' || c.type === 'VoteAbstained' ? c.concerning ?? [] : []));
    const otherTexts = apart && a.sentence !== b.sentence && ca.length > 0 && cb.length > 0 && !ca.some((c) => cb.includes(c));
    return !(listed && apart) && !ownDays && !otherTexts;
  }
  // Two appeals in two sentences are two requests (dev corpus: release a national; fair treatment).
  // Restatements of one request ("urged the US to stop arms sales …", "urges the US to … the arms
  // sales issue") share its content words.
  if (a.type === 'AppealMade') return a.sentence === b.sentence || (b.type === 'AppealMade' && sharedWords(a.about, b.about) >= 2);
  // "X met President Xi and Premier Li": two meetings with one state, told in one sentence (1.15).
  if (a.guestTag && b.guestTag && a.guestTag !== b.guestTag) return false;
  // "A held talks with the host's foreign minister B … A also paid a courtesy call on its prime
  // minister C": reports in two sentences naming, for one state, officials with no name in
  // common are meetings with different people: two meetings (1.16). (A welcome at the airport is
  // part of the visit's meeting, not a meeting of its own.)
  if (a.type === 'MeetingHeld' && b.type === 'MeetingHeld' && a.sentence !== b.sentence && !greetings.has(a.sentence) && !greetings.has(b.sentence) && otherOfficials(a.people ?? [], b.people ?? [])) return false;
  // ("signed five agreements": each instrument a signing counts is one fact, 1.29.2.)
  if (a.instrument !== undefined && b.instrument !== undefined && a.instrument !== b.instrument) return false;
  // Signings told in two sentences by officials with no name in common, or as one more instrument
  // ("also signed a further accord"), are different instruments (1.17.3).
  if (a.type === 'AgreementSigned' && b.type === 'AgreementSigned' && a.sentence !== b.sentence) {
    // (Not when the other is one of the instruments a signing counted: "signed five agreements …
    // also signed a Memorandum …" tells one of the five, 1.29.2.)
    if ((a.another && b.instrument === undefined) || (b.another && a.instrument === undefined)) return false;
    const x = a.signatories ?? [];
    const y = b.signatories ?? [];
    if (x.length > 0 && y.length > 0 && !x.some((n) => y.includes(n))) return false;
  }
  const x = amountOf(a);
  const y = amountOf(b);
  if (x !== null && y !== null && x !== y) return false;
  if (a.date === b.date) return true;
  // ("announced on Wednesday nearly $53 million …" and, quoted, "today … announced nearly $53 million":
  // the same sum between the same states told with days a few apart is one pledge, 1.25.31.)
  if (a.type === 'AidPledged' && x !== null && x === y && a.date?.length === 10 && b.date?.length === 10 && Math.abs(Date.parse(a.date) - Date.parse(b.date)) <= 3 * 86400000) return true;
  // "DPRK donates $100,000 to China" (a headline, story-dated) and "… offered Saturday 100,000 dollars
  // to China": the same amount between the same states is one pledge when one of them is undated (1.11).
  if (x !== null && x === y && (!a.dateExplicit || !b.dateExplicit)) return true;
  // "X thanked Y for a donation" (no sum, no day) and "in March Y gave NZ$4 million": a pledge
  // told with neither amount nor date of its own is the one told with them (1.17).
  if (a.type === 'AidPledged' && ((x === null && !a.dateExplicit && y !== null) || (y === null && !b.dateExplicit && x !== null))) return true;
  // A visit spans days: "arrived on Sunday", "held talks on Monday" during it are one visit.
  if (a.type === 'VisitMade' && a.date && b.date && a.date.length === 10 && b.date.length === 10) {
    return Math.abs(Date.parse(a.date) - Date.parse(b.date)) <= 7 * 86400000;
  }
  // "held talks last night (March 23) … ending his official visit": a visit's day and the month of its end are one visit (1.15).
  if (a.type === 'VisitMade' && a.date && b.date && a.date.length !== b.date.length && (a.date.startsWith(b.date) || b.date.startsWith(a.date))) return true;
  // "the fisheries pact that A and B concluded last month" … "A and B signed the pact … on
  // April 9": a report to the month and one to the day within it are one signing (or meeting) (1.17).
  if (NESTED_DATES.has(a.type) && a.date && b.date && a.date.length !== b.date.length && (a.date.startsWith(b.date) || b.date.startsWith(a.date))) return true;
  if (!a.dateExplicit || !b.dateExplicit) {
    const loose = a.dateExplicit ? b : a;
    const firm = a.dateExplicit ? a : b;
    return !!loose.date && !!firm.date && (loose.date.startsWith(firm.date) || firm.date.startsWith(loose.date));
  }
  return false;
}

/** Fills what `into` lacks from `from`; a written date beats an inherited one. */
function merge(into: Candidate, from: Candidate): Candidate {
  const out = { ...into } as Record<string, unknown>;
  for (const [k, v] of Object.entries(from)) {
    const cur = out[k];
    if (cur === null || cur === undefined || (Array.isArray(cur) && cur.length === 0)) out[k] = v;
  }
  if (!into.dateExplicit && from.dateExplicit) {
    out.date = from.date;
    out.dateExplicit = true;
  } else if (into.type === 'VisitMade' && into.dateExplicit && from.dateExplicit && from.date && into.date && (from.date.length > into.date.length || (from.date.length === into.date.length && from.date < into.date))) {
    // A visit is dated by its start.
    out.date = from.date;
  } else if (into.dateExplicit && from.dateExplicit && from.date && into.date && from.date.length > into.date.length && from.date.startsWith(into.date)) {
    // The more precise of two nested dates (1.17).
    out.date = from.date;
  }
  if (into.type === 'MeetingHeld' && from.type === 'MeetingHeld') {
    const people = [...(into.people ?? [])];
    for (const p of from.people ?? []) if (!people.some((q) => q.name === p.name)) people.push(p);
    out.people = people;
  }
  out.confidence = Math.min(0.95, Math.max(into.confidence, from.confidence) + 0.05);
  if (into.modality === 'hedged' && from.modality === 'asserted') out.modality = 'asserted';
  return out as unknown as Candidate;
}

export function assemble(
  cands: Candidate[],
  sentences: AnalysedSentence[],
  extractor: { name: string; version: string },
  undated: { month: string; day: string } | null = null,
): FactDraft[] {
  // For merging, an undated fact (the month of publication, not written) is the story's day.
  const asMerged = (c: Candidate): Candidate => (undated && !c.dateExplicit && c.date === undated.month ? { ...c, date: undated.day } : c);
  const merged: Candidate[] = [];
  const greetings = new Set<number>();
  for (const c of cands) if (c.type === 'MeetingHeld' && sentences[c.sentence]?.tokens.some((x) => GREETING_PLACES.has(x.lower))) greetings.add(c.sentence);
  // Only candidates with the same type and countries can merge: index them by that key.
  const byKey = new Map<string, number[]>();
  for (const c of cands) {
    const k = key(c);
    const slots = byKey.get(k) ?? [];
    const cm = asMerged(c);
    // Bounded look-back: a pathological input with thousands of same-pair facts stays linear.
    let i: number | undefined;
    for (let n = slots.length - 1; n >= Math.max(0, slots.length - 64) && i === undefined; n--) if (sameFact(asMerged(merged[slots[n]]), cm, greetings)) i = slots[n];
    if (i !== undefined) merged[i] = merge(merged[i], c);
    else {
      slots.push(merged.length);
      byKey.set(k, slots);
      merged.push(c);
    }
  }
  return merged.map((c) => {
    const { dateExplicit: _d, sentence, voteTag: _v, ownVote: _o, guestTag: _g, another: _a, ...fields } = c;
    const s = sentences[sentence];
    const fact = {
      ...fields,
      confidence: Math.round(c.confidence * 100) / 100,
      evidence: { sentence: s.text, start: s.start, end: s.end },
      extractor: { ...extractor },
    } as FactDraft;
    fact.cameo = cameoFor(fact);
    return fact;
  });
}
