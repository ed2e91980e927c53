/** VisitMade: only with visit / travel / arrive wording (ANNOTATION.md). */
import type { AnalysedSentence, CountryMention } from '../analysis';
import { andConjuncts, clauseEnd, clauseStart, dateNear, distinct, frontedIrrealis, hasAny, isHedged, isIrrealis, isSportContext, judgedEvent } from '../clause';
import type { Context } from '../context';
import type { Candidate } from './candidate';
import { ONWARD_ADVERBS, TITLE_WORDS } from '../text/words';
import { datelineEnd, placeAdjectiveSpan } from '../roles';

/** A visit found in sentence `s`: dated `date` (`explicit` when the sentence wrote it), hedged as the sentence is. */
function visitOf(s: AnalysedSentence, visitor: string, host: string, people: string[], date: string | null, explicit: boolean, confidence: number): Candidate {
  return { type: 'VisitMade', visitor, host, people, date, dateExplicit: explicit, confidence, modality: isHedged(s) ? 'hedged' : 'asserted', sentence: s.index };
}


const VERB_ARRIVALS = new Set(['arrived', 'arrives', 'landed', 'reached', 'visited', 'travelled', 'traveled', 'flew']);
const SUBORDINATORS = new Set(['as', 'when', 'while', 'after', 'before', 'since', 'because']);
/** A subordinator between `from` and the verb at k opening a subject of words with no state ("as nine freed detainees arrived"). */
function subjectOfItsOwn(s: AnalysedSentence, from: number, k: number): boolean {
  const t = s.tokens;
  let sub = -1;
  for (let i = k - 2; i >= from; i--) if (SUBORDINATORS.has(t[i].lower)) { sub = i; break; }
  if (sub < 0 || /^\p{Ll}+ing$/u.test(t[sub + 1].text)) return false;
  return !s.mentions.some((m) => m.from > sub && m.to <= k);
}
const AWAITING = new Set(['awaiting', 'await', 'awaits', 'awaited', 'expecting', 'expect', 'expects', 'expected', 'anticipating', 'preparing']);
// What follows an arrival that names no destination: "arrived by train", "arrived on Friday", "arrived, …".
const NO_DESTINATION = new Set(['by', 'on', 'yesterday', 'today', 'earlier', 'overnight', 'late', 'last', 'this', ',', '.']);
const ARRIVALS: ReadonlySet<string> = new Set(['arrived', 'arrives', 'arrival', 'landed', 'reached', 'reaches']);
// Things sent, as the head of an arrival's subject.
const GOODS: ReadonlySet<string> = new Set(['supplies', 'goods', 'aid', 'relief', 'consignment', 'consignments', 'shipment', 'shipments', 'cargo', 'items', 'vaccines', 'doses', 'equipment', 'medicines', 'tents', 'donations', 'donation', 'assistance', 'parcels']);
const TRIGGERS_LIST = ['visit', 'visits', 'visited', 'visiting', 'trip', 'trips', 'tour', 'travelled', 'traveled', 'travels', 'arrived', 'arrives', 'arrival', 'flew', 'landed', 'toured'];
const TRIGGERS = new Set(TRIGGERS_LIST);
const DEPART = new Set(['left', 'leaves', 'departed', 'headed', 'heads', 'proceeded', 'reached']);
const DEPART_PREP = new Set(['for', 'to']);
// "…, before travelling to Qatar", "after flying to Doha": the next or previous leg of a trip told in the
// main clause's tense (1.12).
// ("before travelling on to Poland", "before flying onward to Doha": an adverb of going on may stand
// before "to"; "before arriving in Ghana": the next leg's arrival, 1.30.55.)
const ONWARD = new Set(['travelling', 'traveling', 'flying', 'heading', 'leaving', 'departing', 'proceeding']);
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'last', 'latest']);
const TRIP_WORDS = new Set(['visit', 'trip', 'tour', 'one', 'such']);
const AHEAD = new Set(['will', 'would', 'scheduled', 'expected', 'due', 'plans', 'planned', 'planning', 'shall']);
const ONWARD_ARRIVALS = new Set(['arriving', 'landing']);
function onwardLeg(t: AnalysedSentence['tokens'], k: number): boolean {
  if (t[k - 1]?.lower !== 'before' && t[k - 1]?.lower !== 'after') return false;
  if (ONWARD_ARRIVALS.has(t[k].lower)) return t[k - 1].lower === 'before' && (t[k + 1]?.lower === 'in' || t[k + 1]?.lower === 'at');
  const prep = ONWARD_ADVERBS.has(t[k + 1]?.lower ?? '') ? k + 2 : k + 1;
  return ONWARD.has(t[k].lower) && DEPART_PREP.has(t[prep]?.lower ?? '');
}
// A visit discussed, prepared or invited is not one that happened.
const VISIT_TOPIC = new Set(['discuss', 'discussed', 'discusses', 'discussing', 'about', 'regarding', 'prepare', 'prepared', 'preparing', 'preparations', 'invitation', 'invited', 'invite', 'upcoming', 'proposed', 'planned', 'possible']);
// ("my visit to Iran", "our visit": the first person of a state's release, 1.30.1.)
const DETERMINERS = new Set(['a', 'an', 'his', 'her', 'their', 'its', "'s", 'the', 'this', 'official', 'state', 'my', 'our']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their']);
// Lower-case words ending in "s" that are no plural noun before "visiting" ("was / is visiting", "as visiting").
const NOT_NOUNS_BEFORE = new Set(['was', 'is', 'has', 'as', 'its', 'this', 'thus', 'his', 'always', 'perhaps', 'sometimes', 'afterwards', 'besides', 'towards', 'across', 'whereas', 'yes', 'us']);
// Words that open a noun phrase of their own: a possessive "'s" before one belongs to another phrase.
const PHRASE_OPENERS = new Set(['his', 'her', 'their', 'my', 'our', 'its', 'your']);
const OBJECT_PREPS = new Set(['with', 'by', 'to', 'for', 'from', 'on']);
/** The name or title run ending before token i is the object of a preposition ("with Omani Premier …"). */
function prepositionObject(t: { lower: string; cap: boolean }[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
    if (OBJECT_PREPS.has(t[j].lower)) return true;
    if (!(t[j].cap || t[j].lower === 'the' || t[j].lower === "'s" || t[j].lower === '-')) return false;
  }
  return false;
}
const ANY_VISIT = new Set([...TRIGGERS_LIST, 'visiting', 'left', 'leaves', 'departed', 'headed', 'heads', 'proceeded', 'reached', 'came', 'comes', 'travelling', 'traveling', 'flying', 'heading', 'leaving', 'departing', 'proceeding']);
// Words between the trigger and its destination.
const BRIDGE = new Set(['to', 'in', 'at', 'the', 'into', 'official', 'state', 'a', 'an', 'first', 'working', 'for', 'on', 'onward', 'onwards']);

// "a visit by Her Excellency X": a style of address before a name (1.12).
const HONORIFICS = new Set(['his', 'her', 'their', 'excellency', 'excellencies', 'majesty', 'highness', 'royal', 'honourable', 'honorable', 'hon', 'rt', 'right']);

/**
 * "by Samia Suluhu Hassan, President of the United Republic of Tanzania to …": a name followed by an
 * office of a state in apposition; the state is the visitor's (1.12).
 */
function appositiveOffice(s: AnalysedSentence, b: number, end: number): CountryMention | undefined {
  const t = s.tokens;
  let i = b;
  while (i < end && i < b + 5 && t[i].cap && !s.mentions.some((m) => m.from === i)) i++;
  if (i === b || t[i]?.lower !== ',') return undefined;
  let j = i + 1;
  if (t[j]?.lower === 'the') j++;
  const title = j;
  while (j < end && j < title + 4 && TITLE_WORDS.has(t[j].lower)) j++;
  if (j === title || t[j]?.lower !== 'of') return undefined;
  // "of the United Republic of Tanzania": a state's style before its name.
  const at = t[j + 1]?.lower === 'the' ? j + 2 : j + 1;
  return s.mentions.find((x) => x.kind === 'name' && (x.from === at || x.from === j + 1 || (x.from > at && x.from <= at + 4 && t[x.from - 1]?.lower === 'of' && t.slice(at, x.from - 1).every((y) => y.cap))));
}

const STATE_STYLES = new Set(['republic', 'kingdom', 'state', 'federation', 'commonwealth', 'sultanate', 'emirate', 'principality', 'confederation']);

// Parts of a state: "the Red Sea regions of Eritrea", "the northern provinces of Chile".
const PLACE_PARTS = new Set(['region', 'regions', 'province', 'provinces', 'parts', 'part', 'areas', 'area', 'districts', 'district', 'states', 'cities', 'capital', 'north', 'south', 'east', 'west']);
const PLACE_NOUNS = new Set(['city', 'town', 'port', 'province', 'region', 'island', 'village', 'resort']);

function hostsAfter(s: AnalysedSentence, k: number, end: number): CountryMention[] {
  const out: CountryMention[] = [];
  let i = k + 1;
  while (i < end && BRIDGE.has(s.tokens[i].lower)) i++;
  // "arrived in neighbouring Djibouti", "flew to war-torn Sudan" (1.12).
  for (let n = 1; n <= 3; n++) if (s.mentions.some((m) => m.from === i + n && placeAdjectiveSpan(s.tokens, m.from) === n)) i += n;
  // "arrived in the western Kenyan city of Kisumu": a demonym before a noun of place is the
  // place's state (1.17).
  if (s.tokens[i - 1]?.lower === 'the') {
    let j = i;
    while (j < i + 2 && j < end && /^\p{Ll}+$/u.test(s.tokens[j].text) && !PLACE_NOUNS.has(s.tokens[j].lower)) j++;
    const dm = s.mentions.find((m) => m.from === j && m.kind === 'demonym' && PLACE_NOUNS.has(s.tokens[m.to]?.lower ?? '') && s.tokens[m.to + 1]?.lower === 'of');
    if (dm) return [dm];
  }
  // "a visit to the President of the Federal Republic of Nigeria": the office's country (1.8).
  if (s.tokens[i - 1]?.lower === 'the' && TITLE_WORDS.has(s.tokens[i]?.lower ?? '')) {
    let j = i;
    while (j < end && j < i + 4 && TITLE_WORDS.has(s.tokens[j].lower)) j++;
    if (s.tokens[j]?.lower === 'of') i = s.tokens[j + 1]?.lower === 'the' ? j + 2 : j + 1;
  }
  // "the Republic of Togo": a state's style before its name (also with no office before it, 1.12).
  if (s.tokens[i - 1]?.lower === 'the' && !s.mentions.some((m) => m.from === i)) {
    const named = s.mentions.find((m) => m.from > i && m.from <= i + 4 && s.tokens[m.from - 1]?.lower === 'of' && s.tokens.slice(i, m.from - 1).every((x) => x.cap && !TITLE_WORDS.has(x.lower)) && STATE_STYLES.has(s.tokens[m.from - 2]?.lower ?? ''));
    if (named) i = named.from;
  }
  // "arrived at the White House": a seat's form may begin with its own "the" (1.14).
  if (s.tokens[i - 1]?.lower === 'the' && s.mentions.some((x) => x.from === i - 1 && x.kind === 'seat')) i--;
  for (;;) {
    // "into the Vietnamese capital": a demonym naming a capital is the place (1.8).
    const m = s.mentions.find((x) => x.from === i && x.kind !== 'person' && (x.kind !== 'demonym' || (s.tokens[x.to]?.lower === 'capital' && s.tokens[i - 1]?.lower === 'the')));
    if (!m) break;
    out.push(m);
    i = m.kind === 'demonym' ? m.to + 1 : m.to;
    while (i < end && (s.tokens[i].lower === ',' || s.tokens[i].lower === 'and' || s.tokens[i].lower === 'the')) i++;
    // "first to Caracas and then to Managua".
    if (s.tokens[i - 1]?.lower === 'and' && s.tokens[i]?.lower === 'then' && s.tokens[i + 1]?.lower === 'to') i += 2;
  }
  return out;
}

/** "received visiting Cuban Prime Minister X in Hanoi": the visitor follows, the host is the place or the receiver. */
function visitingGuest(s: AnalysedSentence, ctx: Context): Candidate[] {
  const t = s.tokens;
  const k = t.findIndex((x, i) => x.lower === 'visiting' && i > 0 && ['received', 'receives', 'met', 'hosted', 'welcomed', 'greeted', 'with'].includes(t[i - 1].lower));
  if (k < 0) return attributiveVisitor(s, ctx);
  // "received visiting Defence Minister X": titles may stand between "visiting" and the guest.
  let g = k + 1;
  while (g < t.length && g < k + 5 && TITLE_WORDS.has(t[g].lower) && !s.mentions.some((m) => m.from === g)) g++;
  const guest = s.mentions.find((m) => m.from === g && m.role === 'actor');
  if (!guest) return [];
  const place = s.mentions.find((m) => m.role === 'location' && m.from > k && (m.kind === 'capital' || m.kind === 'name' || m.kind === 'city'));
  const receiver = s.mentions.filter((m) => m.to <= k && m.role === 'actor').pop();
  const host = place?.iso3 ?? receiver?.iso3;
  if (!host || host === guest.iso3 || isIrrealis(s, k - 1)) return [];
  const date = dateNear(s, k);
  return [visitOf(s, guest.iso3, host, [], date ?? ctx.storyDate, date !== null, 0.75)];
}

/**
 * "The visiting president of Ghana", "and visiting Belarusian Foreign Minister X": a guest described
 * as visiting is on a visit. The host is the place named in the sentence, else the one other state
 * acting in it, else the story's place.
 */
function attributiveVisitor(s: AnalysedSentence, ctx: Context): Candidate[] {
  const t = s.tokens;
  // ("his visiting Japanese counterpart": a possessive before "visiting" too, 1.8.)
  // ("inked in the presence of visiting Chilean leader X": after "of" too, 1.18.9.)
  const k = t.findIndex((x, i) => x.lower === 'visiting' && (i === 0 || ['the', 'and', ',', 'a', 'with', 'by', '-', '—', '–', ')', ':', 'his', 'her', 'their', 'of'].includes(t[i - 1].lower)));
  if (k < 0 || isIrrealis(s, k)) return [];
  let b = k + 1;
  while (b < t.length && b < k + 5 && (TITLE_WORDS.has(t[b].lower) || t[b].lower === 'of' || t[b].lower === 'the')) b++;
  // ("his visiting Thai counterpart": a name used as a demonym before a title, 1.8.)
  const guest = s.mentions.find((m) => m.from >= k + 1 && m.from <= b && m.role !== 'location' && (m.kind === 'person' || m.kind === 'demonym' || t[m.from - 1]?.lower === 'of' || (m.from === k + 1 && TITLE_WORDS.has(t[m.to]?.lower ?? ''))));
  if (!guest) return [];
  const others = [...new Set(s.mentions.filter((m) => m.role === 'actor' && m.iso3 !== guest.iso3).map((m) => m.iso3))];
  // ("ADDIS ABABA (Xinhua) -- Visiting Somali President X and Eritrean President Y signed …": a
  // dateline is where the report was filed; the one other state acting in the sentence hosts, 1.24.13.)
  const dl = others.length === 1 ? datelineEnd(t) : 0;
  const place = s.mentions.find((m) => m.role === 'location' && m.to > dl && (m.kind === 'capital' || m.kind === 'name' || m.kind === 'city' || (m.kind === 'demonym' && t[m.to]?.lower === 'capital')) && m.iso3 !== guest.iso3);
  // With no other state in the sentence: the story's place, else the other side of the pair just told (1.8).
  const paired = ctx.pair && ctx.pair.includes(guest.iso3) ? ctx.pair.find((c) => c !== guest.iso3) : undefined;
  const host = place?.iso3 ?? (others.length === 1 ? others[0] : others.length === 0 ? ctx.location?.country ?? paired : undefined);
  if (!host || host === guest.iso3) return [];
  const date = dateNear(s, k);
  return [visitOf(s, guest.iso3, host, guest.person ? [guest.person.name] : [], date ?? ctx.storyDate, date !== null, 0.7)];
}

/** "arrived here on Thursday on a four-day visit, his first to India": the destination named after a later visit noun. */
function laterDestination(s: AnalysedSentence, k: number): CountryMention[] {
  const t = s.tokens;
  let noun = -1;
  if (['visit', 'trip', 'tour'].includes(t[k].lower)) noun = k;
  for (let i = k + 1; i < t.length && i < k + 14; i++) {
    if (t[i].lower === ';' || t[i].lower === 'but') break;
    if (['visit', 'trip', 'tour', 'first', 'maiden'].includes(t[i].lower) && !['him', 'her', 'them'].includes(t[i - 1]?.lower ?? '')) noun = i;
    // "a trip that took him to the US and Trinidad": the destinations follow "took him to".
    // ("which took him first to Caracas and then to Managua": an adverb may stand before "to", 1.8.)
    const adv = ['first', 'then', 'also', 'later'].includes(t[i - 1]?.lower ?? '') ? 1 : 0;
    if (noun >= 0 && t[i].lower === 'to' && ['him', 'her', 'them'].includes(t[i - 1 - adv]?.lower ?? '') && ['took', 'taken', 'takes'].includes(t[i - 2 - adv]?.lower ?? '') && i - noun <= 10 + adv) {
      return hostsAfter(s, i, Math.min(t.length, i + 20));
    }
    if (noun >= 0 && t[i].lower === 'to' && i - noun <= 3) {
      const m = s.mentions.find((x) => x.from === i + 1 && (x.kind === 'name' || x.kind === 'capital' || x.kind === 'city'));
      return m ? [m] : [];
    }
  }
  return [];
}

/** A determiner within the noun phrase before the noun: "a visit", "his four-day state visit". */
function determinedNoun(s: AnalysedSentence, k: number): boolean {
  return determinerOf(s, k) >= 0;
}

/** The index of the noun's determiner, or -1. */
function determinerOf(s: AnalysedSentence, k: number, only?: ReadonlySet<string>): number {
  const t = s.tokens;
  for (let i = k - 1; i >= 0 && i >= k - 7; i--) {
    const w = t[i].lower;
    if (only ? only.has(w) : DETERMINERS.has(w)) return i;
    // The noun phrase ends at punctuation or a verb-like word; hyphenated and numeric modifiers continue it.
    if (w === ',' || w === ';' || w === '.' || w === ':' || (i < k - 4 && w !== '-' && !/^\d/.test(w) && !/^(?:day|week|month|nation|leg|long|year|two|three|four|five|six|seven|eight|nine|ten|first|second|third|maiden|official|state|working|historic)$/.test(w))) return -1;
  }
  return -1;
}

const BE = new Set(['was', 'were']);
const PRESENCE_ADVERBS = new Set(['last', 'previously', 'earlier', 'also', 'recently', 'already', 'once']);
const NOW_ADVERBS = new Set(['currently', 'now', 'presently', 'still']);

/**
 * "Mongolian President X was in Pyongyang from Oct. 28-31": an official of one state who was in
 * another's capital or country. Only in the past (a present "is in Islamabad to attend" is no
 * visit by ANNOTATION.md), with an official as subject and the place right after "in".
 */
function presence(s: AnalysedSentence, ctx: Context): Candidate[] {
  const t = s.tokens;
  for (let k = 1; k + 1 < t.length; k++) {
    // "is in Hanoi on a state visit": a present stay counts when it is named a visit (1.8).
    const present = (t[k].lower === 'is' || t[k].lower === 'are') && onVisitAfter(s, k);
    // ("He was last in Islamabad in December 2020": an adverb may stand before "in", 1.9.)
    // ("is currently in Bishkek on a three-day visit": an adverb of the present too, 1.28.0.)
    const adverb = PRESENCE_ADVERBS.has(t[k + 1].lower) || (present && NOW_ADVERBS.has(t[k + 1].lower));
    const inAt = t[k + 1].lower === 'in' ? k + 1 : adverb && t[k + 2]?.lower === 'in' ? k + 2 : -1;
    if ((!BE.has(t[k].lower) && !present) || inAt < 0) continue;
    const j = t[inAt + 1]?.lower === 'the' ? inAt + 2 : inAt + 1;
    const place = s.mentions.find((m) => m.from === j && (m.kind === 'capital' || m.kind === 'name' || m.kind === 'city'));
    if (!place) continue;
    // The subject: an official (a person of known country) ending right before the verb.
    // ("X, who is in Hanoi on a state visit, met …": the relative pronoun stands for the official, 1.8.)
    const rel = t[k - 1]?.lower === 'who' && t[k - 2]?.lower === ',' ? k - 2 : k;
    // ("President X of the US, who was in China for a state visit": the official's state closes the name, 1.28.2.)
    const who = s.mentions.find((m) => m.to === rel && m.kind === 'person') ?? officialOfState(s, rel, k);
    if (!who || who.iso3 === place.iso3 || isIrrealis(s, k)) continue;
    // "X was in Pyongyang from …", "… on Monday", "… at the invitation of …", "… for talks": a stay, not a figure of speech.
    const next = t[place.to]?.lower ?? '';
    // ("was in Kyiv in March 2023": "in" and a date, 1.9.)
    const inDate = next === 'in' && s.dates.some((d) => d.from === place.to + 1);
    if (!['from', 'on', 'at', 'for', 'last', 'this', 'earlier', 'between', ',', '.', 'to'].includes(next) && !inDate) continue;
    const date = dateNear(s, k);
    return [visitOf(s, who.iso3, place.iso3, who.person ? [who.person.name] : [], date ?? ctx.storyDate, date !== null, 0.7)];
  }
  return [];
}

const ARRANGE = new Set(['arrange', 'arranging', 'finalise', 'finalize', 'finalising', 'finalizing', 'prepare', 'preparing', 'preparation', 'preparations', 'organise', 'organize', 'organising', 'organizing', 'materialise', 'materialize', 'materialising', 'materializing', 'facilitate', 'facilitating', 'plan', 'planning', 'schedule', 'scheduling']);
/** "arrange the (official) visit", "preparations for his trip": the noun at k is the object of an arranging word. */
function beingArranged(t: { lower: string }[], k: number): boolean {
  let j = k - 1;
  while (j > 0 && k - j <= 3 && /^[a-z-]+$/.test(t[j].lower) && !ARRANGE.has(t[j].lower) && !['the', 'a', 'an', 'his', 'her', 'their', 'this', 'that', 'for'].includes(t[j].lower)) j--;
  if (['the', 'a', 'an', 'his', 'her', 'their', 'this', 'that'].includes(t[j]?.lower ?? '')) j--;
  if (t[j]?.lower === 'for') j--;
  return ARRANGE.has(t[j]?.lower ?? '');
}

/** "<official> of (the) <state>" ending at `rel`, before ", who" (rel < k): the state, standing for its official. */
function officialOfState(s: AnalysedSentence, rel: number, k: number): CountryMention | undefined {
  if (rel === k) return undefined;
  const state = s.mentions.find((m) => m.to === rel && (m.kind === 'name' || m.kind === 'capital'));
  if (!state) return undefined;
  const of = s.tokens[state.from - 1]?.lower === 'the' ? state.from - 2 : state.from - 1;
  if (s.tokens[of]?.lower !== 'of' || !s.mentions.some((m) => m.to === of && m.kind === 'person')) return undefined;
  return state;
}

/** "… in Hanoi on a (three-day) state visit": the place is followed by "on a … visit" ("for a … visit", 1.30.33). */
function onVisitAfter(s: AnalysedSentence, k: number): boolean {
  const t = s.tokens;
  for (let i = k + 3; i < t.length && i < k + 10; i++) {
    if ((t[i].lower === 'on' || t[i].lower === 'for') && ['a', 'an', 'his', 'her', 'their'].includes(t[i + 1]?.lower ?? '')) {
      for (let j = i + 2; j < t.length && j < i + 8; j++) {
        if (t[j].lower === 'visit' || t[j].lower === 'tour') return true;
        if (t[j].lower === ',' || t[j].lower === '.') return false;
      }
      return false;
    }
  }
  return false;
}

/** The official or state after "of" ("of (French) Prime Minister Elisabeth Borne"), titles between. */
function visitorAfterOf(s: AnalysedSentence, from: number, end: number): CountryMention | undefined {
  const t = s.tokens;
  let b = from;
  while (b < end && b < from + 5 && (t[b].lower === 'the' || (TITLE_WORDS.has(t[b].lower) && !s.mentions.some((m) => m.from === b)))) b++;
  return s.mentions.find((m) => m.from === b && (m.kind === 'person' || m.kind === 'demonym' || (m.kind === 'name' && TITLE_WORDS.has(t[t[m.to]?.lower === '.' ? m.to + 1 : m.to]?.lower ?? ''))));
}

const WELCOME = new Set(['welcomed', 'welcomes']);
const NAME_PARTICLES = new Set(['da', 'de', 'do', 'dos', 'das', 'del', 'van', 'von', 'der', 'bin', 'al', 'el', 'la', 'le', 'di']);

/**
 * "X welcomed Brazilian President Lula to Buenos Aires": a guest welcomed to a place is visiting it
 * (1.10). The guest is the state or official right after the verb (titles between), the host the
 * place right after "to".
 */
const SPOUSES = new Set(['wife', 'husband', 'spouse']);
function welcomedTo(s: AnalysedSentence, ctx: Context): Candidate[] {
  const t = s.tokens;
  for (let k = 0; k < t.length; k++) {
    if (!WELCOME.has(t[k].lower)) continue;
    let i = k + 1;
    let guest: CountryMention | undefined;
    while (i < t.length && i < k + 14) {
      const m = s.mentions.find((x) => x.from === i && x.kind !== 'city');
      if (m) {
        if ((m.role === 'actor' || (t[m.from - 1]?.lower === 'of' && TITLE_WORDS.has(t[m.from - 2]?.lower ?? ''))) && m.kind !== 'demonym') guest = m;
        else if (m.kind === 'demonym') guest ??= m;
        i = m.to;
        continue;
      }
      // ("welcomed X and his wife at …", "X and first lady Y": the guest's spouse travels with him, 1.21.2.)
      if (t[i].lower === 'and' && guest && ((['his', 'her'].includes(t[i + 1]?.lower ?? '') && SPOUSES.has(t[i + 2]?.lower ?? '')) || (t[i + 1]?.lower === 'first' && ['lady', 'gentleman'].includes(t[i + 2]?.lower ?? '')))) {
        i += 3;
        continue;
      }
      // ("welcomed Ana Mora, Foreign Minister of Peru to Quito": an apposition, 1.17.)
      if (t[i].cap || t[i].lower === 'the' || TITLE_WORDS.has(t[i].lower) || (NAME_PARTICLES.has(t[i].lower) && t[i + 1]?.cap) || (t[i].lower === ',' && t[i + 1]?.cap && i > k + 1) || (t[i].lower === 'of' && t[i - 1].cap && t[i + 1]?.cap)) {
        i++;
        continue;
      }
      break;
    }
    // ("welcomed X at the White House", "… in Hanoi": a guest welcomed in a place is in it, 1.21.2.)
    if (!guest || !['to', 'at', 'in'].includes(t[i]?.lower ?? '')) continue;
    const j = t[i + 1]?.lower === 'the' ? i + 2 : i + 1;
    // (A seat's form may begin with its own "the": "the White House".)
    const place = s.mentions.find((x) => (x.from === j || (x.from === i + 1 && x.kind === 'seat')) && x.kind !== 'demonym' && x.kind !== 'person' && (t[i].lower === 'to' || x.kind !== 'city'));
    if (!place || place.iso3 === guest.iso3 || isIrrealis(s, k)) continue;
    const date = dateNear(s, k);
    return [visitOf(s, guest.iso3, place.iso3, [], date ?? ctx.storyDate, date !== null, 0.7)];
  }
  return [];
}

const WHERE_VISIT_VERBS = new Set(['had', 'made', 'paid', 'concluded', 'completed', 'ended', 'was', 'were']);

/**
 * "was travelling from France where he had a three-day state visit": a visit told as past, in a
 * "where" clause after "from <state>", by the official who travels (1.15). Undated: the clause
 * tells no day.
 */
function visitWhere(s: AnalysedSentence): Candidate[] {
  const t = s.tokens;
  for (const m of s.mentions) {
    if (m.kind !== 'name' || t[m.from - 1]?.lower !== 'from') continue;
    const w = t[m.to]?.lower === ',' ? m.to + 1 : m.to;
    if (t[w]?.lower !== 'where') continue;
    const span = t.slice(w + 1, Math.min(t.length, w + 9));
    const noun = span.findIndex((x) => x.lower === 'visit' || x.lower === 'tour' || x.lower === 'trip');
    if (noun < 0) continue;
    const lead = span.slice(0, noun).map((x) => x.lower);
    if (!lead.some((x) => WHERE_VISIT_VERBS.has(x)) || lead.some((x) => ['will', 'would', 'to', 'not', 'planned'].includes(x))) continue;
    if (!['a', 'an', 'his', 'her', 'their', 'its'].some((d) => lead.includes(d))) continue;
    const who = s.mentions.filter((x) => x.to <= m.from - 1 && x.kind === 'person').pop();
    if (!who || who.iso3 === m.iso3 || isIrrealis(s, m.from)) continue;
    return [visitOf(s, who.iso3, m.iso3, who.person ? [who.person.name] : [], null, false, 0.6)];
  }
  return [];
}

export function detectVisits(s: AnalysedSentence, ctx: Context): Candidate[] {
  if (s.words.has('where') && s.words.has('from')) {
    const past = visitWhere(s);
    if (past.length > 0) return [...past, ...detectVisitsMain(s, ctx)];
  }
  if (s.words.has('for') && (s.words.has('departed') || s.words.has('left') || s.words.has('departs') || s.words.has('leaves'))) {
    const gone = departedFrom(s, ctx);
    if (gone.length > 0) {
      const rest = detectVisitsMain(s, ctx).filter((c) => c.type !== 'VisitMade' || c.host !== (gone[0].type === 'VisitMade' ? gone[0].host : ''));
      return [...gone, ...rest];
    }
  }
  const found = detectVisitsMain(s, ctx);
  if (s.words.has('arriving') || s.words.has('landing') || s.words.has('visiting') || s.words.has('touring')) {
    const fronted = arrivingFronted(s, ctx).filter((c) => !found.some((f) => f.type === 'VisitMade' && c.type === 'VisitMade' && f.visitor === c.visitor && f.host === c.host));
    if (fronted.length > 0) return [...found, ...fronted];
  }
  return found.length === 1 && s.words.has('since') && s.words.has('when') ? [...found, ...earlierVisit(s, found[0])] : found;
}

const FUTURE_MAIN = new Set(['will', 'would', 'shall', 'expected', 'scheduled', 'plans', 'planned', 'due', 'may', 'might', 'could']);

/**
 * "After arriving in Quito, the Uruguayan president met …": a fronted arrival belongs to the main
 * clause's subject, in the main clause's mood (1.17). "After visiting Laos, Cambodia and Thailand,
 * the minister returned …": so does a fronted visit, one for each state of its list (1.21).
 */
function arrivingFronted(s: AnalysedSentence, ctx: Context): Candidate[] {
  const t = s.tokens;
  // ("Visiting Jakarta for the ASEAN meeting, the minister held talks …": the participle alone
  // opening the sentence, 1.23.0.)
  const bare = t[0]?.lower === 'visiting';
  if (!bare && !['after', 'upon', 'on'].includes(t[0]?.lower ?? '')) return [];
  const arriving = !bare && ['arriving', 'landing'].includes(t[1]?.lower ?? '') && ['in', 'at'].includes(t[2]?.lower ?? '');
  const visiting = bare || (t[0].lower === 'after' && ['visiting', 'touring'].includes(t[1]?.lower ?? ''));
  if (!arriving && !visiting) return [];
  const at = arriving ? (t[3]?.lower === 'the' ? 4 : 3) : bare ? 1 : 2;
  const places = arriving ? [s.mentions.find((m) => m.from === at && (m.kind === 'capital' || m.kind === 'city' || m.kind === 'name'))].filter((m) => m !== undefined) : frontedList(s, at);
  if (places.length === 0) return [];
  const last = places[places.length - 1];
  const comma = t.findIndex((x, i) => i >= last.to && x.lower === ',');
  // (A visit's list ends at the comma before the main clause.)
  // ("Visiting Jakarta for the ASEAN meeting, …": one place, and what the trip was for, 1.23.0.)
  if (comma < 0 || comma > last.to + (arriving || (bare && places.length === 1) ? 8 : 0)) return [];
  const end = clauseEnd(s, comma + 1);
  if (t.slice(comma + 1, end).some((x) => FUTURE_MAIN.has(x.lower))) return [];
  const subject = s.mentions.find((m) => m.from > comma && m.from <= comma + 4 && (m.kind === 'person' || m.kind === 'demonym' || m.kind === 'name'));
  if (!subject) return [];
  const date = dateNear(s, 1);
  return distinct(places)
    .filter((host) => host !== subject.iso3)
    .map((host) => visitOf(s, subject.iso3, host, subject.person ? [subject.person.name] : [], date ?? ctx.storyDate, date !== null, 0.6));
}

/**
 * The states listed from token i: "Laos", "Laos and Cambodia", "Laos, Cambodia(,) and Thailand".
 * An item after a comma belongs to the list only when a comma or "and" follows it, so the list of
 * "After visiting Laos, Thailand's minister …" is Laos alone.
 */
function frontedList(s: AnalysedSentence, i: number): CountryMention[] {
  const t = s.tokens;
  const place = (at: number) => s.mentions.find((m) => m.from === at && (m.kind === 'capital' || m.kind === 'name'));
  const out: CountryMention[] = [];
  let m = place(i);
  while (m) {
    out.push(m);
    const j = m.to;
    const finalAnd = t[j]?.lower === 'and' ? j + 1 : t[j]?.lower === ',' && t[j + 1]?.lower === 'and' ? j + 2 : -1;
    if (finalAnd > 0) {
      const lastItem = place(finalAnd);
      if (lastItem) out.push(lastItem);
      break;
    }
    const next = t[j]?.lower === ',' ? place(j + 1) : undefined;
    m = next && [',', 'and'].includes(t[next.to]?.lower ?? '') ? next : undefined;
  }
  return out;
}

const TOPIC_LEAD = new Set(['about', 'regarding', 'concerning']);
/** "about (Prime Minister) X": a topic preposition within a few words before token i, titles between. */
export function topicLeadBefore(t: AnalysedSentence['tokens'], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
    if (TOPIC_LEAD.has(t[j].lower)) return true;
    if (!(t[j].cap || TITLE_WORDS.has(t[j].lower) || ['the', 'his', 'her', 'their'].includes(t[j].lower))) return false;
  }
  return false;
}

