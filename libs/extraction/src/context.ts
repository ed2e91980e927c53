/**
 * What a reader carries from sentence to sentence: the story's date, the pair of countries being
 * discussed ("the two sides"), where the story happens, and the vote or aid being reported.
 */
import type { Location, Tally } from '../../domain/src/facts/fact.types';
import type { AnalysedSentence, Analysis, CountryMention } from './analysis';
import { reportDate } from './clause';
import { datelineEnd } from './roles';
import { placeText } from './text/span-text';
import { TRIP_NOUNS } from './text/words';
import type { Candidate } from './detectors/candidate';
import type { InstrumentList } from './detectors/instrument-list';

export interface VoteContext {
  body: string | null;
  concerning: string[];
  subject: string | null;
  symbol?: string | null;
  date: string | null;
  tally: Tally;
  /** Sizes of the bodies the article gives ("the 15-member Security Council"): a vote's total there. */
  sizes?: Map<string, number>;
  /** The body of the votes a sentence told, for "that vote" in the next (1.30.46). */
  last?: { sentence: number; body: string | null; date: string | null; own: boolean };
  /** The resolution a sentence names itself, with the states it concerns (1.30.44). */
  named?: { sentence: number; concerning: string[]; subject: string | null };
}

export interface Context {
  /** Date of the reported news: the first day named in the article that is near publication. */
  storyDate: string | null;
  /** A list of signed instruments under way (detectors/instrument-list.ts, 1.18.5). */
  instrumentList?: InstrumentList | null;
  /** The last two countries a fact was about: the referent of "the two sides", "the ministers". */
  pair: string[] | null;
  /** Earlier pairs, most recent last (a few): "the two sides" beside one named side is its latest pair. */
  pairs: string[][];
  /** Where the story takes place (the last meeting's place, else the dateline). */
  location: Location | null;
  vote: VoteContext;
  aidRecipient: string | null;
  /** The state whose aid the article is about ("China's aid for flood victims", a pledge's donor): the giver of a later passive "was handed over to X" (1.13). */
  aidDonor: string | null;
  /** The aid recipient was read as the country a disaster struck (1.8). */
  disasterRecipient: boolean;
  /** The last amount named (not a conversion) and its sentence: the value of "the agreement" later on. */
  lastMoney: { amount: number; currency: string | null; sentence: number } | null;
  /** The last official named, the referent of a sentence-initial "he" / "she". */
  lastPerson: CountryMention | null;
  /** The officials named in the last sentence that named any (for a bare "the president"). */
  lastPeople: CountryMention[];
  /** The host of the last visit told of each visitor: where a later "X's visit" with no place went (1.30.5). */
  visitHosts: Map<string, string>;
  /** Pledges whose recipient the sentence did not name; settled at the end of the article, if at all. */
  pendingPledges: Candidate[];
  /** The last country whose ministry or government acted: the referent of a later "the ministry said". */
  lastGovernment: string | null;
  /** Countries named anywhere in the article, for the one-country agreement with an organisation. */
  articleCountries: string[];
  /** The last group of three or more countries that met: the referent of a later "the trilateral summit". */
  group: string[] | null;
  /** The last summons of foreign envoys: who summoned whom, awaiting the demand that makes it an appeal. */
  summons: { from: string; to: string[]; sentence: number; date: string | null; dateExplicit: boolean } | null;
  /**
   * The last states named together as one plural subject ("the foreign ministers of A, B and C",
   * "A, B and C"): the referent of a later "They" / "The ministers" (1.8).
   */
  actorList: { states: string[]; sentence: number } | null;
  /** Appeals told so far (from, to, sentence): a later "They called on X" restates a member's own. */
  appeals: { from: string; to: string; sentence: number }[];
  /** The last meeting named was held remotely ("a virtual meeting"): a later "this meeting" is that one (1.12). */
  remoteMeeting: boolean;
  /** Pairs (sorted keys) whose meeting the article has told so far (1.17). */
  metPairs: Set<string>;
  /** A call, video link or letter was named somewhere before (1.17). */
  remoteSeen: boolean;
  /** "X held bilateral meetings with his counterparts from the member states": the state meeting a series of guests not yet named (1.14). */
  meetingSeriesHost: string | null;
  /** Countries the title places the story in (1.9). */
  titlePlaces: string[];
  /** The article's sentences (read only): what earlier sentences named (1.9). */
  sentences: readonly AnalysedSentence[];
}

