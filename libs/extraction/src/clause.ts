/**
 * Clause-level helpers shared by the detectors: where a trigger's subject starts, where its
 * object ends, whether the event is irrealis (planned, negated, hypothetical) or hedged.
 */
import type { AnalysedSentence, CountryMention } from './analysis';
import { HEDGES, IRREALIS, TITLE_WORDS, TRIP_NOUNS } from './text/words';
import { WEEKDAY_NAMES } from './text/dates';
import { containsAny } from './text/word-sets';

// Tokens that open a new clause for the purpose of finding a trigger's own subject.
const SUBJECT_STOPS = new Set([';', 'that', 'while', 'whereas', 'but', ':', '“', '"', '—', '–']);
const OBJECT_STOPS = new Set([';', 'that', 'while', 'whereas', 'but', ':', 'which', 'who', '—', '–']);
const SAY = new Set(['said', 'says', 'say', 'announced', 'stated', 'told', 'added', 'noted', 'declared']);

const QUOTES = new Set(['"', '“', '”']);

export function clauseStart(s: AnalysedSentence, k: number): number {
  const t = s.tokens;
  for (let i = k - 1; i >= 0; i--) {
    // A short quoted phrase ("the \"iron-clad friendship\" between them") is part of the clause.
    if (QUOTES.has(t[i].lower)) {
      let j = i - 1;
      while (j >= 0 && i - j <= 6 && !QUOTES.has(t[j].lower)) j--;
      if (j >= 0 && i - j <= 6 && j > 0 && !SUBJECT_STOPS.has(t[j - 1].lower) && t[j - 1].lower !== ',') {
        i = j;
        continue;
      }
      // ("after ending a \"fruitful visit to Brunei.\"": a short quote opened before the trigger
      // and closed after it, inside a clause, is part of it too, 1.17.)
      let close = -1;
      for (let q = k + 1; q <= k + 8 && q < t.length; q++) if (QUOTES.has(t[q].lower)) { close = q; break; }
      if (!(j >= 0 && i - j <= 6) && close > 0 && i > 0 && !SUBJECT_STOPS.has(t[i - 1].lower) && t[i - 1].lower !== ',') continue;
    }
    // ("the heads of Russian and Ukrainian presidential administrations – X and Y – met": a phrase
    // set off by a pair of dashes is an apposition inside the clause, 1.29.5.)
    // ("The foreign ministers of the Quad — the United States, Japan, India and Australia — met": a
    // list with its commas too, 1.30.39.)
    if (DASHES.has(t[i].lower)) {
      let j = i - 1;
      while (j >= 0 && i - j <= 12 && !SUBJECT_STOPS.has(t[j].lower) && (t[j].lower !== ',' || listComma(s, j))) j--;
      if (j > 0 && i - j <= 12 && DASHES.has(t[j].lower)) {
        i = j;
        continue;
      }
    }
    if (SUBJECT_STOPS.has(t[i].lower)) return i + 1;
  }
  return 0;
}
const DASHES = new Set(['—', '–']);
const CANCELLED = new Set(['cancelled', 'canceled', 'postponed', 'scrapped', 'shelved', 'suspended', 'delayed', 'aborted']);
/** "called off", "put off", "cancelled", "postponed", "put on hold" at i (after a form of "be"). */
function calledOff(t: AnalysedSentence['tokens'], i: number): boolean {
  const w = t[i]?.lower ?? '';
  if (w === 'later' || w === 'abruptly' || w === 'indefinitely') return calledOff(t, i + 1);
  return CANCELLED.has(w) || ((w === 'called' || w === 'put') && t[i + 1]?.lower === 'off') || (w === 'put' && t[i + 1]?.lower === 'on' && t[i + 2]?.lower === 'hold');
}

export function clauseEnd(s: AnalysedSentence, k: number): number {
  for (let i = k + 1; i < s.tokens.length; i++) {
    // ("met counterparts that included A, B and C": a relative clause that only lists the object's
    // members goes on with the object, 1.20.)
    if ((s.tokens[i].lower === 'that' || s.tokens[i].lower === 'which') && INCLUDE.has(s.tokens[i + 1]?.lower ?? '')) continue;
    if (OBJECT_STOPS.has(s.tokens[i].lower)) return i;
    // ("urged Iran to release them, speaking at a news conference": the speaker's own act of speech
    // is an adjunct, no part of the object, 1.30.11.)
    if (s.tokens[i].text === ',' && SPEECH_PARTICIPLES.has(s.tokens[i + 1]?.lower ?? '')) return i;
    // (", their finance ministers said after talks in Seoul", ", according to officials": the
    // attribution that closes a sentence is no part of what it tells, 1.30.15.)
    if (s.tokens[i].text === ',' && attributionAt(s.tokens, i)) return i;
    // ("held a trilateral meeting with X, where they affirmed … North Korea": a relative clause of
    // place tells what was said there, not who took part, 1.24.7.)
    if (s.tokens[i].lower === 'where' && s.tokens[i - 1]?.lower === ',') return i;
  }
  return s.tokens.length;
}
const INCLUDE = new Set(['included', 'include', 'includes']);

/** The spans [from, to) of tokens start..end split at each "and" ("A's president | his B counterpart Y"), or [] when there is none. */
export function andConjuncts(t: AnalysedSentence['tokens'], start: number, end: number): [number, number][] {
  const ands = t.slice(start, end).flatMap((x, i) => (x.lower === 'and' ? [start + i] : []));
  if (ands.length === 0) return [];
  const edges = [start, ...ands, end];
  return edges.slice(0, -1).map((e, i) => [e, edges[i + 1]]);
}
const AFTER_ATTRIBUTION = new Set([',', '.', ';', 'on', 'in', 'at', 'after', 'during', 'following', 'late', 'earlier', 'later', 'yesterday', 'today', 'last', 'this', 'when', 'while', 'from']);
/** A closing attribution after the comma at i: ", officials said", ", the ministry said on Monday", ", according to …". */
function attributionAt(t: AnalysedSentence['tokens'], i: number): boolean {
  if (t[i + 1]?.lower === 'according' && t[i + 2]?.lower === 'to') return true;
  for (let j = i + 1; j < t.length && j <= i + 6; j++) {
    const w = t[j].lower;
    if (w === ',' || w === 'that' || w === 'and' || w === 'to') return false;
    if (SAY.has(w)) {
      // (It closes what came before when the verb says nothing itself: the sentence or a comma, or a
      // time or place, follows it. "In a meeting in Ulaanbaatar, Hayashi told Battsetseg that …" and
      // "Speaking at …, the president said trade would double" open the main clause instead.)
      const next = t[j + 1]?.lower ?? '.';
      return j > i + 1 && (AFTER_ATTRIBUTION.has(next) || WEEKDAY_NAMES.has(next));
    }
  }
  return false;
}
/** Participles that open an adjunct about the speaker's act of speech after a comma: ", speaking at …", ", adding that …". */
const SPEECH_PARTICIPLES = new Set(['speaking', 'addressing', 'writing', 'talking', 'saying', 'adding', 'noting', 'telling']);
/** Those that tell the occasion of the speech, not its content: a date after them is the speech's (not ", adding that talks resume on Monday"). */
const SPEAKING = new Set(['speaking', 'addressing', 'writing', 'talking']);

