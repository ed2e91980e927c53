/**
 * The role of a country mention in its sentence: an actor can be a party to a fact; a location,
 * a topic or an adjective cannot ("in Ulaanbaatar", "to discuss Taiwan", "Nigerian striker").
 */
import type { CountryMention, MentionRole } from './analysis.types';
import type { DateMention } from './text/dates';
import type { Mention } from './text/mentions';
import { isPlaceWord } from './text/mentions';
import type { Token } from './text/tokens';
import { GOVERNMENT_NOUNS, LOCATION_PREPOSITIONS, PLACE_ADJECTIVES, TITLE_WORDS } from './text/words';

const PLACE_TAIL = new Set([',', '.', ';', ':', ')', 'on', 'in', 'at', 'for', 'to', 'from', 'during', 'last', 'this', 'earlier']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const TIME_TAIL = new Set(['today', 'yesterday', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'and', 'where', 'when', 'after', 'before']);

/** How many tokens of a place adjective ("neighbouring", "war-torn") stand right before `from` (1.12). */
export function placeAdjectiveSpan(tokens: readonly Token[], from: number): number {
  const w = tokens[from - 1]?.lower ?? '';
  if (!PLACE_ADJECTIVES.has(w)) return 0;
  // "war - torn": the compound's first part and its hyphen.
  if (tokens[from - 2]?.lower === '-' && /^\p{Ll}/u.test(tokens[from - 3]?.text ?? '')) return 3;
  return ['torn', 'hit', 'stricken', 'ravaged', 'battered'].includes(w) ? 0 : 1;
}

export function isAfterLocationPreposition(tokens: Token[], from: number): boolean {
  from -= placeAdjectiveSpan(tokens, from);
  const prev = tokens[from - 1]?.lower ?? '';
  return LOCATION_PREPOSITIONS.has(prev) || (prev === 'the' && LOCATION_PREPOSITIONS.has(tokens[from - 2]?.lower ?? ''));
}

// Prepositions that place what follows ("in", not "from": "leaders from A, B and C" are parties).
const PLACE_LIST_LEADS = new Set(['in', 'across', 'throughout']);
/** Capitalised words, commas and "the" back from the "and" at `and` to "in". */
function placeListBefore(tokens: Token[], and: number): boolean {
  let j = and - 1;
  if (tokens[j]?.lower === ',') j--;
  let words = 0;
  while (j >= 0 && and - j <= 12 && !PLACE_LIST_LEADS.has(tokens[j].lower) && (tokens[j].cap || tokens[j].lower === ',' || tokens[j].lower === 'the')) {
    if (tokens[j].cap) words++;
    j--;
  }
  return words > 0 && PLACE_LIST_LEADS.has(tokens[j]?.lower ?? '') && tokens[j + 1]?.cap === true;
}

/** Verbs of travel whose "to" names where the traveller went ("flew to Cairo"). */
const TRAVEL_VERBS = new Set(['flew', 'flown', 'flies', 'fly', 'flying', 'travelled', 'traveled', 'travels', 'travel', 'travelling', 'traveling', 'went', 'goes', 'headed', 'heads', 'heading', 'returned', 'returns', 'returning', 'came', 'comes', 'moved', 'drove', 'sailed', 'proceeded', 'continued']);

// Conjunctions that may open a fronted participle of travel ("After visiting Hanoi, …").
const FRONTED_LEADS = new Set(['after', 'while', 'when', 'before']);

const TENURE = new Set(['acting', 'then', 'former', 'interim', 'caretaker', 'outgoing', 'incoming', 'new', 'late']);

const EVENT_NOUNS = new Set(['summit', 'summits', 'talks', 'process', 'accords', 'accord', 'format', 'conference', 'conferences', 'declaration', 'agreements', 'rounds', 'round']);
/** After a capital: more capitalised place words joined by "," / "and", then an event noun ("the Abuja, Lome and Dakar talks"). */
function namesEvents(tokens: Token[], i: number): boolean {
  for (let j = i; j < tokens.length && j < i + 10; j++) {
    const w = tokens[j].lower;
    if (EVENT_NOUNS.has(w)) return true;
    // ("St." or "Ft." before a name: an abbreviation's full stop inside a place name.)
    if (w === ',' || w === 'and' || (w === '.' && tokens[j - 1]?.cap && tokens[j - 1].text.length <= 3)) continue;
    if (!tokens[j].cap || TITLE_WORDS.has(w)) return false;
  }
  return false;
}

const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);