const CLOCK_TIME = /^(\d{1,2}([.:]\d{2})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight)$/;

/**
 * Whether token i of the sentence stands inside quotation marks opened in the sentence. ('’' closes
 * nothing: it is also the apostrophe.)
 */
function quoted(s: AnalysedSentence, i: number): boolean {
  let open = false;
  for (let j = 0; j < i; j++) {
    const x = s.tokens[j].text;
    if (x === '"') open = !open;
    else if (x === '“' || x === '‘') open = true;
    else if (x === '”') open = false;
  }
  return open;
}

/** A day (YYYY-MM-DD) at most a week before publication, the day itself included. */
function withinWeekBefore(pub: Date, day: string): boolean {
  const diff = (pub.getTime() - Date.parse(`${day}T00:00:00Z`)) / 86400000;
  return diff >= 0 && diff <= 7;
}

/** A dateline split off as a sentence of its own near the top: "GENEVA, April 5." (no lower-case word). */
function datelineAlone(s: AnalysedSentence): boolean {
  return s.index <= 2 && /^\p{Lu}{2,}$/u.test(s.tokens[0]?.text ?? '') && !s.tokens.some((t) => /^\p{Ll}/u.test(t.text));
}

export function initialContext(a: Analysis): Context {
  let storyDate: string | null = null;
  const pub = a.published;
  if (pub) {
    // ("GENEVA, April 5 (TASS) – …": the dateline's day is the day the report was filed, 1.19.)
    const head = a.sentences[0];
    const dateline = head?.start === 0 ? datelineEnd(head.tokens) : 0;
    for (const s of a.sentences) {
      const d = s.dates.find((x) => {
        if ((s.index === 0 && x.from < dateline) || datelineAlone(s)) return false;
        // ('"Met FM X this afternoon," he posted': a day inside a quotation is the speaker's, 1.19.)
        if (quoted(s, x.from)) return false;
        // "the Foreign Office said today": the report's day, not the story's.
        if (x.precision !== 'day' || reportDate(s, x.from)) return false;
        // "came two days after a debate on Monday": another event's day.
        // ("shortly after ten yesterday morning": "after" before a clock time, 1.17.)
        if (s.tokens.slice(Math.max(0, x.from - 8), x.from).some((t, i, a) => (t.lower === 'after' || t.lower === 'since' || t.lower === 'following') && !(i + 1 < a.length && CLOCK_TIME.test(a[i + 1].lower)))) return false;
        // "the death toll rose to 28,881 as of 2 p.m. Friday": a count's cut-off time, not the story's day (1.11).
        if (s.tokens.slice(Math.max(0, x.from - 10), x.from).some((t, i, a) => t.lower === 'as' && a[i + 1]?.lower === 'of')) return false;
        // "On Monday, Jordan will host a meeting": a planned event's day is not the story's (1.8).
        // (A weekday is resolved backwards from publication, which is wrong for the future; a written date stays.)
        if (WEEKDAYS.has(s.tokens[x.to - 1]?.lower ?? '') && futureClause(s.tokens, x.from)) return false;
        // ("called a new rally on Independence Square for Sunday": a weekday after "for" is the day of
        // something arranged, resolved backwards only for want of a tense, 1.30.58.)
        if (WEEKDAYS.has(s.tokens[x.to - 1]?.lower ?? '') && s.tokens[x.from - 1]?.lower === 'for') return false;
        // "Yesterday, the Prime Minister also held talks with …": a later sentence's other event, told
        // in addition to the lead, is not the story's day (1.15).
        if (s.index > 0 && x.from <= 2 && s.tokens.slice(x.to, x.to + 8).some((t) => t.lower === 'also')) return false;
        return withinWeekBefore(pub, x.value);
      });
      if (d) {
        // "arrived back on December 23, wrapping up a state visit": the trip's last day; what happened
        // on it is dated by the month (1.12).
        storyDate = endOfTrip(s.tokens) ? d.value.slice(0, 7) : d.value;
        break;
      }
    }
    // Only report days ("China announced on Tuesday that …"): the report's day is the story's.
    for (const s of a.sentences) {
      if (storyDate) break;
      const d = s.dates.find((x) => x.precision === 'day' && reportDate(s, x.from) && !quoted(s, x.from) && withinWeekBefore(pub, x.value));
      if (d) storyDate = d.value;
    }
    // With no day of its own in the body, the article allows only the month it was published in:
    // "the two sides signed an MoU" in a report of the 14th may have been signed on the 13th, and
    // a dateline's day ("ACCRA, June 11 (GNA) –") is the day the report was filed, not the day of
    // what it tells (1.19; 1.18 took the dateline's day).
    storyDate ??= pub.toISOString().slice(0, 7);
  }
  // A dateline is the article's first token(s) in capitals or followed by a separator.
  let location: Location | null = null;
  const first = a.sentences[0];
  if (first) {
    const m = first.mentions.find((x) => x.from <= 1 && x.role === 'location' && (x.kind === 'capital' || x.kind === 'name' || x.kind === 'city'));
    if (m) location = { city: m.kind === 'capital' || m.kind === 'city' ? placeText(first, m.from, m.to) : null, country: m.iso3 };
  }
  const counts = new Map<string, number>();
  for (const s of a.sentences) for (const m of s.mentions) if (m.kind !== 'city') counts.set(m.iso3, (counts.get(m.iso3) ?? 0) + 1);
  return {
    storyDate,
    pair: null,
    pairs: [],
    location,
    vote: { body: null, concerning: [], subject: null, date: null, tally: {} },
    aidRecipient: null,
    aidDonor: null,
    disasterRecipient: false,
    lastPerson: null,
    lastPeople: [],
    lastMoney: null,
    pendingPledges: [],
    visitHosts: new Map(),
    lastGovernment: null,
    articleCountries: [...counts.keys()],
    summons: null,
    group: null,
    actorList: null,
    appeals: [],
    remoteMeeting: false,
    metPairs: new Set(),
    remoteSeen: false,
    meetingSeriesHost: null,
    sentences: a.sentences,
    titlePlaces: a.titlePlaces,
  };
}