/**
 * The date of the speech the sentence tells in an adjunct after a comma: "Scholz called on Iran to
 * release them, speaking at a news conference in Berlin on Wednesday". For a statement (an appeal)
 * with no date of its own, that is the day it was made (1.30.11). Null without such an adjunct or date.
 */
export function speechDate(s: AnalysedSentence): string | null {
  const t = s.tokens;
  for (let i = 1; i < t.length - 1; i++) {
    if (t[i].text !== ',' || !SPEAKING.has(t[i + 1].lower)) continue;
    let end = i + 2;
    while (end < t.length && t[end].text !== ';' && !(t[end].text === ',' && SPEECH_PARTICIPLES.has(t[end + 1]?.lower ?? ''))) end++;
    const d = s.dates.find((x) => x.from > i + 1 && x.to <= end && !SPAN_EDGES.has(t[x.from - 1]?.lower ?? ''));
    return d ? d.value : null;
  }
  return null;
}
/** Words before a date that make it the end or start of a span, not the day of an event ("until May", "since 2014"). */
const SPAN_ENDS = new Set(['through', 'until', 'till', 'by', 'before', 'since']);
/** The same, and the day after which something else happened ("after Monday's talks"). */
const SPAN_EDGES = new Set([...SPAN_ENDS, 'after', 'following']);

/**
 * True when mention m sits in a relative clause (", who visited Kazakhstan earlier,") that does not
 * contain token k: what the relative clause says is not part of the trigger's event.
 */
export function inOtherRelative(s: AnalysedSentence, m: { from: number }, k: number): boolean {
  const t = s.tokens;
  for (let i = m.from - 1; i >= 0 && m.from - i < 12; i--) {
    const w = t[i].lower;
    if (w === ',' || w === ';' || w === '.') return false;
    if ((w === 'who' || w === 'which' || w === 'whose') && t[i - 1]?.lower === ',') {
      let j = m.from;
      while (j < t.length && t[j].lower !== ',') j++;
      return !(k > i && k < j);
    }
  }
  return false;
}

/**
 * The opening comma of a non-restrictive relative clause that ends with the comma at k - 1
 * ("China, whose regime was accused by the US of …, abstained"): the verb at k belongs to the
 * subject before that opening comma (1.10). -1 when the comma before k closes no such clause.
 */