const DEPARTED = new Set(['departed', 'left', 'departs', 'leaves']);
/**
 * "President X departed Abuja on Sunday for Paris, France, on a state visit": a departure from a
 * capital for a foreign place; the traveller's state is his own, else the capital's (1.15).
 */
function departedFrom(s: AnalysedSentence, ctx: Context): Candidate[] {
  const t = s.tokens;
  for (let k = 1; k < t.length; k++) {
    if (!DEPARTED.has(t[k].lower)) continue;
    const origin = s.mentions.find((m) => m.from === k + 1 && (m.kind === 'capital' || m.kind === 'name'));
    if (!origin) continue;
    const end = clauseEnd(s, k);
    const f = t.findIndex((x, i) => i > origin.to && i < Math.min(end, origin.to + 7) && x.lower === 'for');
    if (f < 0 || isIrrealis(s, k)) continue;
    // Only words of time between the origin and "for" ("on Sunday", "yesterday").
    if (t.slice(origin.to, f).some((x, i) => !s.dates.some((d) => origin.to + i >= d.from && origin.to + i < d.to) && !['on', 'yesterday', 'today', 'early', 'late', 'this', 'morning', 'evening', 'night'].includes(x.lower))) continue;
    const dest = s.mentions.find((m) => m.from > f && m.from <= f + 4 && m.iso3 !== origin.iso3 && m.kind !== 'person' && m.kind !== 'demonym');
    if (!dest || t.slice(f + 1, dest.from).some((x) => !x.cap && x.lower !== ',')) continue;
    const who = s.mentions.filter((m) => m.to <= k && m.kind === 'person').pop();
    const visitor = who?.iso3 ?? origin.iso3;
    if (visitor === dest.iso3) continue;
    const date = dateNear(s, k);
    return [visitOf(s, visitor, dest.iso3, who?.person ? [who.person.name] : [], date ?? ctx.storyDate, date !== null, 0.65)];
  }
  return [];
}