/** Records the pair a fact was about: the referent of a later "the two sides". */
export function setPair(ctx: Context, pair: string[]): void {
  ctx.pair = pair;
  ctx.pairs = [...ctx.pairs.filter((p) => p.join() !== pair.join()).slice(-5), pair];
}

/**
 * The pair "the two sides" / "the ministers" refers to, given the countries the clause names
 * itself: none → the last pair; one → the latest pair that includes it.
 */
export function pairFor(ctx: Context, named: string[]): string[] | null {
  if (named.length === 0) return ctx.pair;
  if (named.length !== 1) return null;
  for (let i = ctx.pairs.length - 1; i >= 0; i--) if (ctx.pairs[i].includes(named[0])) return ctx.pairs[i];
  // No fact has told a pair yet: the discourse's two states, when the one named is among them (1.13).
  return ctx.pairs.length === 0 && ctx.pair?.includes(named[0]) ? ctx.pair : null;
}

const GROUP_NUMBERS: Record<string, number> = { two: 2, both: 2, three: 3, four: 4, five: 5, six: 6 };

/**
 * The group "the three ministers" / "the sides" refers to: the last multilateral meeting's
 * participants, when the subject counts them ("the three") or no pair has been told at all.
 */
export function groupFor(ctx: Context, subject: readonly string[], named: readonly string[]): string[] | null {
  const g = ctx.group;
  if (!g || !named.every((c) => g.includes(c))) return null;
  const counted = subject.map((w) => (Object.prototype.hasOwnProperty.call(GROUP_NUMBERS, w) ? GROUP_NUMBERS[w] : undefined)).find((n) => n !== undefined);
  if (counted !== undefined) return counted === g.length ? [...g] : null;
  return ctx.pair === null && ctx.pairs.length === 0 && subject.some((w) => GROUP_ANAPHORA.has(w)) ? [...g] : null;
}