export function relativeBefore(s: AnalysedSentence, k: number): number {
  const t = s.tokens;
  if (t[k - 1]?.lower !== ',') return -1;
  for (let i = k - 2; i > 0 && k - i <= 30; i--) {
    const w = t[i].lower;
    if (w === ',' || w === ';' || w === '.' || w === ':' || w === '(' || w === ')') return -1;
    if ((w === 'who' || w === 'which' || w === 'whose') && t[i - 1]?.lower === ',' && i >= 2) return i - 1;
  }
  return -1;
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

// Denials scope over the clause they introduce, across "that": "denied reports that X and Y met",
// "dismissed a report saying officials had met".
const DENIALS = new Set(['deny', 'denies', 'denied', 'denying', 'dismissed', 'dismisses', 'refuted', 'refutes', 'rejected']);
const DENIED_OBJECTS = new Set(['that', 'reports', 'report', 'claims', 'claim', 'suggestions', 'rumours', 'rumors', 'saying', 'any', 'a', 'the', 'as']);
// Plans scope over the verbs coordinated with their infinitive: "plans to visit X and sign an agreement".
const PLANS = new Set(['plan', 'plans', 'planned', 'planning', 'intend', 'intends', 'intended', 'aims', 'aim', 'aiming', 'hopes', 'hope', 'hoping', 'seeks', 'seek', 'seeking', 'wants', 'want', 'expects', 'expected', 'scheduled', 'set', 'poised', 'likely', 'ready', 'about']);

/** A denial before token k whose complement contains k ("denied reports that …"). */
function deniedBefore(s: AnalysedSentence, k: number): boolean {
  const t = s.tokens;
  for (let i = k - 1; i >= 0; i--) {
    const w = t[i].lower;
    if (w === ';' || w === 'but' || w === 'while' || w === 'whereas') return false;
    if (DENIALS.has(w) && DENIED_OBJECTS.has(t[i + 1]?.lower ?? '')) return true;
  }
  return false;
}

/** "plans to visit the UAE in July and sign a deal": a plan word + "to" earlier in the same clause, no comma since. */
function plannedBefore(s: AnalysedSentence, k: number, floor = 0): boolean {
  const t = s.tokens;
  for (let i = k - 1; i >= Math.max(1, floor) && k - i < 25; i--) {
    const w = t[i].lower;
    if (w === ',' || w === ';' || w === '.' || SUBJECT_STOPS.has(w)) return false;
    if (w === 'to' && PLANS.has(t[i - 1].lower)) return true;
    // ("is set for an interaction with X", "are scheduled for talks with X", 1.23.1.)
    if (w === 'for' && SET_FOR.has(t[i - 1].lower) && BE.has(t[i - 2]?.lower ?? '')) return true;
  }
  return false;
}
const SET_FOR = new Set(['set', 'scheduled', 'slated', 'due', 'poised']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been']);

/**
 * The modal at token i reports an announcement: "said Tokyo would provide", "announced on Tuesday
 * that it would provide", "announced today that the United States will give".
 */
function reportedAt(s: AnalysedSentence, i: number): boolean {
  const t = s.tokens;
  if (t.slice(Math.max(0, i - 4), i).some((x) => SAY.has(x.lower))) return true;
  const that = t.slice(Math.max(0, i - 6), i).findIndex((x) => x.lower === 'that');
  if (that < 0) return false;
  const at = Math.max(0, i - 6) + that;
  return t.slice(Math.max(0, at - 5), at).some((x) => SAY.has(x.lower));
}

const LOOK = new Set(['look', 'looks', 'looking', 'looked']);
const EVENT_NOUNS = new Set(['meeting', 'meetings', 'talks', 'summit', 'visit', 'trip', 'negotiations', 'consultations']);
const TO_ATTEND = new Set(['attend', 'participate', 'join']);
// ("a group of countries to mediate peace talks between Moscow and Kyiv": talks someone is to
// arrange are still ahead, 1.30.58.)
const TO_ARRANGE = new Set(['mediate', 'facilitate', 'broker', 'host', 'convene', 'arrange', 'organise', 'organize', 'resume', 'restart', 'revive']);
/** Words of a noun phrase between a purpose infinitive and its event noun ("to take part in the annual SCO meeting"). */
const PURPOSE_NP = new Set(['in', 'the', 'a', 'an', 'this', 'its', 'their', 'annual', 'ministerial', 'bilateral', 'trilateral', 'high-level', 'first', 'second', 'third', 'next', '-', 'peace', 'direct', 'indirect', 'new', 'fresh', 'further', 'formal']);
/**
 * "left for X to take part in the meeting of …", "arrived to attend talks": the event noun at k is the
 * object of a purpose infinitive, so it had not happened when the sentence's action did (1.20).
 */
function purposeObject(s: AnalysedSentence, k: number): boolean {
  const t = s.tokens;
  let i = k - 1;
  while (i >= 0 && k - i <= 8 && (PURPOSE_NP.has(t[i].lower) || (t[i].cap && !TO_ATTEND.has(t[i].lower)))) i--;
  const w = t[i]?.lower ?? '';
  // ("to help mediate peace talks": "help" may stand between, 1.30.65.)
  const to = t[i - 1]?.lower === 'help' && t[i - 2]?.lower === 'to' ? i - 2 : i - 1;
  const attend = (TO_ATTEND.has(w) || TO_ARRANGE.has(w)) && t[to]?.lower === 'to';
  const takePart = w === 'part' && t[i - 1]?.lower === 'take' && t[i - 2]?.lower === 'to';
  // ("arrived in Lima on Thursday for talks with …": what a traveller came for is still ahead, 1.20.)
  let travelled = false;
  if (w === 'for') {
    for (let j = i - 1; j >= 0 && i - j <= 8 && ![',', ';', ':'].includes(t[j].lower); j--) {
      if (!MOVED.has(t[j].lower)) continue;
      // ("travelled to Ottawa last week / in March for talks with …": a trip dated to a week, month or
      // year before the story is over, and so are the talks it was for, 1.30.42.)
      travelled = !s.dates.some((d) => d.from > j && d.to <= i && d.precision !== 'day');
    }
  }
  return attend || takePart || travelled;
}
// (Verbs only: "heads of state", "lands" and "leaves" are nouns too.)
const MOVED = new Set(['arrived', 'arrives', 'arriving', 'landed', 'flew', 'travelled', 'traveled', 'headed', 'left', 'came', 'reached']);
const PLANNED_ADJ = new Set(['scheduled', 'planned', 'proposed', 'upcoming', 'forthcoming', 'expected', 'confirmed', 'possible', 'potential', 'prospective', 'likely', 'anticipated', 'future', 'next']);
const NAME_JOINERS = new Set(['-', 'and', '&', 'of']);
const ANNOUNCE = new Set(['announced', 'announces', 'announce', 'confirmed', 'confirms', 'scheduled', 'proposed', 'proposes']);

const RELATIVE_AUX = new Set(['has', 'had', 'have', 'was', 'were', 'is', 'are', 'already', 'also', 'just', 'earlier']);

const PRONOUN_SUBJECTS = new Set(['they', 'he', 'she', 'we']);
const VISIT_NOUNS = new Set(['visit', 'trip', 'tour', 'mission', 'stay']);
const FOCUSED = new Set(['focused', 'focussed', 'aimed', 'devoted', 'dedicated', 'geared']);
/**
 * "arrived … for a weekend visit focused on bilateral discussions and the signing of several
 * agreements": what a visit is focused on or aimed at is its purpose, not an event told (1.30.5).
 */
function visitPurpose(t: AnalysedSentence['tokens'], k: number): boolean {
  for (let i = k - 1; i >= 1 && k - i <= 12; i--) {
    const w = t[i].lower;
    if (w === ';' || w === '.' || (w === 'and' && t[i + 1]?.cap)) return false;
    if (!['on', 'at', 'to'].includes(w) || !FOCUSED.has(t[i - 1]?.lower ?? '')) continue;
    return t.slice(Math.max(0, i - 6), i - 1).some((x) => VISIT_NOUNS.has(x.lower));
  }
  return false;
}

/**
 * The relative pronoun whose clause's verb is token k: "talks with X, who arrived in Y yesterday",
 * "President X who had arrived in Y" (only auxiliaries and adverbs between). -1 when none (1.16).
 */
function relativeOf(s: AnalysedSentence, k: number): number {
  const t = s.tokens;
  for (let i = k - 1; i >= 0 && k - i <= 3; i--) {
    const w = t[i].lower;
    // ("the Treaty … and which was signed in Lima in 2003": a relative coordinated
    // with another keeps its own mood too, 1.17.)
    if (w === 'who' || w === 'which') return i > 0 && (t[i - 1].cap || t[i - 1].lower === ',' || t[i - 1].lower === 'and') ? i : -1;
    if (!RELATIVE_AUX.has(w)) break;
  }
  // "Frankly, when Minister X toured Peru, the whole region was glad": a "when" clause in the past
  // tells its own event, whatever the mood of the clause it hangs on (1.17).
  if (t[k] && (PAST_FORMS.has(t[k].lower) || (t[k].lower.endsWith('ed') && /^\p{Ll}+ed$/u.test(t[k].text)))) {
    for (let i = k - 1; i >= 0 && k - i <= 7; i--) {
      if (t[i].lower === 'when') return i;
      // ("since June 2009, when they met in X": a pronoun subject, right before the verb, 1.30.1.)
      if (i === k - 1 && PRONOUN_SUBJECTS.has(t[i].lower)) continue;
      if (!(t[i].cap || TITLE_WORDS.has(t[i].lower) || ['the', "'s", '-'].includes(t[i].lower))) break;
    }
  }
  return -1;
}

/** Words after a trigger that make it planned or possible ("talks expected to …", "meetings could …"). */
const PLANNED_AFTER = new Set(['expected', 'scheduled', 'planned', 'slated', 'due', 'could', 'would', 'will', 'may', 'might']);

// Words that open an appositive naming an event: ", their first meeting", ", the latest talks".
const APPOSITIVE_LEAD = new Set(['their', 'the', 'its', 'his', 'her', 'first', 'second', 'third', 'latest']);

const FRONT_LEADS = new Set(['on', 'during', 'in', 'at', 'for', 'after', 'before']);
const MAIN_MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'shall', 'should', 'must', "won't"]);
const AHEAD = new Set(['likely', 'unlikely', 'expected', 'set', 'due', 'scheduled', 'slated', 'poised', 'going']);
const MAIN_CLAUSE_REPORTS = new Set([...SAY, 'tells', 'stressed']);
/**
 * The event noun at k stands in a phrase fronted before a comma ("During the summit, …", "On the
 * first leg of his visit, …") whose main clause is not in the real past: a modal or "likely / expected
 * to" opens it ("…, the two leaders will discuss", "…, the Prime Minister is also likely to raise").
 * A report ("…, X said that …") ends the search: its modal is the reported clause's (1.25.22, 1.26.7).
 */