const EARLIER_VISIT_VERBS = new Set(['visited', 'toured']);
/**
 * "the first visit by a Ghanaian president to Kenya since 2011, when John Mills visited the country":
 * the earlier visit the "since … when" clause tells, by the same visitor's state to the same host,
 * dated by "since" (1.15).
 */
function earlierVisit(s: AnalysedSentence, v: Candidate): Candidate[] {
  if (v.type !== 'VisitMade') return [];
  const t = s.tokens;
  const since = t.findIndex((x) => x.lower === 'since');
  const d = s.dates.find((x) => x.from === since + 1);
  if (!d || t[d.to]?.lower !== ',' || t[d.to + 1]?.lower !== 'when') return [];
  const end = clauseEnd(s, d.to + 2);
  const k = t.findIndex((x, i) => i > d.to + 1 && i < Math.min(end, d.to + 10) && EARLIER_VISIT_VERBS.has(x.lower));
  if (k < 0) return [];
  const place = s.mentions.find((m) => m.from > k && m.from <= k + 2);
  const anaphoric = ['country', 'nation'].includes(t[k + 2]?.lower ?? '') && t[k + 1]?.lower === 'the';
  if (!(place && place.iso3 === v.host) && !anaphoric) return [];
  const who = s.mentions.find((m) => m.from > d.to + 1 && m.from < k && m.kind !== 'city');
  if (who && who.iso3 !== v.visitor) return [];
  return [visitOf(s, v.visitor, v.host, [], d.value, true, 0.6)];
}