/**
 * "in Kazan, Russia", "in Qingdao, east China": the country after a place that a location
 * preposition introduced, with an optional compass word before it (1.19), and then the end of the phrase.
 */
/**
 * "In Geneva, Qatar and Saudi Arabia voted …": after "and", more capitalised words and then a verb (a
 * lower-case word that ends no place phrase): the state before is the first of a list of subjects of
 * a fronted place, not the country of that place (1.30.21).
 */
function subjectList(tokens: readonly Token[], to: number): boolean {
  if (tokens[to]?.lower !== 'and') return false;
  let j = to + 1;
  if (tokens[j]?.lower === 'the') j++;
  const first = j;
  while (j < tokens.length && j < first + 4 && tokens[j].cap) j++;
  return j > first && verbNext(tokens, j);
}
/** A lower-case word at `at` that ends no place phrase: the verb of a subject before it ("… voted"). */
const verbNext = (tokens: readonly Token[], at: number) => {
  const next = tokens[at];
  return !!next && /^\p{Ll}+$/u.test(next.text) && !PLACE_TAIL.has(next.lower) && !TIME_TAIL.has(next.lower);
};

export function placeThenCountry(tokens: readonly Token[], m: { from: number; to: number }): boolean {
  const comma = COMPASS.has(tokens[m.from - 1]?.lower ?? '') ? m.from - 2 : m.from - 1;
  return tokens[comma]?.lower === ',' && !!tokens[comma - 1]?.cap && isAfterLocationPreposition(tokens as Token[], comma - 1) && (!tokens[m.to] || PLACE_TAIL.has(tokens[m.to].lower));
}

const HYPHENS = new Set(['-', '–', '—']);
const RELATION_SUFFIXES = new Set(['related', 'based', 'bound', 'made', 'focused', 'centred', 'centered', 'centric', 'specific', 'owned', 'linked', 'origin', 'style']);
const PAIR_EVENTS = new Set(['talks', 'summit', 'consultations', 'negotiations', 'dialogue', 'meeting', 'meetings']);
/** A meeting noun at `k`, or after at most two lower-case modifiers ("strategic dialogue", "high level talks"). */
function pairEventAt(tokens: Token[], k: number): boolean {
  for (let i = k; i < k + 3 && tokens[i]; i++) {
    if (PAIR_EVENTS.has(tokens[i].lower)) return true;
    if (!/^\p{Ll}/u.test(tokens[i].text)) return false;
  }
  return false;
}