export function frontedIrrealis(s: AnalysedSentence, k: number): boolean {
  const t = s.tokens;
  const lead = FRONT_LEADS.has(t[0]?.lower ?? '') ? 0 : FRONT_LEADS.has(t[1]?.lower ?? '') ? 1 : -1;
  if (lead < 0 || k > 10 || t.slice(lead, k).some((x) => x.lower === ',')) return false;
  let comma = t.findIndex((x, i) => i > k && x.lower === ',');
  if (comma < 0 || comma > k + 8) return false;
  // ("During his Guyana visit, from April 21 to 23, X will …": a dated phrase set off by commas
  // stands before the main clause, 1.29.4.)
  const dated = s.dates.find((d) => d.from === comma + 1 || (d.from === comma + 2 && ['from', 'on', 'in'].includes(t[comma + 1].lower)));
  const next = dated ? t.findIndex((x, i) => i >= dated.to && x.lower === ',') : -1;
  if (dated && next > 0 && next <= dated.to + 2) comma = next;
  // (Far enough for a titled name of several parts: ", Korean Minister Yun Byung-se is set to …", 1.27.6.)
  for (let i = comma + 1; i < Math.min(t.length, comma + 10); i++) {
    const w = t[i].lower;
    if (w === 'that' || w === ',' || MAIN_CLAUSE_REPORTS.has(w)) return false;
    if (MAIN_MODALS.has(w) || (AHEAD.has(w) && t[i + 1]?.lower === 'to')) return true;
  }
  return false;
}

const OFFERS = new Set(['offer', 'offers', 'offered']);