function detectVisitsMain(s: AnalysedSentence, ctx: Context): Candidate[] {
  if (hasAny(s, WELCOME) && !isSportContext(s)) {
    const welcomed = welcomedTo(s, ctx);
    if (welcomed.length > 0) return [...welcomed, ...(hasAny(s, ANY_VISIT) ? visitVerbs(s, ctx) : [])];
  }
  const stay = (s.words.has('is') || s.words.has('are') || hasAny(s, BE)) && s.words.has('in') && !isSportContext(s);
  if (!hasAny(s, ANY_VISIT)) return stay ? presence(s, ctx) : [];
  const found = visitVerbs(s, ctx);
  // "X was in Moscow on a state visit": the noun has no place after it; the stay names it (1.8).
  return found.length === 0 && stay ? presence(s, ctx) : found;
}

const ENVOY_POSTS = new Set(['ambassador', 'envoy', 'commissioner']);
/** The state an envoy is accredited to ("the US Ambassador to Peru"): where he serves, not whom he stands for (1.27.9). */
function accreditedTo(t: AnalysedSentence['tokens'], from: number): boolean {
  const to = t[from - 1]?.lower === 'the' ? from - 2 : from - 1;
  return t[to]?.lower === 'to' && ENVOY_POSTS.has(t[to - 1]?.lower ?? '');
}