const GROUP_ANAPHORA = new Set(['ministers', 'leaders', 'sides', 'countries', 'nations', 'governments', 'delegations', 'presidents', 'parties', 'they', 'officials', 'diplomats']);

const LIST_HEADS = new Set(['ministers', 'leaders', 'presidents', 'heads', 'governments', 'representatives', 'delegations', 'officials', 'premiers', 'envoys']);

/**
 * States listed together as one plural actor: "the foreign ministers of A, B, C and D" (a plural
 * office noun + "of" + a coordinated list), or a coordinated list of three or more acting names.
 * Returns the states in order, or null.
 */
export function actorListIn(s: { tokens: { lower: string }[]; mentions: CountryMention[] }): string[] | null {
  if (s.mentions.length < 2) return null;
  const t = s.tokens;
  const ms = s.mentions.filter((m) => m.kind !== 'person' && m.role === 'actor');
  if (ms.length < 2) return null;
  for (let i = 0; i < ms.length; i++) {
    const first = ms[i];
    const lead = t[first.from - 1]?.lower === 'the' ? first.from - 2 : first.from - 1;
    const ofList = t[lead]?.lower === 'of' && LIST_HEADS.has(t[lead - 1]?.lower ?? '');
    const out = [first.iso3];
    let end = first.to;
    for (let j = i + 1; j < ms.length; j++) {
      let g = end;
      let joined = false;
      while (g < ms[j].from && (t[g].lower === ',' || t[g].lower === 'and' || t[g].lower === 'the')) {
        joined = true;
        g++;
      }
      if (!joined || g !== ms[j].from) break;
      out.push(ms[j].iso3);
      end = ms[j].to;
    }
    const states = [...new Set(out)];
    if ((ofList && states.length >= 2) || states.length >= 3) return states;
  }
  return null;
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const FUTURE = new Set(['will', 'shall', "'ll", 'scheduled', 'expected', 'due', 'slated']);

/** The clause holding token i is about the future: a future modal before the next stop. */
function futureClause(tokens: readonly { lower: string }[], i: number): boolean {
  let a = i;
  while (a > 0 && ![';', '.', 'that', 'but', 'while'].includes(tokens[a - 1].lower)) a--;
  for (let j = a; j < tokens.length && j < i + 12; j++) {
    const w = tokens[j].lower;
    if (j > i && [';', '.', 'but', 'while', 'and'].includes(w)) break;
    if (FUTURE.has(w)) return true;
  }
  return false;
}

const WRAP_UP = new Set(['wrapping', 'wrapped', 'concluding', 'concluded', 'ending', 'ended', 'winding', 'rounding', 'completing', 'completed']);

/**
 * "returned home on Sunday, concluding a three-day visit to X": a sentence whose day is the end of a
 * trip, told by a wrap-up verb with a trip noun as its object (1.12).
 */
export function endOfTrip(tokens: readonly { lower: string }[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!WRAP_UP.has(tokens[i].lower)) continue;
    if (tokens.slice(i + 1, i + 6).some((x) => TRIP_NOUNS.has(x.lower))) return true;
  }
  return false;
}