export function isIrrealis(s: AnalysedSentence, k: number, opts: { allowReportedFuture?: boolean } = {}): boolean {
  const t = s.tokens;
  // A relative clause has its own mood: "X is expected to meet Y, who arrived in Z yesterday": the
  // arrival is told as done whatever the main clause's mood (1.16).
  const rel = relativeOf(s, k);
  let start = rel >= 0 ? Math.max(rel + 1, clauseStart(s, k)) : clauseStart(s, k);
  // ("New Zealand will contribute $20 million to a fund, Foreign Minister X announced Tuesday during
  // a visit to Tonga": what the closing attribution tells is outside the mood of the clause it
  // attributes, 1.30.43.)
  if (containsAny(s.words, SAY)) for (let c = k - 1; c > start; c--) if (t[c].text === ',' && attributionAt(t, c)) { start = c + 1; break; }
  const inDate = (i: number) => s.dates.some((d) => i >= d.from && i < d.to) || (t[i].cap && t[i].lower === 'may');
  if (deniedBefore(s, k) || plannedBefore(s, k, rel + 1)) return true;
  if (hasAny(s, FOCUSED) && visitPurpose(t, k)) return true;
  // "the confirmed meeting with X", "a planned visit", "announced on Monday a meeting with X": an
  // event named as scheduled or announced has not yet happened (1.19).
  if (EVENT_NOUNS.has(t[k].lower)) {
    if (PLANNED_ADJ.has(t[k - 1]?.lower ?? '')) return true;
    // ("the forthcoming Non-Aligned Movement and G-77 and China summit": the adjective before a name
    // that modifies the noun, 1.28.0.)
    let m = k - 1;
    while (m > 0 && k - m <= 12 && (t[m].cap || NAME_JOINERS.has(t[m].lower) || /^\d+$/.test(t[m].lower))) m--;
    if (m < k - 1 && t[m + 1].cap && PLANNED_ADJ.has(t[m]?.lower ?? '')) return true;
    // ("X is set for an interaction with Y, their first meeting since …": an appositive names the
    // event of the clause before its comma, in that clause's mood, 1.23.1.)
    let a = k - 1;
    while (a > 0 && k - a <= 3 && APPOSITIVE_LEAD.has(t[a].lower)) a--;
    if (a < k - 1 && t[a]?.lower === ',' && a > 1 && isIrrealis(s, a - 1)) return true;
    if (purposeObject(s, k)) return true;
    if (['a', 'an'].includes(t[k - 1]?.lower ?? '')) {
      let i = k - 2;
      while (i >= 0 && k - i < 8 && (s.dates.some((d) => i >= d.from && i < d.to) || t[i].lower === 'on' || t[i].lower === 'today' || t[i].lower === 'yesterday')) i--;
      if (ANNOUNCE.has(t[i]?.lower ?? '')) return true;
    }
  }
  // "looking forward to the talks with X": what one looks forward to has not happened (1.13).
  for (let i = Math.max(start, k - 12); i < k; i++) if (t[i].lower === 'forward' && t[i + 1]?.lower === 'to' && LOOK.has(t[i - 1]?.lower ?? '')) return true;
  // "The minister's agenda also includes talks with Y": what a programme or an agenda includes,
  // in the present, is planned (1.17; "the programme included" in the past may report it).
  for (let i = start; i < k; i++) {
    const w = t[i].lower;
    if (PLAN_NOUNS.has(w)) {
      const v = t[i + 1]?.lower === 'also' ? i + 2 : i + 1;
      if (v < k && PLAN_VERBS.has(t[v]?.lower ?? '')) return true;
    }
    // ("began an African tour on Sunday, which includes visits to A, B and C": the stops a trip
    // includes, in the present, are its plan, 1.25.21.)
    if (w === 'which' && t[i - 1]?.lower === ',' && PLAN_VERBS.has(t[i + 1]?.lower ?? '') && i + 1 < k && t.slice(Math.max(0, i - 8), i).some((x) => TRIP_NOUNS.has(x.lower))) return true;
    if (!CLAUSE_SCOPE.has(w) || inDate(i)) continue;
    if (opts.allowReportedFuture && (w === 'would' || w === 'will') && reportedAt(s, i)) continue;
    if (pastConjunctAfter(t, i, k)) continue;
    return true;
  }
  if (t[k - 1]?.lower === 'to' && !['agreed', 'trip', 'visit', 'visits'].includes(t[k - 2]?.lower ?? '')) return true;
  for (let i = k - 1; i >= Math.max(0, k - 7); i--) {
    const w = t[i].lower;
    // ("The draft was rejected because A vetoed it": a clause of cause is told as fact, whatever the
    // main clause's words, 1.19.)
    if (w === ',' || w === ';' || w === 'that' || w === '(' || w === ')' || w === 'because' || i === rel) break;
    // "The invitation was made during X's state visit to Ankara": an event told in the past
    // happened during the visit, which the phrase presupposes; what the main clause says of the
    // invitation does not reach into it (1.17).
    if (w === 'during' && i > 0 && (/^\p{Ll}+ed$/u.test(t[i - 1].text) || PAST_FORMS.has(t[i - 1].lower))) break;
    // ("has once again asked …", "once more urged …": not the conditional "once", 1.28.8.)
    if (w === 'once' && (t[i + 1]?.lower === 'again' || t[i + 1]?.lower === 'more')) continue;
    // ("Germany has offered €1.1 billion to Namibia": a sum offered is a pledge made, not an offer of
    // something to come, 1.30.57.)
    if (OFFERS.has(w) && /^(?:[$€£¥₹]|(?:US|A|C|NZ|HK|S)\$|\d|USD$|EUR$|Rs\.?$)/.test(t[i + 1]?.text ?? '')) continue;
    if (IRREALIS.has(w) && !inDate(i)) {
      if (opts.allowReportedFuture && (w === 'would' || w === 'will')) {
        if (reportedAt(s, i)) continue;
      }
      if (pastConjunctAfter(t, i, k)) break;
      return true;
    }
  }
  for (let i = k + 1; i < Math.min(t.length, k + 4); i++) {
    const w = t[i].lower;
    // ("closed-door talks that are expected to culminate in a signing": the relative clause's mood is its own, 1.16.)
    if (w === ',' || w === '.' || ((w === 'that' || w === 'which') && i === k + 1)) break;
    // ("met in May 2019": the month is no modal, as in the windows above.)
    if (PLANNED_AFTER.has(w) && !inDate(i)) return true;
  }
  // "talks between A and B over the fishing quota are about to open", "… are yet to
  // start": the prospective of the noun trigger's own verb (1.18).
  // ("The talks in the A-B format are being prepared": what is being prepared has not begun, 1.20.)
  const preparing = (i: number) => BE_FORMS.has(t[i]?.lower ?? '') && t[i + 1]?.lower === 'being' && PREPARED.has(t[i + 2]?.lower ?? '');
  if (EVENT_NOUNS.has(t[k].lower) && preparing(k + 1)) return true;
  // (A comma inside a list of names stays in the phrase: "with the ministers of China, Japan and
  // South Korea is scheduled for Saturday", 1.27.6.)
  const listComma = (i: number) => t[i].lower === ',' && t[i + 1]?.cap === true && s.mentions.some((m) => m.from === i + 1 && m.kind !== 'person');
  if (['between', 'among', 'with', 'on', 'over', 'of', 'in', 'by', 'to'].includes(t[k + 1]?.lower ?? '')) {
    for (let i = k + 2; i < Math.min(t.length - 2, k + 20); i++) {
      const w = t[i].lower;
      if (listComma(i)) continue;
      if (w === ',' || w === ';' || w === 'that' || w === 'which' || w === 'who') break;
      if (BE_FORMS.has(w)) {
        if (PROSPECTIVE.has(t[i + 1].lower) && (t[i + 2].lower === 'to' || (t[i + 2].lower === 'for' && SCHEDULED.has(t[i + 1].lower)))) return true;
        // ("The visit by the Chinese premier to Australia was called off": an event its own verb
        // cancels or puts off did not take place, 1.30.41.)
        if (EVENT_NOUNS.has(t[k].lower) && calledOff(t, i + 1)) return true;
        if (EVENT_NOUNS.has(t[k].lower) && preparing(i)) return true;
        break;
      }
    }
  }
  // "The formal talks between President A and President B will include …": the verb of a
  // noun trigger's subject phrase comes after the parties it names; a modal there is the event's (1.17).
  // ("The meeting of the foreign ministers of A and B will be held in …": the same after "of", 1.27.6.)
  if (['between', 'among', 'with'].includes(t[k + 1]?.lower ?? '') || (t[k + 1]?.lower === 'of' && EVENT_NOUNS.has(t[k].lower))) {
    for (let i = k + 2; i < Math.min(t.length, k + 16); i++) {
      const w = t[i].lower;
      if ((PLANNED_AFTER.has(w) || w === 'shall') && !inDate(i)) return true;
      if (listComma(i)) continue;
      if (!(t[i].cap || NP_WORDS.has(w) || TITLE_WORDS.has(w))) break;
    }
  }
  return false;
}
const BE_FORMS = new Set(['is', 'are', 'was', 'were']);
const PREPARED = new Set(['prepared', 'organised', 'organized', 'arranged', 'planned', 'negotiated']);
const SCHEDULED = new Set(['set', 'due', 'scheduled', 'slated', 'planned', 'expected']);
const PROSPECTIVE = new Set(['about', 'yet', 'set', 'due', 'expected', 'scheduled', 'going', 'slated', 'poised', 'planned']);
const PAST_FORMS = new Set(['was', 'were', 'met', 'held', 'made', 'gave', 'took', 'said', 'told', 'signed', 'spoke', 'paid', 'had', 'came', 'went']);
// Irregular past tenses that are not also a base form or a participle after "have" alone.
const IRREGULAR_PASTS = new Set(['met', 'held', 'made', 'gave', 'took', 'said', 'told', 'spoke', 'paid', 'came', 'went', 'sent', 'left', 'flew', 'led', 'lent', 'wrote', 'saw', 'began', 'became', 'found', 'kept', 'stood', 'brought', 'sought', 'struck', 'won']);
// Base forms that end in "-ed" like a past tense.
const ED_BASES = new Set(['need', 'proceed', 'exceed', 'succeed', 'feed', 'heed', 'speed', 'breed', 'bleed', 'seed', 'embed', 'shed', 'shred', 'wed', 'bed']);
const MODALS_AND_DO = new Set([...MAIN_MODALS, "wouldn't", "couldn't", "shouldn't", 'can', 'cannot', "can't", 'did', 'does', 'do', "didn't", "doesn't", "don't"]);
const AUXILIARIES = new Set(['have', 'has', 'had', 'be', 'been', 'being', 'having']);
/**
 * A modal (or "not" after a modal or "do") at i does not reach a trigger at k told by a finite past
 * verb coordinated after it: a modal takes a base form, so in "said countries should not stir up
 * confrontation and urged Tokyo and Manila to …" the "urged" goes with "said" (1.30.42). Not after an
 * auxiliary that takes a participle ("should have met and signed", "had not met and signed").
 */