export function roleOf(tokens: Token[], m: Mention, possessive: boolean, demonymEnds: ReadonlyMap<number, number> = new Map()): MentionRole {
  // "in the Tanzanian capital": a demonym naming a capital is a place.
  if (m.kind === 'demonym' && tokens[m.to]?.lower === 'capital' && tokens[m.from - 1]?.lower === 'the' && LOCATION_PREPOSITIONS.has(tokens[m.from - 2]?.lower ?? '')) return 'location';
  // ("in the Saudi capital Riyadh", "in the Ecuadorian city Guayaquil": the named place after a
  // located demonym's noun is the same place, 1.22.1.)
  if ((m.kind === 'capital' || m.kind === 'city') && ['capital', 'city'].includes(tokens[m.from - 1]?.lower ?? '') && tokens[m.from - 3]?.lower === 'the' && LOCATION_PREPOSITIONS.has(tokens[m.from - 4]?.lower ?? '')) return 'location';
  // "Baku, capital of Azerbaijan", "Port of Spain, the capital of Trinidad and Tobago": a place described.
  if (m.kind === 'name' && tokens[m.from - 1]?.lower === 'of' && tokens[m.from - 2]?.lower === 'capital') return 'location';
  if (m.kind === 'demonym') {
    // ("the Russian-North Korean talks were held": two demonyms joined by a hyphen before the noun of
    // a meeting are its two sides, 1.26.1.)
    if (HYPHENS.has(tokens[m.to]?.text ?? '') && demonymEnds.has(m.to + 1) && pairEventAt(tokens, demonymEnds.get(m.to + 1)!)) return 'actor';
    if (HYPHENS.has(tokens[m.from - 1]?.text ?? '') && tokens[m.from - 2]?.cap && tokens[m.from - 2].end === tokens[m.from - 1].start && pairEventAt(tokens, m.to)) return 'actor';
    // "The Japanese and Philippine governments": look past a coordinated demonym to the head noun.
    let k = m.to;
    // "The Egyptian, Iraqi and Jordanian foreign ministers": skip whole coordinated demonyms.
    for (let guard = 0; guard < 12 && tokens[k] && (tokens[k].lower === ',' || tokens[k].lower === 'and'); guard++) {
      const end = demonymEnds.get(k + 1);
      if (end === undefined) break;
      k = end;
    }
    while (
      tokens[k] &&
      (tokens[k].lower === 'and' ||
        tokens[k].lower === ',' ||
        (tokens[k].cap && !GOVERNMENT_NOUNS.has(tokens[k].lower) && k < m.to + 3 && tokens[k + 1] && (GOVERNMENT_NOUNS.has(tokens[k + 1].lower) || tokens[k + 1].lower === 'and')))
    ) {
      k++;
    }
    const head = tokens[k]?.lower ?? '';
    return GOVERNMENT_NOUNS.has(head) || TITLE_WORDS.has(head) ? 'actor' : 'adjective';
  }
  // ("to discuss regional and Syria-related issues", "China-made drones": a state joined by a hyphen
  // to a word of relation or origin modifies the noun after it, 1.26.4.)
  if (m.kind !== 'person' && tokens[m.to]?.text === '-' && tokens[m.to].start === tokens[m.to - 1].end && RELATION_SUFFIXES.has(tokens[m.to + 1]?.lower ?? '')) return 'adjective';
  // "delegations from Angola", "his counterpart from Jamaica": who comes from a country acts for it.
  if (tokens[m.from - 1]?.lower === 'from' && GOVERNMENT_NOUNS.has(tokens[m.from - 2]?.lower ?? '')) return 'actor';
  if (tokens[m.from - 1]?.lower === 'the' && tokens[m.from - 2]?.lower === 'from' && GOVERNMENT_NOUNS.has(tokens[m.from - 3]?.lower ?? '')) return 'actor';
  if (isAfterLocationPreposition(tokens, m.from)) return 'location';
  // ("flew to Cairo, where he met …": a city travelled to is a place, not its government, 1.30.11.)
  if ((m.kind === 'capital' || m.kind === 'city') && tokens[m.from - 1]?.lower === 'to' && TRAVEL_VERBS.has(tokens[m.from - 2]?.lower ?? '')) return 'location';
  // ("people in El Salvador, Guatemala, and Honduras", "In Guatemala and Honduras, USDA will …": the
  // last of places listed after "in" is a place too, 1.30.4.)
  // (Not when a verb follows the list: "In Geneva, Qatar and Saudi Arabia voted" names its subjects, 1.30.21.)
  if (m.kind === 'name' && tokens[m.from - 1]?.lower === 'and' && placeListBefore(tokens, m.from - 1) && !verbNext(tokens, m.to)) return 'location';
  // ("Visiting Jakarta for the forum, X met …", "After visiting Hanoi, X …": the city a fronted
  // participle visits is a place, not a party, 1.23.0.)
  if ((m.kind === 'capital' || m.kind === 'city') && tokens[m.from - 1]?.lower === 'visiting' && (m.from === 1 || (m.from === 2 && FRONTED_LEADS.has(tokens[0].lower)))) return 'location';
  // "met in host country Ecuador": the place of the meeting.
  if (['country', 'nation'].includes(tokens[m.from - 1]?.lower ?? '') && tokens[m.from - 2]?.lower === 'host' && isAfterLocationPreposition(tokens, m.from - 2)) return 'location';
  // "in Kazan, Russia", "in Goa, India": the country after a place introduced by a location preposition.
  // ("In Ulaanbaatar, Japan urged …" is a fronted place and then the subject: a verb follows.)
  // ("Leaders from Kenya, Uganda and Rwanda": a list of states the officials come from is not a place.)
  // ("Foreign ministers from Saudi Arabia, Egypt, …": the state before the comma may be of several words, 1.30.17.)
  let before = m.from - 2;
  while (before > 0 && m.from - 2 - before < 4 && tokens[before].cap) before--;
  const officialsFrom = before < m.from - 2 && tokens[before]?.lower === 'from' && GOVERNMENT_NOUNS.has(tokens[before - 1]?.lower ?? '');
  if (m.kind === 'name' && !officialsFrom && placeThenCountry(tokens, m)) return 'location';
  // ("in Siem Reap Town, Cambodia today": a place of several capitalised words, then its country, then a
  // time word or the end of the phrase, 1.18.)
  if (m.kind === 'name' && !officialsFrom && tokens[m.from - 1]?.lower === ',' && tokens[m.from - 2]?.cap && (!tokens[m.to] || PLACE_TAIL.has(tokens[m.to].lower) || TIME_TAIL.has(tokens[m.to].lower)) && !subjectList(tokens, m.to)) {
    let j = m.from - 2;
    while (j > m.from - 5 && tokens[j - 1]?.cap && !LOCATION_PREPOSITIONS.has(tokens[j - 1].lower)) j--;
    if (isAfterLocationPreposition(tokens, j)) return 'location';
  }
  // "the wars in Gaza and Lebanon", "in Darfur and Chad": a name coordinated with a place after a location preposition (1.9).
  if (m.kind === 'name' && tokens[m.from - 1]?.lower === 'and' && tokens[m.from - 2]?.cap && !isPlaceWord(tokens[m.from - 2].lower) && isAfterLocationPreposition(tokens, m.from - 2) && (!tokens[m.to] || PLACE_TAIL.has(tokens[m.to].lower))) return 'location';
  // ("during the Abuja and Dakar talks", "the Astana talks": a capital naming a series of
  // events is a modifier, not a party, 1.18.)
  if (m.kind === 'capital' && namesEvents(tokens, m.to)) return 'adjective';
  // "his Nigeria agenda", "their US visit": a name between a possessive pronoun and a common noun modifies it.
  if (m.kind !== 'person' && POSSESSIVE_PRONOUNS.has(tokens[m.from - 1]?.lower ?? '') && /^\p{Ll}/u.test(tokens[m.to]?.text ?? '') && !['and', 'or'].includes(tokens[m.to]?.lower ?? '')) return 'adjective';
  if (possessive && m.kind !== 'person') {
    // "Qatar's Foreign Minister" acts; "Moscow's aggression" is talked about.
    const next = tokens[m.to + 1]?.lower ?? '';
    if (GOVERNMENT_NOUNS.has(next) || TITLE_WORDS.has(next)) return 'actor';
    // ("Bolivia's acting president", "Chile's then-president": a modifier of tenure before the title, 1.17.)
    const after = tokens[m.to + 2]?.lower === '-' ? tokens[m.to + 3]?.lower ?? '' : tokens[m.to + 2]?.lower ?? '';
    if (TENURE.has(next) && (GOVERNMENT_NOUNS.has(after) || TITLE_WORDS.has(after))) return 'actor';
    // "China's Li Zhaoxing": a person's name after the possessive (two capitalised words, then none).
    const a = tokens[m.to + 1];
    const b = tokens[m.to + 2];
    const c = tokens[m.to + 3];
    const personal = a?.cap && b?.cap && !(c?.cap) && !isPlaceWord(a.lower) && !isPlaceWord(b.lower) && !TITLE_WORDS.has(a.lower) && !TITLE_WORDS.has(b.lower) && /^\p{Lu}\p{Ll}+$/u.test(a.text) && /^\p{Lu}\p{Ll}+$/u.test(b.text);
    return personal ? 'actor' : 'topic';
  }
  return 'actor';
}