function visitVerbs(s: AnalysedSentence, ctx: Context): Candidate[] {
  if (isSportContext(s)) return [];
  const t = s.tokens;
  const out: Candidate[] = visitingGuest(s, ctx);
  if (out.length > 0) return out;
  const seen = new Set<string>();
  for (let k = 0; k < t.length; k++) {
    const w = t[k].lower;
    // "left for Port of Spain", "headed to Equatorial Guinea": a departure to a destination.
    const departs = (DEPART.has(w) && DEPART_PREP.has(t[k + 1]?.lower ?? '')) || onwardLeg(t, k);
    // "reached Pakistan last night": "reach" with its place as direct object is an arrival (1.14).
    const reached = (w === 'reached' || w === 'reaches') && s.mentions.some((m) => m.from === (t[k + 1]?.lower === 'the' ? k + 2 : k + 1) && (m.kind === 'name' || m.kind === 'capital' || m.kind === 'city'));
    // ("He previously came to Lima in November 2016": "came to" a place, not "came to power" or "came
    // to Ukraine's aid", is a visit, 1.30.70.)
    const came = (w === 'came' || w === 'comes') && t[k + 1]?.lower === 'to' && s.mentions.some((m) => m.from === (t[k + 2]?.lower === 'the' ? k + 3 : k + 2) && (m.kind === 'name' || m.kind === 'capital' || m.kind === 'city') && t[m.to]?.lower !== "'s");
    if (!TRIGGERS.has(w) && !departs && !reached && !came) continue;
    // "his / the visiting counterpart": an adjective describing a guest, never the verb (1.8).
    if (w === 'visiting' && ['his', 'her', 'their', 'the', 'a', 'its'].includes(t[k - 1]?.lower ?? '')) continue;
    // ("concerns over Chinese research vessels visiting Sri Lanka": a participle after a plural noun
    // tells what that noun does, not the clause's subject, 1.30.6.)
    if (w === 'visiting' && /^\p{Ll}+s$/u.test(t[k - 1]?.text ?? '') && !NOT_NOUNS_BEFORE.has(t[k - 1].lower)) continue;
    // The noun needs a determiner close before it ("a three-day visit", "his first trip"), else
    // it is a verb in the infinitive or part of a name.
    // ("his earlier trips to Japan, Singapore and China": the plural too, 1.24.5.)
    if ((w === 'visit' || w === 'trip' || w === 'trips' || w === 'tour') && !determinedNoun(s, k)) continue;
    // "arrived back in Hanoi, wrapping up a visit to Indonesia": a return home is no arrival abroad (1.12).
    if (['arrived', 'arrives', 'landed', 'flew'].includes(w) && ['back', 'home'].includes(t[k + 1]?.lower ?? '')) continue;
    if (isIrrealis(s, k)) continue;
    // ("On the first leg of his visit, the Prime Minister will reach Herat": a fronted visit takes its
    // main clause's mood, 1.25.25.)
    if ((w === 'visit' || w === 'trip' || w === 'tour') && frontedIrrealis(s, k)) continue;
    // ("he is busy to materialise the visit of Interior Minister X to Rome", "preparations for the
    // trip": a visit being arranged has not happened, 1.28.2.)
    if ((w === 'visit' || w === 'trip' || w === 'tour') && beingArranged(t, k)) continue;
    // ("was awaiting the arrival of their Ukrainian counterparts": an arrival waited for has not
    // happened, 1.29.1.)
    if ((w === 'arrival' || w === 'visit') && t[k - 1]?.lower === 'the' && AWAITING.has(t[k - 2]?.lower ?? '')) continue;
    // ("sent his invitation to US President X to soon pay a visit to Vietnam", "invited him to visit":
    // a visit one is invited to make has not happened; "at the invitation of X" is the real one's
    // occasion, 1.26.11.)
    if (invitedTo(t, k, clauseStart(s, k))) continue;
    // ("During his visit to Kenya next week, …": a visit dated in the future has not happened, 1.15.)
    if (t.slice(k + 1, k + 7).some((x, i, a) => x.lower === 'next' && ['week', 'month', 'year', 'weekend'].includes(a[i + 1]?.lower ?? ''))) continue;
    const end = clauseEnd(s, k);
    const start = clauseStart(s, k);
    // "a visit by Chinese Vice Premier He Lifeng to Islamabad"
    if (t[k + 1]?.lower === 'by' || t[k + 1]?.lower === 'of') {
      // "by a Portuguese President", "by the President of the United States", "of the PRC Chairman Xi Jinping".
      // ("of the Minister of Foreign Affairs of the Kingdom of Saudi Arabia": a long office, 1.26.4.)
      const b = pastTitles(t, k + 2, Math.min(end, k + 10), true);
      const by = s.mentions.find((m) => m.from === b && (m.role === 'actor' || t[m.from - 1]?.lower === 'of')) ?? appositiveOffice(s, b, end);
      // ("the arrival of the Ukrainian delegation in Belarus": an arrival's place follows "in", 1.29.1.)
      const toAt = by ? t.slice(by.to, Math.min(end, by.to + 8)).findIndex((x) => x.lower === 'to' || (w === 'arrival' && x.lower === 'in')) : -1;
      // "at the conclusion of a three-day state visit of the Ghanaian leader": no "to"; the host is the one
      // other state acting in the sentence ("his Kenyan host"), else the story's place (1.8).
      // ("the state visit of U.S. president Donald Trump": a name before a title is the official's state, 1.10.)
      if (by && toAt < 0 && (by.kind === 'demonym' || by.kind === 'person' || (by.kind === 'name' && TITLE_WORDS.has(t[t[by.to]?.lower === '.' ? by.to + 1 : by.to]?.lower ?? ''))) && !isIrrealis(s, k)) {
        const others = [...new Set(s.mentions.filter((m) => m.iso3 !== by.iso3 && (m.role === 'actor' || (m.kind === 'demonym' && t[m.to]?.lower === 'host'))).map((m) => m.iso3))];
        const h = others.length === 1 ? others[0] : others.length === 0 ? ctx.location?.country : undefined;
        if (h && h !== by.iso3 && !seen.has(h)) {
          seen.add(h);
          const date = dateNear(s, k);
          out.push(visitOf(s, by.iso3, h, by.person ? [by.person.name] : [], date ?? ctx.storyDate, date !== null, 0.65));
          continue;
        }
      }
      if (by && toAt >= 0) {
        const hosts = hostsAfter(s, by.to + toAt, end).filter((h) => h.iso3 !== by.iso3);
        // (An apposition's comma stands between the trigger and "to Kenya from 4 to 5 May": the host's date, 1.12.)
        const date = dateNear(s, k) ?? (hosts.length > 0 ? dateNear(s, hosts[hosts.length - 1].to - 1) : null);
        for (const h of hosts) {
          if (seen.has(h.iso3)) continue;
          seen.add(h.iso3);
          out.push(visitOf(s, by.iso3, h.iso3, by.person ? [by.person.name] : [], date ?? ctx.storyDate, date !== null, 0.75));
        }
        continue;
      }
    }
    // "his official tour of the UAE": a tour's country follows "of" (1.12).
    let hosts = hostsAfter(s, w === 'tour' && t[k + 1]?.lower === 'of' ? k + 1 : k, end);
    // "the visit to Berlin of Prime Minister Elisabeth Borne": the visitor after the place (1.10).
    let ofVisitor = hosts.length > 0 && t[hosts[hosts.length - 1].to]?.lower === 'of' ? visitorAfterOf(s, hosts[hosts.length - 1].to + 1, end) : undefined;
    // "two visits to Suva by Japanese Foreign Minister X": the visitor after "by" (1.17).
    if (!ofVisitor && hosts.length > 0 && t[hosts[hosts.length - 1].to]?.lower === 'by') {
      const b = pastTitles(t, hosts[hosts.length - 1].to + 1, Math.min(end, hosts[hosts.length - 1].to + 6));
      ofVisitor = s.mentions.find((m) => m.from === b && m.role === 'actor' && (m.kind === 'person' || m.kind === 'demonym')) ?? appositiveOffice(s, b, end) ?? undefined;
    }
    // ("a historic visit to Rwanda, the first by an Indian prime minister": the apposition after the
    // host names the visitor, 1.30.61.)
    if (!ofVisitor && hosts.length > 0 && t[hosts[hosts.length - 1].to]?.lower === ',' && t[hosts[hosts.length - 1].to + 1]?.lower === 'the') {
      const at = hosts[hosts.length - 1].to + 2;
      const byAt = ORDINALS.has(t[at]?.lower ?? '') ? (t[at + 1]?.lower === 'by' ? at + 1 : TRIP_WORDS.has(t[at + 1]?.lower ?? '') && t[at + 2]?.lower === 'by' ? at + 2 : -1) : -1;
      if (byAt > 0) {
        const b = pastTitles(t, byAt + 1, Math.min(end, byAt + 6));
        ofVisitor = s.mentions.find((m) => m.from > byAt && m.from <= b && m.role === 'actor' && (m.kind === 'person' || m.kind === 'demonym')) ?? undefined;
      }
    }
    // ("the first trip to the West African country by an Indian prime minister": a described host,
    // then the visitor after "by", 1.26.6.)
    if (!ofVisitor && hosts.length === 0 && (w === 'visit' || w === 'trip' || w === 'tour') && t[k + 1]?.lower === 'to') {
      const byAt = t.findIndex((x, i) => i > k + 1 && i < Math.min(end, k + 9) && x.lower === 'by');
      if (byAt > 0) {
        const b = pastTitles(t, byAt + 1, Math.min(end, byAt + 6));
        ofVisitor = s.mentions.find((m) => m.from > byAt && m.from <= b && m.role === 'actor' && (m.kind === 'person' || m.kind === 'demonym'));
      }
    }
    // The visitor: the nearest actor before the trigger, else the main clause's subject after it.
    // ("left for South Africa, concluding his state visit in …": a destination is no visitor, 1.11.)
    const before = s.mentions.filter((m) => m.from >= start && m.to <= k && m.role === 'actor' && (m.kind === 'person' || m.kind === 'demonym' || m.kind === 'name' || m.kind === 'seat') && !isDestination(s, m) && !accreditedTo(t, m.from));
    // A departure's subject follows any fronted phrase ("After his US visit, the minister left for …").
    let lastComma = -1;
    if (departs) for (let i = k - 1; i >= start; i--) if (t[i].lower === ',') { lastComma = i; break; }
    let visitor: CountryMention | undefined = ofVisitor ?? before.filter((m) => m.from > lastComma).pop();
    // "A opened a bridge with B's Premier Y on the final leg of his tour": "his" binds the subject,
    // not an official named as the object of a preposition (1.18).
    if (!ofVisitor && visitor && (w === 'visit' || w === 'trip' || w === 'tour') && POSSESSIVE_PRONOUNS.has(t[determinerOf(s, k, POSSESSIVE_PRONOUNS)]?.lower ?? '') && prepositionObject(t, visitor.from)) {
      const subj = before.find((m) => (m.kind === 'person' || m.kind === 'demonym') && m.iso3 !== visitor!.iso3 && !prepositionObject(t, m.from));
      if (subj && subj.from < visitor.from) visitor = subj;
    }
    // "X met Saudi officials on Tuesday before travelling to Qatar": the onward leg is the subject's (1.12).
    const onward = onwardLeg(t, k);
    // ("On Saturday, he is scheduled to address Congress, …, before flying to Malaysia": the next leg
    // of a programme told as ahead is ahead too, 1.30.58.)
    if (onward && t.slice(0, k).some((x) => AHEAD.has(x.lower))) continue;
    if (onward) {
      visitor = s.mentions.find((m) => m.to <= k && m.role === 'actor' && m.kind !== 'city') ?? (['he', 'she'].includes(t[0]?.lower ?? '') ? ctx.lastPerson ?? undefined : undefined);
      // (The subject's official, when he is named: "Japanese Prime Minister X …", 1.30.55.)
      visitor = s.mentions.find((m) => m.to <= k && m.role === 'actor' && m.kind === 'person' && m.iso3 === visitor?.iso3) ?? visitor;
    }
    // "discussed President Moon's state visit": the visit is the topic, its visitor the possessor.
    // ("Hu's eight-nation African tour": a numbered, hyphened modifier may stand between, 1.24.16.)
    // (Not a possessive of an earlier phrase: "X's visit reciprocated my visit to Iran", 1.30.1.)
    const reachBack = t.slice(Math.max(start, k - 6), k).some((x) => x.lower === '-') ? 6 : 4;
    let from = Math.max(start, k - reachBack);
    for (let i = k - 1; i >= from; i--) if (PHRASE_OPENERS.has(t[i].lower)) { from = i + 1; break; }
    const poss = t.slice(from, k).findIndex((x) => x.lower === "'s");
    if (poss >= 0) {
      const at = from + poss;
      // ("the Sri Lankan Prime Minister's India visit": an office after the demonym, 1.22.4.)
      visitor = s.mentions.find((m) => (m.to === at || (m.kind === 'demonym' && m.to < at && at - m.to <= 3 && t.slice(m.to, at).every((x) => TITLE_WORDS.has(x.lower)))) && m.role !== 'location');
      if (!visitor) continue;
      // ("… Minister's India visit", "'s three-day Peru visit": the state named before the noun is the host.)
      if (hosts.length === 0) {
        const before = s.mentions.find((m) => m.kind === 'name' && m.from > at && m.to === k && m.iso3 !== visitor!.iso3);
        if (before) hosts = [before];
      }
    }
    // ("Obama arrived here on a three-day India visit": the state named right before the noun is the
    // host, as after a possessive above, 1.26.3.)
    if (hosts.length === 0 && (w === 'visit' || w === 'trip' || w === 'tour')) {
      const named = s.mentions.find((m) => m.kind === 'name' && m.to === k && m.iso3 !== visitor?.iso3);
      if (named) hosts = [named];
    }
    if (visitor && t.slice(visitor.to, k).some((x) => VISIT_TOPIC.has(x.lower))) continue;
    // ("Iran urged the US to release them, as nine freed Iranians arrived in Tehran": a clause opened
    // by "as / when / while …" with a subject of its own and no state in it names no visitor, 1.29.1.)
    if (visitor && VERB_ARRIVALS.has(w) && subjectOfItsOwn(s, visitor.to, k)) continue;
    // ("Relief supplies donated by the government of Japan arrived in Pakistan": goods arrive; the
    // state that sent them is no visitor, 1.22.0.)
    if (visitor && ARRIVALS.has(w) && t.slice(start, visitor.from).some((x, i, a) => GOODS.has(x.lower) && !['of', 'for', 'with', 'about', 'on'].includes(a[i - 1]?.lower ?? ''))) continue;
    // ("The U.S. donation of 2.5 million vaccine doses arrived in Taiwan": the state's goods are the
    // subject, 1.26.3.)
    if (visitor && ARRIVALS.has(w) && visitor.kind !== 'person' && GOODS.has(t[visitor.to]?.lower ?? '')) continue;
    // ("talked about President X's state visit to Chile, due to begin next
    // Monday": a visit whose visitor is the object of "about / regarding" is a topic, 1.17.)
    if (visitor && visitor.from > 0 && topicLeadBefore(t, visitor.from)) continue;
    const det = w === 'visit' || w === 'trip' || w === 'tour' ? determinerOf(s, k, POSSESSIVE_PRONOUNS) : k - 1;
    const detWord = t[det]?.lower ?? '';
    // "In a state visit to Argentina, Mexican President X said …": a fronted visit is the main
    // clause subject's (1.15).
    // ("On Monday, while on an official trip to Oslo, A's foreign minister met …": "while on" after
    // the opening or a comma, 1.18.)
    const lead = !visitor && (w === 'visit' || w === 'trip') ? t.slice(0, k).findIndex((x, i) => ['in', 'during', 'on'].includes(x.lower) && (i === 0 || ['–', '—', '-', ':'].includes(t[i - 1].text) || (x.lower === 'on' && t[i - 1].lower === 'while' && (i === 1 || t[i - 2].lower === ',')))) : -1;
    // ("During his visit to Lima, Foreign Minister X held talks with her Japanese counterpart": a
    // visit fronted at the opening is the subject's, told by the lead rule below; not whoever the
    // subject met, 1.23.3.)
    if (!visitor && ['his', 'her', 'their'].includes(detWord) && !(lead === 0 && k <= 5)) {
      visitor = s.mentions.find((m) => m.from > k && m.role === 'actor' && !hosts.includes(m) && (m.kind === 'person' || m.kind === 'demonym'));
    }
    if (!visitor && lead >= 0 && k - lead <= 5) {
      const comma = t.findIndex((x, i) => i > k && x.lower === ',');
      // (The subject opens the main clause: only titles or "the" before it, not "she met Japanese …", 1.23.3.)
      const opensClause = (m: CountryMention) => t.slice(comma + 1, m.from).every((x) => x.cap || x.lower === 'the');
      const subj = comma > 0 ? s.mentions.find((m) => m.from > comma && m.from <= comma + 3 && m.role === 'actor' && (m.kind === 'person' || m.kind === 'demonym') && opensClause(m)) : undefined;
      if (subj && !hosts.some((h) => h.iso3 === subj.iso3)) visitor = subj;
    }
    // ("X said that his state visit to Brazil …": "his" is the official who reports it, the subject, not
    // one told to: "X explained to Y that his visit …", 1.21.2.)
    if (!visitor && ['his', 'her'].includes(detWord) && hosts.length > 0 && t[start - 1]?.lower === 'that') {
      visitor = s.mentions.find((m) => m.to < start && m.kind === 'person' && m.role === 'actor' && !prepositionObject(t, m.from));
    }
    // "the first time of his visit to Sri Lanka": "his" is the official last named.
    if (!visitor && ['his', 'her'].includes(detWord) && ctx.lastPerson && hosts.length > 0) visitor = ctx.lastPerson;
    // "the prime minister left for …": a bare title stands for the official last named.
    if (!visitor) {
      const lead = t.slice(Math.max(start, k - 4), k);
      const at = lead.findIndex((x, i) => x.lower === 'the' && TITLE_WORDS.has(lead[i + 1]?.lower ?? ''));
      if (at >= 0) {
        // Only when the title fits one country among the officials just named.
        const title = lead[at + 1].lower;
        const fits = ctx.lastPeople.filter((m) => m.person?.role.includes(title));
        if (new Set(fits.map((m) => m.iso3)).size === 1) visitor = fits[0];
      }
    }
    // "In November 2017, he paid an official visit to Vietnam": the pronoun subject after a fronted phrase (1.8).
    if (!visitor && ['visit', 'trip', 'tour'].includes(w)) {
      const p = t.slice(start, k).findIndex((x, i) => ['he', 'she'].includes(x.lower) && (start + i === 0 || t[start + i - 1].lower === ','));
      if (p >= 0 && ['paid', 'made', 'pays', 'makes', 'began', 'started', 'concluded', 'ended', 'wrapped'].includes(t[start + p + 1]?.lower ?? '')) visitor = ctx.lastPerson ?? undefined;
    }
    if (!visitor && ['he', 'she'].includes(t[k - 1]?.lower ?? '')) {
      visitor = s.mentions.filter((m) => m.to <= k && m.kind === 'person').pop() ?? ctx.lastPerson ?? undefined;
    }
    // ("Mexico and Canada signed a letter of intent during the visit": "the visit" with no place and
    // no possessor, after a subject of several states, names none of them as its visitor, 1.30.42.)
    if (visitor === before[before.length - 1] && !ofVisitor && poss < 0 && hosts.length === 0 && t[k - 1]?.lower === 'the' && new Set(before.map((m) => m.iso3)).size > 1) continue;
    // ("Russia condemned the visit, …": a visit a state judges is one told elsewhere, not a visit of
    // that state, as for meetings (1.30.40); the possessor of one is still its visitor, 1.30.43.)
    if (visitor && visitor === before[before.length - 1] && !ofVisitor && poss < 0 && (w === 'visit' || w === 'trip' || w === 'tour') && judgedEvent(t, k)) continue;
    // ("Fiji's prime minister, who attended part of the visit, …": "the visit", with no possessor or
    // place, after one the article has told, is that one, not a visit of whoever is named near it, 1.30.43.)
    if (visitor && !ofVisitor && poss < 0 && hosts.length === 0 && (w === 'visit' || w === 'trip' || w === 'tour') && t[k - 1]?.lower === 'the' && ctx.visitHosts.size > 0 && !ctx.visitHosts.has(visitor.iso3)) continue;
    if (!visitor) continue;
    let inferred = false;
    if (hosts.length === 0) hosts = laterDestination(s, k);
    if (hosts.length === 0) hosts = describedHost(s, k, end, visitor, ctx);
    // ("Lee welcomed Obama's visit": who welcomes a visit is its host, 1.24.5.)
    if (hosts.length === 0 && poss >= 0 && WELCOME.has(t[visitor.from - 1]?.lower ?? '')) {
      const host = s.mentions.filter((m) => m.to <= visitor!.from - 1 && m.from >= start && m.role === 'actor' && m.kind !== 'city' && m.iso3 !== visitor!.iso3).pop();
      if (host) hosts = [host];
    }
    // "arrived in the country on Monday": the country the story is placed in (1.8).
    // ("Kenya: Ethiopian PM Arrives in Kenya …" with no dateline: the one place the title names, 1.9.)
    const storyPlace = ctx.location?.country ?? (ctx.titlePlaces.length === 1 ? ctx.titlePlaces[0] : undefined);
    if (hosts.length === 0 && ['arrived', 'arrives', 'landed'].includes(w) && t[k + 1]?.lower === 'in' && t[k + 2]?.lower === 'the' && t[k + 3]?.lower === 'country' && storyPlace) {
      hosts = [{ ...visitor, iso3: storyPlace }];
    }
    // ("KYIV (AP) — … Stubb, who arrived by train, told reporters …": a named foreign official
    // arriving with no destination written arrives where the story is filed, 1.30.43.)
    if (hosts.length === 0 && ctx.location?.country && visitor.kind === 'person' && visitor.iso3 !== ctx.location.country && (w === 'arrived' || w === 'arrives' || w === 'landed') && NO_DESTINATION.has(t[k + 1]?.lower ?? '')) {
      hosts = [{ ...visitor, iso3: ctx.location.country }];
    }
    // "on the second day of his maiden visit to the country", with "in New Delhi" in the same
    // sentence: the country is the one the sentence places the events in (1.14).
    if (hosts.length === 0 && ['visit', 'trip', 'tour'].includes(w) && t[k + 1]?.lower === 'to' && t[k + 2]?.lower === 'the' && t[k + 3]?.lower === 'country') {
      const placed = distinct(s.mentions.filter((m) => m.role === 'location' && m.kind !== 'person' && m.kind !== 'demonym' && m.iso3 !== visitor!.iso3));
      const place = placed.length === 1 ? placed[0] : placed.length === 0 ? storyPlace : undefined;
      if (place && place !== visitor.iso3) hosts = [{ ...visitor, iso3: place }];
    }
    // "his maiden visit here": the place of the story.
    // ("Modi, who arrived here on Tuesday from Rwanda": where he came from is no host; "here" is then
    // where the story is filed, 1.30.61.)
    if (hosts.length === 0 && t[k + 1]?.lower === 'here') {
      const place = s.mentions.find((m) => m.role === 'location' && (m.kind === 'capital' || m.kind === 'name' || m.kind === 'city') && m.iso3 !== visitor!.iso3 && t[m.from - 1]?.lower !== 'from' && !(t[m.from - 1]?.lower === 'the' && t[m.from - 2]?.lower === 'from'));
      if (place) hosts = [place];
      else if (ctx.location?.country && ctx.location.country !== visitor.iso3) hosts = [{ ...visitor, iso3: ctx.location.country }];
    }
    // "China and Rwanda signed … during President Xi Jinping's state visit": a visit named as the time
    // of another event, with no place, is to the one other state acting in the sentence (1.10).
    if (hosts.length === 0 && poss >= 0 && ['visit', 'trip', 'tour'].includes(w) && t.slice(Math.max(0, visitor.from - 4), visitor.from).some((x) => x.lower === 'during')) {
      const others = [...new Set(s.mentions.filter((m) => m.role === 'actor' && m.iso3 !== visitor!.iso3 && m.kind !== 'demonym').map((m) => m.iso3))];
      if (others.length === 1) hosts = [{ ...visitor, iso3: others[0] }];
    }
    // ("Modi arrived in Colombo … Tamils are keenly watching Mr. Modi's visit": a visit possessed, with
    // no place, is the visit the article last told of its visitor, 1.30.5.)
    const toldHost = hosts.length === 0 && poss >= 0 && ['visit', 'trip', 'tour'].includes(w) ? ctx.visitHosts.get(visitor.iso3) : undefined;
    if (toldHost) hosts = [{ ...visitor, iso3: toldHost }];
    if (hosts.length === 0) {
      // "Hayashi visited a school", "Erdenebat's first visit to a foreign country": the story's place.
      if (!ctx.location?.country || !['visited', 'visit', 'visiting'].includes(w)) continue;
      // "visited a plant in Osaka": a place we cannot place; only "a foreign country" or none at all.
      const near = t.slice(k + 1, Math.min(end, k + 4));
      if (near.some((x) => x.lower === 'to' || x.lower === 'in') && !t.slice(k + 1, end).some((x) => x.lower === 'foreign')) continue;
      // ("visited development projects … in the Southern and Red Sea regions of Eritrea": the state the
      // clause places what was visited in, before the story's dateline, 1.24.13.)
      const partOf = (m: CountryMention) => t[m.from - 1]?.lower === 'of' && PLACE_PARTS.has(t[m.from - 2]?.lower ?? '');
      const placed = s.mentions.find((m) => m.from > k && m.to <= end && m.kind === 'name' && m.iso3 !== visitor!.iso3 && ((m.role === 'location' && t[m.from - 1]?.lower === 'in') || partOf(m)));
      hosts = [{ ...visitor, iso3: placed?.iso3 ?? ctx.location.country }];
      inferred = true;
    }
    // ("… on Saturday before arriving in Ghana on Monday": the onward leg's own day, 1.30.55.)
    const own = onward ? s.dates.find((d) => d.from > k && d.to <= end) : undefined;
    const near = own?.value ?? nthDayStart(s, k) ?? dateNear(s, k);
    // "arrived back in Hanoi on December 23, wrapping up a state visit to Indonesia": the day the trip
    // ended; its start is only known to the month (1.12).
    const wrapped = ['visit', 'trip', 'tour'].includes(w) && wrappedUp(s, k);
    const date = near && wrapped ? near.slice(0, 7) : near;
    // "arrived in Sri Lanka after finishing his visit to the Maldives": a trip over before the story's
    // day is known to its month only (1.13).
    const undated = wrapped && !near && ctx.storyDate ? ctx.storyDate.slice(0, 7) : ctx.storyDate;
    // "The presidents of Kenya and Uganda arrived in Tanzania": every state of a coordinated subject
    // right before the verb travelled (1.11).
    // ("Senior US and Israeli officials landed in the UAE": states coordinated before a plural of
    // officials right before the verb travelled each, 1.30.7.)
    const officialsOf = visitor.kind === 'demonym' && visitor.to + 1 === k && OFFICIAL_PLURALS.has(t[visitor.to]?.lower ?? '');
    let visitors = (visitor.to === k || officialsOf) && poss < 0 && !ofVisitor ? coordinatedBefore(s, visitor, start, officialsOf) : [visitor];
    // ("Brazilian President Lula and his Colombian counterpart Gustavo Petro visited Caracas": officials
    // coordinated before the verb, each named with his state, all travelled, 1.30.25.)
    if (visitors.length === 1 && visitor.kind === 'person' && visitor.to === k && poss < 0 && !ofVisitor) visitors = coordinatedOfficials(s, visitor, start, k);
    // ("He will arrive in Abu Dhabi on September 19 … He is visiting UAE at the invitation of the crown
    // prince": a present "is visiting" of a stay the sentence before tells as ahead is that plan, 1.28.7.)
    const progressive = w === 'visiting' && ['is', 'are'].includes(t[k - 1]?.lower ?? '');
    for (const h of hosts) {
      if (seen.has(h.iso3) || (progressive && arrivalAhead(ctx, s, h.iso3))) continue;
      for (const v of visitors) {
        if (h.iso3 === v.iso3) continue;
        seen.add(h.iso3);
        out.push(visitOf(s, v.iso3, h.iso3, v.person ? [v.person.name] : [], date ?? undated, date !== null, inferred ? 0.6 : 0.8));
      }
    }
  }
  return out;
}