function pastConjunctAfter(t: AnalysedSentence['tokens'], i: number, k: number): boolean {
  const w = t[i].lower;
  if (!MAIN_MODALS.has(w) && !((w === 'not' || w === 'never') && MODALS_AND_DO.has(t[i - 1]?.lower ?? ''))) return false;
  for (let j = i + 1; j < k; j++) {
    const x = t[j].lower;
    if (AUXILIARIES.has(x) || CLAUSE_SCOPE.has(x) || x === ',' || x === ';') return false;
    if (x !== 'and') continue;
    const v = ['also', 'then', 'later'].includes(t[j + 1]?.lower ?? '') ? j + 2 : j + 1;
    if (v > k) return false;
    const verb = t[v];
    if (verb && (IRREGULAR_PASTS.has(verb.lower) || (/^\p{Ll}{2,}ed$/u.test(verb.text) && !ED_BASES.has(verb.lower)))) return true;
  }
  return false;
}
const CLOCK = /^(\d{1,2}([.:]\d{2})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight)$/;
const PLAN_VERBS = new Set(['includes', 'include', 'foresees', 'envisages', 'provides']);
const PLAN_NOUNS = new Set(['programme', 'program', 'agenda', 'itinerary', 'schedule']);
const NP_WORDS = new Set(['and', 'the', 'of', 'his', 'her', 'their', 'two', 'both', 'three', 'foreign', 'prime', '-', "'s", 'officials', 'delegations', 'leaders', 'counterparts', 'counterpart', 'ministers', 'presidents', 'heads', 'state', 'government']);

// Sport reports use the words of diplomacy ("Brazil met Germany in the final", "signed a deal").
const SPORT = new Set([
  'match', 'final', 'semi', 'semifinal', 'quarterfinal', 'tournament', 'league', 'cup', 'goal', 'goals', 'striker',
  'midfielder', 'defender', 'goalkeeper', 'coach', 'club', 'squad', 'stadium', 'olympics', 'olympic', 'championship',
  'fixture', 'kickoff', 'innings', 'wicket', 'footballer', 'tennis', 'football', 'soccer', 'cricket', 'rugby',
]);

// Both are pure functions of the sentence, asked by every detector: computed once per sentence.
const sportMemo = new WeakMap<AnalysedSentence, boolean>();
export function isSportContext(s: AnalysedSentence): boolean {
  let v = sportMemo.get(s);
  if (v === undefined) {
    v = sportContext(s);
    sportMemo.set(s, v);
  }
  return v;
}

function sportContext(s: AnalysedSentence): boolean {
  if (!hasAny(s, SPORT)) return false;
  // "the Arab League", "League of Arab States", "League of Nations": a league of states is no sport.
  const t = s.tokens;
  // "the final leg of his tour", "the final communique": "final" before a noun is an adjective (1.8).
  const adjective = (i: number) => ['final', 'open'].includes(t[i].lower) && /^\p{Ll}/u.test(t[i + 1]?.text ?? '') && !['of', 'against', 'in', 'at', 'on', 'with', 'between', 'and', 'was', 'is', 'will'].includes(t[i + 1].lower);
  // ("share common goals", "development goals": a goal is sport only beside another word of sport
  // or a score, 1.15.)
  const goal = (i: number) => ['goal', 'goals'].includes(t[i].lower) && !t.some((y, j) => j !== i && ((SPORT.has(y.lower) && !['goal', 'goals'].includes(y.lower)) || ['scored', 'scoring', 'scores', 'scorer'].includes(y.lower)));
  return t.some((x, i) => SPORT.has(x.lower) && !adjective(i) && !goal(i) && !(x.lower === 'league' && x.cap && (t[i + 1]?.lower === 'of' || t[i - 1]?.lower === 'arab')));
}

const hedgeMemo = new WeakMap<AnalysedSentence, boolean>();
/**
 * A report at second hand: "is said / understood / thought to have met", "according to diplomatic
 * sources", "sources said / told", "citing unnamed officials" (1.30.26).
 */
function reportedBySources(s: AnalysedSentence): boolean {
  const t = s.tokens;
  if ((s.words.has('said') || s.words.has('understood') || s.words.has('thought')) && s.words.has('have')) {
    for (let i = 1; i + 2 < t.length; i++) if (SECOND_HAND.has(t[i].lower) && BE_FORMS.has(t[i - 1].lower) && t[i + 1].lower === 'to' && t[i + 2].lower === 'have') return true;
  }
  if (!s.words.has('sources') && !s.words.has('source') && !s.words.has('unnamed')) return false;
  for (let i = 0; i < t.length; i++) {
    const w = t[i].lower;
    if ((w === 'sources' || w === 'source') && (REPORTING.has(t[i + 1]?.lower ?? '') || t.slice(Math.max(0, i - 4), i).some((x, j, a) => x.lower === 'to' && a[j - 1]?.lower === 'according'))) return true;
    if (w === 'unnamed' || (w === 'citing' && t[i + 1]?.lower === 'sources')) return true;
  }
  return false;
}
const SECOND_HAND = new Set(['said', 'understood', 'thought']);