const TOPIC_OPENERS = new Set([
  'discuss', 'discussed', 'discusses', 'discussing', 'about', 'regarding', 'concerning', 'over', 'including', 'amid',
  'against', 'condemning', 'condemned', 'condemn', 'on', 'toward', 'towards', 'criticised', 'criticized', 'accused',
  'sanctions', 'invasion', 'war', 'crisis', 'situation', 'issue', 'question',
  // "issues related to Pak-US ties, Afghanistan and security", "covering Iran and Syria" (1.8).
  'related', 'covering', 'concerning',
  // "the foreign ministers of A, B and C, except D": who is left out takes no part (1.9).
  'except', 'excluding',
  'wars',
  // ("The meeting tackled developments in Libya, Sudan, Somalia and Syria", 1.26.4.)
  'tackled', 'developments',
]);
// Openers of a list of subjects ("issues related to trade, Mali and security"): a comma before a country continues them.
// ("developments concerning Gaza, Syria, and other …": a place that is no state may open the list, 1.26.4.)
const LIST_OPENERS = new Set(['related', 'covering', 'concerning', 'regarding', 'developments']);
// Tokens that end a topic stretch.
const TOPIC_CLOSERS = new Set([',', ';', ':', '.', 'and', 'but', 'while', 'that', 'who', 'which', 'with', '(', ')', '—', '–', 'was', 'were', 'is', 'are', 'has', 'have', 'between', 'by']);
// After these, "on" introduces the addressee or a time, not a topic ("called on Israel").
const ON_IS_NOT_TOPIC = new Set(['called', 'calls', 'call', 'calling', 'urged', 'relies', 'rely', 'depend', 'depends', 'agreed', 'focus']);