const ARRIVE_AHEAD = new Set(['arrive', 'travel', 'visit', 'leave', 'fly', 'reach', 'proceed', 'go']);
/** The sentence before says "will arrive in / travel to / visit …" a place of `state`. */
function arrivalAhead(ctx: Context, s: AnalysedSentence, state: string): boolean {
  const prev = ctx.sentences[s.index - 1];
  if (!prev) return false;
  const t = prev.tokens;
  return t.some((x, i) => x.lower === 'will' && t.slice(i + 1, i + 4).some((y) => ARRIVE_AHEAD.has(y.lower))) && prev.mentions.some((m) => m.iso3 === state && m.role === 'location');
}

/** The states coordinated before a subject's last one: "Chile, Mexico and Peru", "Kenya and Uganda" (1.11). */
const OFFICIAL_PLURALS = new Set(['officials', 'ministers', 'leaders', 'delegations', 'diplomats', 'envoys', 'delegates', 'presidents', 'negotiators']);
function coordinatedBefore(s: AnalysedSentence, last: CountryMention, start: number, mixed = false): CountryMention[] {
  const t = s.tokens;
  const out = [last];
  let i = last.from - 1;
  if (t[i]?.lower === 'the') i--;
  if (t[i]?.lower !== 'and') return out;
  for (;;) {
    if (t[i]?.lower === 'and' || t[i]?.lower === ',') i--;
    else break;
    if (t[i]?.lower === ',') i--;
    const m = s.mentions.find((x) => x.to === i + 1 && x.from >= start && x.role === 'actor' && (x.kind === 'name' || x.kind === 'demonym'));
    if (!m) break;
    out.unshift(m);
    i = m.from - 1;
    if (t[i]?.lower === 'the') i--;
  }
  // (Names and demonyms mix only as modifiers of one plural head: "US and Israeli officials".)
  return out.length > 1 && (mixed || out.every((m) => m.kind === last.kind)) ? out : [last];
}