export function isHedged(s: AnalysedSentence): boolean {
  let v = hedgeMemo.get(s);
  if (v === undefined) {
    v = hasAny(s, HEDGES) || reportedBySources(s);
    hedgeMemo.set(s, v);
  }
  return v;
}

const AFTER_EVENT = new Set(['after', 'since', 'following']);
// "met X and was scheduled to visit Lobito on Wednesday": a later, planned event's date.
const LATER_EVENT = new Set(['scheduled', 'expected', 'will', 'would', 'plans', 'planned', 'due', 'set', 'later', 'then']);

const PURPOSE_VERBS = new Set(['attend', 'meet', 'hold', 'sign', 'join', 'participate', 'take', 'discuss', 'open', 'launch', 'visit', 'address', 'inaugurate', 'witness', 'grace', 'mark', 'celebrate']);

const VISIT_WORDS = new Set(['visit', 'visits', 'visited', 'visiting', 'arrived', 'arrives', 'trip', 'tour']);
const GATHERING_PARTICIPLES = new Set(['held', 'hosted', 'convened', 'organised', 'organized']);

const REPORTING = new Set(['said', 'says', 'told', 'announced', 'stated', 'reported', 'added', 'confirmed']);

/** A date that dates a report: right after a say-verb (and its object) or inside "according to …". */
export function reportDate(s: AnalysedSentence, from: number): boolean {
  const t = s.tokens;
  for (let i = from - 1; i >= Math.max(0, from - 9); i--) {
    const w = t[i].lower;
    if (w === ',' || w === ';') return false;
    if (w === 'according' && t[i + 1]?.lower === 'to') return true;
    if (REPORTING.has(w) && from - i <= 3) return true;
  }
  return false;
}

/** A comma inside a list of countries ("the United States, Japan, Russia and China"). */
function listComma(s: AnalysedSentence, i: number): boolean {
  const j = s.tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1;
  // "met his Armenian counterpart, Turkish President X, and participating ministers": the comma
  // before the list's last "and" (1.9).
  if (s.tokens[i + 1]?.lower === 'and' && s.mentions.some((m) => m.to === i)) return true;
  // ("…, the Netherlands and …": the article may be part of the name's mention, 1.17.1.)
  return s.mentions.some((m) => (m.from === j || m.from === i + 1) && m.kind !== 'person');
}

/** The date written nearest to token k in its clause, if any. */
const COUNT_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/**
 * "two days after … on Monday", "a day before the vote on 3 May": a day-precision date shifted by
 * the stated number of days. `at` is the index of "days".
 */
export function offsetDate(s: AnalysedSentence): { value: string; at: number } | null {
  const t = s.tokens;
  for (let i = 1; i + 1 < t.length; i++) {
    if (t[i].lower !== 'days' && t[i].lower !== 'day') continue;
    const dir = t[i + 1].lower === 'after' ? 1 : t[i + 1].lower === 'before' ? -1 : 0;
    if (!dir) continue;
    const w = t[i - 1].lower;
    const n = Object.prototype.hasOwnProperty.call(COUNT_WORDS, w) ? COUNT_WORDS[w] : /^\d{1,2}$/.test(w) ? Number(w) : null;
    if (n === null) continue;
    const d = s.dates.find((x) => x.from > i + 1 && x.from < i + 16 && /^\d{4}-\d{2}-\d{2}$/.test(x.value));
    if (!d) continue;
    const ms = Date.parse(`${d.value}T00:00:00Z`) + dir * n * 86400000;
    if (!Number.isFinite(ms)) continue;
    return { value: new Date(ms).toISOString().slice(0, 10), at: i };
  }
  return null;
}

const NEW_SUBJECT = new Set(['the', 'they', 'he', 'she', 'both', 'it', 'we']);

const COMMISSIVE = new Set(['agreed', 'agree', 'agrees', 'agreeing', 'pledged', 'pledges', 'promised', 'promises', 'vowed', 'vows', 'committed', 'decided', 'resolved']);
export const DETERMINER_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
// What may stand between "it was" and a cleft's date: "it was only in 2019 that", "it was back on Monday that".
const CLEFT_FILLERS = new Set(['in', 'on', 'during', 'only', 'just', 'back', 'not', 'until', 'at']);