/** Countries after "discuss", "about", "over", "against"… are what is talked about, not who talks. */
export function markTopics(tokens: Token[], ms: CountryMention[], dates: DateMention[]): void {
  let inTopic = false;
  let coordinated = false;
  let opener = '';
  let idx = 0;
  // A topic stretch is short: it ends a few words after its opener or its last country.
  let expires = 0;
  const dateAt = new Set(dates.map((d) => d.from));
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].lower;
    if (inTopic && i > expires) inTopic = false;
    while (idx < ms.length && ms[idx].from < i) idx++;
    if (idx < ms.length && ms[idx].from === i && inTopic && ms[idx].kind !== 'person') {
      if (ms[idx].role === 'actor') ms[idx].role = 'topic';
      coordinated = true;
      i = ms[idx].to - 1;
      expires = i + 4;
      continue;
    }
    // ("called yesterday on Russian authorities": a date between the verb and its "on", 1.29.0.)
    const onNotTopic = w === 'on' && (ON_IS_NOT_TOPIC.has(tokens[i - 1]?.lower ?? '') || dateAt.has(i + 1) || dates.some((d) => d.to === i && ON_IS_NOT_TOPIC.has(tokens[d.from - 1]?.lower ?? '')));
    if (TOPIC_OPENERS.has(w) && !onNotTopic && !(w === 'against' && tokens[i - 1]?.lower === 'voted')) {
      inTopic = true;
      opener = w;
      expires = i + 5;
      coordinated = false;
    } else if (TOPIC_CLOSERS.has(w)) {
      // "discussed Iran, North Korea and the war": a list continues the topic.
      // ("issues related to trade ties, Mali and security": a comma before a country continues it too, 1.8.)
      const listNext = w === ',' && LIST_OPENERS.has(opener) && idx < ms.length && ms[idx].from === i + 1;
      if (!(coordinated && (w === ',' || w === 'and')) && !listNext) inTopic = false;
    } else coordinated = false;
  }
  // ("the UN Special Envoy for Syria", "a Special Representative on Afghanistan": an envoy's remit is
  // what he deals with, not the state he acts for, 1.27.7.)
  for (const m of ms) {
    if (m.kind === 'person' || m.role !== 'actor') continue;
    const prep = tokens[m.from - 1]?.lower === 'the' ? m.from - 2 : m.from - 1;
    if (tokens[prep]?.lower !== 'for' && tokens[prep]?.lower !== 'on') continue;
    // (Back over the title: "the Special Envoy of the United Nations Secretary-General for Syria".)
    for (let j = prep - 1; j >= 0 && j >= prep - 8; j--) {
      const w = tokens[j];
      if (REMIT_HOLDERS.has(w.lower)) {
        m.role = 'topic';
        break;
      }
      if (!(w.cap || w.lower === 'of' || w.lower === 'the' || w.text === '-' || w.lower === 'special')) break;
    }
  }
}