/**
 * The officials of a subject whose conjuncts ("Brazilian President Lula | his Colombian counterpart
 * Gustavo Petro") each name one state and one official, the last of them `last`; else [last].
 */
function coordinatedOfficials(s: AnalysedSentence, last: CountryMention, start: number, k: number): CountryMention[] {
  const spans = andConjuncts(s.tokens, start, k);
  if (spans.length === 0) return [last];
  const out: CountryMention[] = [];
  for (const [a, b] of spans) {
    const ms = s.mentions.filter((m) => m.from >= a && m.to <= b && m.role === 'actor');
    const person = ms.filter((m) => m.kind === 'person');
    if (new Set(ms.map((m) => m.iso3)).size !== 1 || person.length !== 1) return [last];
    out.push(person[0]);
  }
  return out[out.length - 1] === last ? out : [last];
}

/** A place someone goes to: "left for X", "travelled to X", "visited X" (1.11). */
const WRAP_UP = new Set(['wrapping', 'wrapped', 'concluding', 'concluded', 'ending', 'ended', 'winding', 'rounding', 'completing', 'completed', 'finishing', 'finished']);
/** "wrapping up a state visit", "concluding his three-day trip": the trip noun at k ends (1.12). */
function wrappedUp(s: AnalysedSentence, k: number): boolean {
  const t = s.tokens;
  for (let i = k - 1; i >= 0 && i >= k - 6; i--) {
    const x = t[i].lower;
    if (WRAP_UP.has(x)) return true;
    if (x === ',' || x === ';' || x === '.' || x === 'and') return false;
  }
  return false;
}