export function dateNear(s: AnalysedSentence, k: number): string | null {
  let best: { d: string; dist: number } | null = null;
  const from = clauseStart(s, k);
  const to = clauseEnd(s, k);
  // "The vote came two days after talks on Monday": the event is dated by the offset.
  const off = s.words.has('days') || s.words.has('day') ? offsetDate(s) : null;
  if (off && off.at > k && off.at - k <= 6 && off.at < to) return off.value;
  const future = s.tokens.slice(from, k).some((x) => x.lower === 'will' || x.lower === 'shall');
  // ("It was 60 years ago that A welcomed B", "it was in 2019 that …": a cleft's date is the clause's, 1.21.12.)
  if (s.tokens[from - 1]?.lower === 'that') {
    const cleft = s.dates.find((d) => {
      if (d.to !== from - 1) return false;
      let j = d.from - 1;
      while (j >= 0 && d.from - j <= 3 && CLEFT_FILLERS.has(s.tokens[j].lower)) j--;
      return ['was', 'is'].includes(s.tokens[j]?.lower ?? '') && s.tokens[j - 1]?.lower === 'it';
    });
    if (cleft) return cleft.value;
  }
  for (const d of s.dates) {
    if (d.from < from || d.to > to) continue;
    // "through Thursday", "until May": the end of a span, not the event's date.
    // ("Modi's third visit to Nepal since 2014": the start of a span neither, 1.29.7.)
    // (But "since June 2009, when they met in X": the "when" clause after it tells an event of that date, 1.30.1.)
    const whenAfter = s.tokens[d.to]?.lower === ',' && s.tokens[d.to + 1]?.lower === 'when' && k > d.to + 1;
    if (SPAN_ENDS.has(s.tokens[d.from - 1]?.lower ?? '') && !whenAfter) continue;
    // "said on Monday", "according to the ministry on Monday": the date of the report.
    if (reportDate(s, d.from)) continue;
    // After the trigger, a comma opens an aside about something else (", founded in 2018"), and
    // "after / since / following" open another event ("the vote came two days after talks on Monday").
    // ("shortly after ten yesterday morning": "after" before a clock time is no other event, 1.17.)
    if (d.from > k && s.tokens.slice(k, d.from).some((x, j) => (x.lower === ',' && !listComma(s, k + j) && !closedAside(s.tokens, k, d.from)) || (AFTER_EVENT.has(x.lower) && !CLOCK.test(s.tokens[k + j + 1]?.lower ?? '')) || LATER_EVENT.has(x.lower))) continue;
    // "X visited Jeddah last year, and the two leaders met in November": before the trigger, ", and" with a
    // new subject opens another clause; the date before it is the earlier clause's (1.12).
    if (d.to <= k && s.tokens.slice(d.to, k).some((x, j, a) => x.lower === ',' && a[j + 1]?.lower === 'and' && NEW_SUBJECT.has(a[j + 2]?.lower ?? ''))) continue;
    // "Japan will provide … when the minister visits on Sunday": a weekday is resolved backwards from
    // publication, which is wrong in a future clause; the event is dated otherwise (1.8).
    if (future && WEEKDAY_NAMES.has(s.tokens[d.to - 1]?.lower ?? '')) continue;
    // ("is visiting Pakistan for talks and the session of the council being held in Islamabad on March
    // 22-23": a gathering the visit is for, described by its own participle, has its own date, 1.28.0.)
    if (d.from > k && VISIT_WORDS.has(s.tokens[k].lower) && s.tokens.slice(k + 2, d.from).some((x, j) => GATHERING_PARTICIPLES.has(x.lower) && ['being', 'be'].includes(s.tokens[k + 1 + j]?.lower ?? ''))) continue;
    // "arrived in Hanoi to attend the summit on February 27-28": the purpose's date, not the arrival's (1.8).
    if (d.from > k && s.tokens.slice(k + 1, d.from).some((x, j) => x.lower === 'to' && PURPOSE_VERBS.has(s.tokens[k + 2 + j]?.lower ?? ''))) continue;
    // "agreed to finish the road in 2027", "pledged to hold elections in March": a commitment's
    // infinitive names a later act, and a date after it is that act's, not the commitment's (1.17).
    if (d.from > k && COMMISSIVE.has(s.tokens[k]?.lower ?? "") && s.tokens.slice(k + 1, d.from).some((x, j) => x.lower === 'to' && /^\p{Ll}/u.test(s.tokens[k + 2 + j]?.text ?? '') && !DETERMINER_WORDS.has(s.tokens[k + 2 + j]?.lower ?? ''))) continue;
    // "The Malian envoy, whose term began in March, flew to Dakar on Friday": a date inside
    // a relative clause closed before the trigger is that clause's (1.18).
    if (d.to <= k && closedRelativeAround(s.tokens, d.from, d.to, k)) continue;
    // "returned home on Friday after a brief tour, during which she held talks with …": an event told in a
    // "during / in which" clause about an earlier or later event ("after / before …") is not dated by
    // the main clause before it ("a trip that began Thursday, during which he visited …" is) (1.18).
    if (d.to <= k && s.tokens.slice(d.to, k).some((x, j, a) => x.lower === 'which' && ['during', 'in', 'at', 'throughout'].includes(a[j - 1]?.lower ?? '') && a[j - 2]?.lower === ',' && a.slice(0, j).some((y) => AFTER_EVENT.has(y.lower) || y.lower === 'before'))) continue;
    const dist = d.from >= k ? d.from - k : k - d.to;
    if (!best || dist < best.dist) best = { d: d.value, dist };
  }
  return best?.d ?? null;
}

// The verb of the trigger's own clause after an aside: "The last meeting of the commission, formed
// in 1998, was held in Dhaka in 2005".
const CLAUSE_VERBS_AFTER_ASIDE = new Set(['was', 'were', 'took', 'is', 'are']);
/** The commas between k and `to` are one aside, closed before the trigger's clause goes on with its verb (1.30.2). */
function closedAside(t: { lower: string }[], k: number, to: number): boolean {
  const commas: number[] = [];
  for (let i = k + 1; i < to; i++) if (t[i].lower === ',') commas.push(i);
  return commas.length === 2 && commas[1] - commas[0] <= 8 && CLAUSE_VERBS_AFTER_ASIDE.has(t[commas[1] + 1]?.lower ?? '');
}

export const RELATIVE_WORDS: ReadonlySet<string> = new Set(['who', 'which', 'whose']);
/** Tokens [from, to) sit in a ", who / which …," clause that closes before token k. */
function closedRelativeAround(t: { lower: string }[], from: number, to: number, k: number): boolean {
  let open = -1;
  for (let i = from - 1; i >= 0 && i >= from - 12; i--) {
    if (t[i].lower === ',') {
      if (RELATIVE_WORDS.has(t[i + 1]?.lower ?? '')) open = i;
      break;
    }
  }
  if (open < 0) return false;
  for (let i = to; i < k; i++) if (t[i].lower === ',') return true;
  return false;
}

/** True when the sentence contains one of the words (cheap pre-check before a detector runs; `words` a constant set). */
export function hasAny(s: AnalysedSentence, words: ReadonlySet<string>): boolean {
  return containsAny(s.words, words);
}

export function indexOfAny(s: AnalysedSentence, words: ReadonlySet<string>, from = 0): number[] {
  const out: number[] = [];
  for (let i = from; i < s.tokens.length; i++) if (words.has(s.tokens[i].lower)) out.push(i);
  return out;
}

// Verbs of a stance on something done: what they take is judged, not done by their subject.
const JUDGE = new Set(['condemned', 'condemns', 'criticised', 'criticized', 'criticises', 'criticizes', 'denounced', 'denounces', 'slammed', 'slams', 'welcomed', 'welcomes', 'praised', 'praises', 'hailed', 'hails', 'rejected', 'rejects', 'dismissed', 'dismisses', 'protested', 'lauded', 'applauded', 'described', 'describes', 'branded', 'brands', 'termed', 'terms']);
/** The event noun at k is the object of a verb of stance: "condemned the (trilateral) meeting", "the visit" (1.30.40). */
export function judgedEvent(t: AnalysedSentence['tokens'], k: number): boolean {
  let j = k - 1;
  while (j > 0 && k - j <= 4 && (['the', 'a', 'this', 'that', 'their', 'its', 'latest', 'recent'].includes(t[j].lower) || /^\p{Ll}+$/u.test(t[j].text)) && !JUDGE.has(t[j].lower)) j--;
  return JUDGE.has(t[j]?.lower ?? '');
}