const REMIT_HOLDERS = new Set(['envoy', 'envoys', 'representative', 'representatives', 'coordinator', 'rapporteur', 'mediator']);

const DASHES = new Set(['-', '—', '–', ':']);
const MONTH_WORDS = new Set([
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'january', 'february',
  'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/**
 * Token index where a leading dateline ends ("KUWAIT CITY--", "TOKYO, Japan (Reuters) —",
 * "BEIJING/TOKYO:"), or 0. A dateline names where the story was filed, never an actor.
 */
export function datelineEnd(tokens: Token[]): number {
  for (let i = 1; i < Math.min(tokens.length, 12); i++) {
    const t = tokens[i];
    // "Havana, March 18 (RHC) Cuban Foreign Minister …": a credit in brackets closes the dateline.
    // ("Lima [Peru], June 12 (EFE): …": a colon after the credit, 1.19.)
    // ("Beirut, 25 March 2025 (dpa/MIA) - The …": a credit of a few words, then a dash, 1.22.1.)
    const colonAfter = tokens[i + 1]?.text === ':' && !!tokens[i + 2]?.cap;
    const dashAfter = DASHES.has(tokens[i + 1]?.text ?? '') && !!tokens[i + 2]?.cap;
    const from = Math.max(1, i - 5);
    const at = t.text === ')' ? tokens.slice(from, i).findIndex((x) => x.text === '(') : -1;
    const open = at < 0 ? -1 : from + at;
    const credit = open > 0 && (open === i - 2 ? tokens[i - 1].text === tokens[i - 1].text.toUpperCase() || dashAfter : i - open <= 5);
    if (credit && (tokens[i + 1]?.cap || colonAfter || dashAfter)) {
      const ok = tokens.slice(0, open).every((x) => x.cap || /^[^\p{L}]+$/u.test(x.text) || MONTH_WORDS.has(x.lower));
      const dated = ok && tokens.slice(0, open).some((x) => /^\d/.test(x.text));
      if (dated) return colonAfter || dashAfter ? i + 2 : i + 1;
      // (Undated, a dash after the credit still closes it, below: "TOKYO, Japan (Reuters) — …".)
      if (!dashAfter) return 0;
    }
    // "Lima [Peru], June 12 : The foreign minister …": capitalised words and a date, closed by a
    // colon (1.19).
    // (Without a date, a colon closes a dateline as a dash does, below.)
    if (t.text === ':' && tokens[i + 1]?.cap && tokens.slice(0, i).some((x) => /^\d/.test(x.text))) {
      return tokens.slice(0, i).every((x) => x.cap || /^[^\p{L}]+$/u.test(x.text) || MONTH_WORDS.has(x.lower)) ? i + 1 : 0;
    }
    // "MOSCOW/CAIRO (UrduPoint News / Sputnik - 08th February, 2021) The …": capitals, then a credit in brackets.
    // ("NUSA DUA, Indonesia (Reuters) President …": a city in capitals, then its country, 1.25.26.)
    const cityThenCountry = tokens[0].text.length > 1 && tokens[0].text === tokens[0].text.toUpperCase() && tokens.slice(0, i).some((x) => x.text === ',');
    if (t.text === '(' && tokens.slice(0, i).every((x) => (x.cap && (x.text === x.text.toUpperCase() || cityThenCountry)) || x.text === '/' || x.text === ',')) {
      let j = i + 1;
      while (j < tokens.length && j < i + 20 && tokens[j].text !== ')') j++;
      if (tokens[j]?.text === ')' && tokens[j + 1]?.cap) return j + 1;
      // "COLOMBO (News 1st) – Bilateral discussions …": a dash after the bracketed credit (1.15).
      if (tokens[j]?.text === ')' && DASHES.has(tokens[j + 1]?.text ?? '') && tokens[j + 2]?.cap) return j + 2;
    }
    if (!DASHES.has(t.text)) continue;
    // "Akufo-Addo": a hyphen inside a word is no separator.
    if (t.text === '-' && tokens[i - 1].end === t.start && tokens[i + 1]?.start === t.end && !DASHES.has(tokens[i - 1].text) && !DASHES.has(tokens[i + 1].text)) continue;
    const ok = tokens.slice(0, i).every((x) => x.cap || /^[^\p{L}]+$/u.test(x.text) || MONTH_WORDS.has(x.lower));
    return ok && (tokens[i + 1]?.cap || DASHES.has(tokens[i + 1]?.text ?? '')) ? i : 0;
  }
  return 0;
}

// Passive verbs of talk: what "was discussed" is a subject matter, not a party.
const TALKED_ABOUT = new Set(['discussed', 'raised', 'addressed', 'reviewed', 'touched', 'debated', 'highlighted']);

/**
 * "Peace in Afghanistan was also discussed in the meeting": countries in the subject of a passive
 * verb of talk are what is talked about (1.9).
 */
export function markPassiveTopics(tokens: Token[], ms: CountryMention[]): void {
  for (let k = 1; k < tokens.length; k++) {
    if (!TALKED_ABOUT.has(tokens[k].lower)) continue;
    let b = k - 1;
    if (['also', 'further', 'then', 'briefly'].includes(tokens[b]?.lower ?? '')) b--;
    if (!['was', 'were', 'been'].includes(tokens[b]?.lower ?? '')) continue;
    // The subject runs back to the clause's start (sentence start, comma, semicolon or "and").
    let start = b;
    for (;;) {
      while (start > 0 && ![',', ';', ':', 'and', 'that', 'which'].includes(tokens[start - 1].lower)) start--;
      // ("the talks between A and B regarding …, as well as the situation in C was also discussed": a
      // subject coordinated by "as well as" runs on past its comma, 1.25.36.)
      const asWellAs = tokens[start - 1]?.lower === ',' && tokens[start]?.lower === 'as' && tokens[start + 1]?.lower === 'well' && tokens[start + 2]?.lower === 'as';
      if (!asWellAs) break;
      start--;
    }
    for (const m of ms) if (m.from >= start && m.to <= b && m.kind !== 'person') m.role = 'topic';
  }
}