const NATION_NOUNS = new Set(['nation', 'country', 'state', 'kingdom', 'republic', 'emirate', 'archipelago']);

/**
 * "on a state visit to the East African nation", "his trip to the Gulf state": a host described, not
 * named — the one other state the sentence (else the one before) names, if there is exactly one (1.12).
 */
function describedHost(s: AnalysedSentence, k: number, end: number, visitor: CountryMention, ctx: Context): CountryMention[] {
  const t = s.tokens;
  if (t[k + 1]?.lower !== 'to' || t[k + 2]?.lower !== 'the') return [];
  let i = k + 3;
  while (i < end && i < k + 7 && !NATION_NOUNS.has(t[i].lower)) {
    // Only modifiers: capitalised regional words or lower-case adjectives ("East African", "oil-rich", "island").
    if (s.mentions.some((m) => m.from === i && m.kind !== 'demonym')) return [];
    i++;
  }
  if (!NATION_NOUNS.has(t[i]?.lower ?? '') || i === k + 3) return [];
  const others = (x: AnalysedSentence) => [...new Set(x.mentions.filter((m) => m.iso3 !== visitor.iso3 && m.kind !== 'demonym' && m.kind !== 'city' && !(m.from > k + 2 && m.from < i)).map((m) => m.iso3))];
  let named = others(s);
  if (named.length === 0 && s.index > 0) named = others(ctx.sentences[s.index - 1]);
  return named.length === 1 ? [{ ...visitor, iso3: named[0] }] : [];
}

const ORDINAL_DAYS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, final: 0, last: 0 };

/**
 * "arrived in Dubai on Wednesday, on the second day of his tour of the UAE": a visit that began
 * N - 1 days before the day named; the start day, or null (1.12).
 */
function nthDayStart(s: AnalysedSentence, k: number): string | null {
  const t = s.tokens;
  for (let i = Math.max(2, k - 8); i < Math.min(t.length, k + 14); i++) {
    if (t[i].lower !== 'day' || t[i + 1]?.lower !== 'of' || t[i - 2]?.lower !== 'the') continue;
    const n = ORDINAL_DAYS[t[i - 1].lower];
    if (!n) continue;
    // ("On the second day of his visit to Kenya, X met Y on Wednesday": a fronted phrase; the
    // sentence's one day dates the main clause, 1.15.)
    const days = s.dates.filter((d) => d.precision === 'day' && d.value.length === 10);
    const day = days.find((d) => d.to <= i + 4 && d.from >= i - 20) ?? (i <= 4 && days.length === 1 ? days[0] : undefined);
    if (!day) return null;
    const d = new Date(`${day.value}T00:00:00Z`);
    if (Number.isNaN(d.getTime())) return null;
    d.setUTCDate(d.getUTCDate() - (n - 1));
    return d.toISOString().slice(0, 10);
  }
  return null;
}

/** The first token from `from` past articles, titles and honorifics ("by the visiting Prime Minister Dr …"), before `limit`; past "of" too when asked ("of the Minister of Foreign Affairs of …"). */
function pastTitles(t: AnalysedSentence['tokens'], from: number, limit: number, alsoOf = false): number {
  let b = from;
  while (b < limit && (['a', 'an', 'the'].includes(t[b].lower) || (alsoOf && t[b].lower === 'of') || TITLE_WORDS.has(t[b].lower) || HONORIFICS.has(t[b].lower))) b++;
  return b;
}

const INVITING = new Set(['invitation', 'invitations', 'invited', 'invite', 'invites', 'inviting']);
/** An invitation to the visit at k: "invited X to visit", "his invitation to X to pay a visit", within the clause. */
export function invitedTo(t: AnalysedSentence['tokens'], k: number, start: number): boolean {
  for (let i = k - 1; i >= Math.max(start, k - 14); i--) {
    const w = t[i].lower;
    if (w === ',' || w === ';') return false;
    if (!INVITING.has(w)) continue;
    // ("at / on / upon the invitation of X": the occasion of a visit that happened.)
    const before = t[i - 1]?.lower === 'the' || t[i - 1]?.lower === 'his' || t[i - 1]?.lower === 'her' ? t[i - 2]?.lower : t[i - 1]?.lower;
    if (['at', 'on', 'upon'].includes(before ?? '') && t[i + 1]?.lower === 'of') return false;
    return t.slice(i + 1, k).some((x) => x.lower === 'to');
  }
  return false;
}

export function isDestination(s: AnalysedSentence, m: CountryMention): boolean {
  const t = s.tokens;
  // ("leaving for Herat, Afghanistan": a state after its place and a comma is where that place is, 1.25.24.)
  if (t[m.from - 1]?.lower === ',' && t[m.from - 2]?.cap && t[m.from - 3] && ['for', 'to', 'visited', 'visits'].includes(t[m.from - 3].lower)) {
    return isDestination(s, { ...m, from: m.from - 2, to: m.from - 1 });
  }
  // ("who had visited Egypt and Israel": a place coordinated after a destination is one too, 1.30.55.)
  if (t[m.from - 1]?.lower === 'and' || t[m.from - 1]?.lower === ',') {
    const prev = s.mentions.find((x) => x.to === m.from - 1 || (x.to === m.from - 2 && t[m.from - 2]?.lower === ','));
    if (prev && prev.kind !== 'person' && prev.kind !== 'demonym') return isDestination(s, prev);
  }
  const at = t[m.from - 1]?.lower === 'the' ? m.from - 2 : m.from - 1;
  const prep = t[at]?.lower ?? '';
  // ("travelled on to Tanzania", "before flying onward to Ghana", 1.30.55.)
  const verb = t[ONWARD_ADVERBS.has(t[at - 1]?.lower ?? '') ? at - 2 : at - 1]?.lower ?? '';
  if (prep === 'for') return DEPART.has(verb) || ONWARD.has(verb);
  if (prep === 'to') return DEPART.has(verb) || ONWARD.has(verb) || ['travelled', 'traveled', 'flew', 'went', 'came', 'returned', 'travels', 'flies', 'goes'].includes(verb);
  return ['visited', 'visits', 'toured'].includes(prep);
}
