/**
 * Reads an article once: sentences, tokens, country mentions (names, demonyms, capitals, seats and
 * the officials introduced for a country) with their roles, dates and amounts. Detectors only look
 * at this.
 */
import type { Analysis, AnalysedSentence, CountryMention } from './analysis.types';
import { collectOfficials, foldAccents } from './officials';
import type { OfficialRegistry } from './officials';
import { datelineEnd, markPassiveTopics, markTopics, roleOf } from './roles';
import { findDates, parsePublished } from './text/dates';
import type { Mention } from './text/mentions';
import { cityAt } from './text/cities';
import { findMentions } from './text/mentions';
import { currenciesOf, currencyOf, KINGDOMS, LEXICON } from '../../domain/src/countries';
import { findMoney, isDollar, isRupee } from './text/money';
import type { Official } from './text/people';
import { normaliseRole, titleWordAt } from './text/people';
import { splitSentences } from './text/sentences';
import type { Token } from './text/tokens';
import { tokenize } from './text/tokens';
import { outletHome } from './text/outlet';
import type { ArticleInput } from './extract';
import { LOCATION_PREPOSITIONS, TITLE_WORDS } from './text/words';

export type { Analysis, AnalysedSentence, CountryMention, MentionRole } from './analysis.types';

// No real sentence is this long; reading one would only cost time (lists stay far below it).
const MAX_SENTENCE = 3000;

/** An ambiguous form ("Korean") takes the one candidate the article names unambiguously, if any. */
function resolveAmbiguous(all: Mention[][]): Map<string, string> {
  const named = new Set<string>();
  for (const ms of all) for (const m of ms) if (m.iso3.length === 1) named.add(m.iso3[0]);
  const out = new Map<string, string>();
  for (const ms of all) {
    for (const m of ms) {
      if (m.iso3.length < 2) continue;
      const hits = m.iso3.filter((c) => named.has(c));
      if (hits.length === 1) out.set(m.iso3.join('|'), hits[0]);
    }
  }
  return out;
}

// A label that names a state's office or the kind of its own release ("Australian Minister for
// Foreign Affairs media release", "Ministry of External Affairs, press release", "Embassy of Japan").
const RELEASE_LABEL = /\b(?:minist(?:er|ry)|government|president|presidency|prime minister|embassy|high commission|press release|media release|statement|readout|department of|office of)\b/i;
function isRelease(source: string | null | undefined): boolean {
  return typeof source === 'string' && RELEASE_LABEL.test(source.slice(0, 300));
}
const FIRST_PERSON = new Set(['i', 'my', 'me', 'we', 'our', 'us']);
/** "I", "my", "we", "our" outside quotes: the writer of a state's release, that state. */
function firstPerson(tokens: Token[], iso3: string): CountryMention[] {
  const out: CountryMention[] = [];
  let quoted = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // (A single quote mark between letters is an apostrophe, not a quote.)
    if (QUOTE_CHARS.has(t.text) && !(t.text === '’' && /\p{L}$/u.test(tokens[i - 1]?.text ?? '') && tokens[i - 1].end === t.start)) quoted = !quoted;
    if (quoted || !FIRST_PERSON.has(t.lower) || (t.lower === 'us' && t.text === 'US') || (t.text === 'I' && tokens[i + 1]?.text === '.')) continue;
    out.push({ iso3, kind: 'person', role: 'actor', from: i, to: i + 1, possessive: t.lower === 'my' || t.lower === 'our' });
  }
  return out;
}

/** People: the longest registered name starting at each capitalised token not already a place. */
function personMentions(tokens: Token[], covered: Set<number>, reg: OfficialRegistry): CountryMention[] {
  const out: CountryMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(i)) continue;
    if (!tokens[i].cap) {
      if (tokens[i - 1]?.lower !== 'the') continue;
      // ("the defence minister is in Bishkek on a visit": a title of two words or more in lower case, 1.28.0.)
      const def = TITLE_WORDS.has(tokens[i].lower) ? definiteTitle(tokens, i, reg, true) : null;
      if (def) {
        out.push({ iso3: def.country, kind: 'person', role: 'actor', from: i, to: def.to, possessive: tokens[def.to]?.lower === "'s", person: def.o });
        i = def.to - 1;
      }
      continue;
    }
    let best: { o: Official; to: number } | null = null;
    let key = '';
    for (let j = i; j < Math.min(tokens.length, i + 4); j++) {
      const w = foldAccents(tokens[j].lower);
      key = j === i ? w : `${key} ${w}`;
      const o = reg.byKey.get(key);
      if (o) best = { o, to: j + 1 };
      if (!reg.prefixes.has(key)) break;
    }
    if (!best) {
      const def = definiteTitle(tokens, i, reg);
      if (def) {
        out.push({ iso3: def.country, kind: 'person', role: 'actor', from: i, to: def.to, possessive: tokens[def.to]?.lower === "'s", person: def.o });
        i = def.to - 1;
      }
      continue;
    }
    const possessive = tokens[best.to]?.lower === "'s";
    out.push({ iso3: best.o.country!, kind: 'person', role: 'actor', from: i, to: best.to, possessive, person: best.o });
    i = best.to - 1;
  }
  return out;
}

/**
 * "Yesterday, the Prime Minister also held talks with …": a capitalised title after "the", with no
 * name or "of" after it, stands for the one official of that office the article names, when every
 * holder of that office it names is of one known state (1.15).
 */
const STYLES = new Set(['highness', 'majesty', 'excellency']);
// ("The Foreign Secretary met Tánaiste X": the United Kingdom's and India's style of office, 1.28.2.)
const DEFINITE_TITLES = new Set(['president', 'prime minister', 'chancellor', 'foreign minister', 'foreign secretary', 'emir', 'king', 'premier', 'sultan', 'crown prince']);
// Written in lower case ("the defence minister"), a title names the official only when it is an office
// of two words or more: "the president" or "the minister" alone is as often anyone's (1.28.0).
const LOWER_DEFINITE_TITLES = new Set(['prime minister', 'foreign minister', 'defence minister', 'defense minister', 'finance minister', 'vice president', 'deputy prime minister', 'crown prince']);
function definiteTitle(tokens: Token[], i: number, reg: OfficialRegistry, lower = false): { country: string; o?: Official; to: number } | null {
  // ("His Highness the Amir travelled to Muscat": a style of address before "the" is no name, 1.30.73.)
  const styled = STYLES.has(tokens[i - 2]?.lower ?? '');
  if (!titleWordAt(tokens, i) || tokens[i - 1]?.lower !== 'the' || (tokens[i - 2] && tokens[i - 2].cap && tokens[i - 2].lower !== 'the' && !styled)) return null;
  let j = i;
  while (j < tokens.length && j < i + 3 && tokens[j].cap !== lower && titleWordAt(tokens, j)) j++;
  const next = tokens[j];
  if (next && (next.cap || next.lower === 'of' || next.lower === '-' || next.lower === 'and')) return null;
  const role = normaliseRole(tokens.slice(i, j).map((x) => x.text));
  if (!(lower ? LOWER_DEFINITE_TITLES : DEFINITE_TITLES).has(role)) return null;
  const holders = reg.officials.filter((o) => o.role === role);
  // ("The Prime Minister visited Japan" in an outlet of his state that names no holder of the
  // office: its own state's, with no person behind it, 1.24.)
  if (holders.length === 0 && reg.home) return { country: reg.home, to: j };
  const states = new Set(holders.map((o) => o.country));
  if (holders.length === 0 || states.size !== 1 || !holders[0].country) return null;
  return { country: holders[0].country, o: holders[0], to: j };
}

/** "Port-of-Spain": a name glued after "<Capitalised>-of-" is part of a place name. */
function compoundPlace(tokens: Token[], from: number): boolean {
  const h = tokens[from - 1];
  const of = tokens[from - 2];
  const h0 = tokens[from - 3];
  return !!h && h.text === '-' && h.end === tokens[from].start && !!of && of.lower === 'of' && of.end === h.start && !!h0 && h0.text === '-' && h0.end === of.start && !!tokens[from - 4]?.cap;
}

// Before "for" and a city, these make it a destination ("left for Karachi").
const FOR_PLACE_VERBS = new Set(['left', 'leaves', 'leave', 'departed', 'departs', 'headed', 'heads', 'bound', 'set', 'sets', 'off']);
const VISITED_PLACE = new Set(['visited', 'visiting', 'visits', 'toured', 'touring']);

/**
 * Cities (not capitals) from the gazetteer, only where the sentence uses them as a place: after a
 * location preposition ("arrived in Dar es Salaam", "met in Osaka"), as a destination ("travelled
 * to Jeddah", "left for Karachi") or in a dateline. A city is never an actor, a topic or a party.
 */
function cityMentions(tokens: Token[], covered: Set<number>, dl: number): CountryMention[] {
  const out: CountryMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(i) || !tokens[i].cap) continue;
    const p = tokens[i - 1]?.lower === 'the' ? i - 2 : i - 1;
    const prev = tokens[p]?.lower ?? '';
    const placed =
      i < dl ||
      LOCATION_PREPOSITIONS.has(prev) ||
      (prev === 'to' && p === i - 1) ||
      // ("visited Osaka", "toured Lima": the object of a verb of visiting is a place, 1.30.49.)
      (VISITED_PLACE.has(prev) && p === i - 1) ||
      (prev === 'for' && p === i - 1 && FOR_PLACE_VERBS.has(tokens[p - 1]?.lower ?? ''));
    if (!placed) continue;
    const c = cityAt(tokens, i);
    if (!c) continue;
    for (let k = c.from; k < c.to; k++) covered.add(k);
    out.push({ iso3: c.iso3, kind: 'city', role: 'location', from: c.from, to: c.to, possessive: tokens[c.to]?.lower === "'s" });
    i = c.to - 1;
  }
  return out;
}

/**
 * A sentence that opens with "He" or "She" continues the story of the last official named before
 * it: "He later visited Kazakhstan." The pronoun becomes a mention of that official.
 */
/** The last token index at which a sentence's subject can start: past a dateline, fronted phrase or titles. */
function subjectLimit(tokens: { lower: string; cap: boolean }[]): number {
  let i = 0;
  // "On Monday, …", "NEW DELHI: …": skip to after the first comma/colon/dash in the first 8 tokens.
  for (let j = 0; j < Math.min(tokens.length, 8); j++) if ([',', ':', '—', '–', '--'].includes(tokens[j].lower)) i = j + 1;
  while (i < tokens.length && (tokens[i].cap || tokens[i].lower === 'the' || tokens[i].lower === 'of' || tokens[i].lower === "'s" || tokens[i].lower === '-')) i++;
  return i;
}

const QUOTE_MARKS = new Set(['"', '”', '“']);
// The quote marks and the single ones, which open and close quotes too (a '’' between letters is an apostrophe).
const QUOTE_CHARS: ReadonlySet<string> = new Set([...QUOTE_MARKS, '‘', '’']);
const SAY_LIST = ['said', 'says', 'told', 'added', 'stressed', 'noted', 'explained', 'recalled', 'revealed'];
const hasSay = (s: AnalysedSentence) => { for (let i = 0; i < SAY_LIST.length; i++) if (s.words.has(SAY_LIST[i])) return true; return false; };
const SAY_FORMS = new Set(['said', 'says', 'told', 'added', 'stressed', 'noted', 'explained', 'recalled', 'revealed']);

/**
 * "the Dutch foreign minister said", "said Kenya's foreign minister", "the ministry of X said": a
 * state's office named as the one who speaks, starting at token `at` (or, with `sayAt`, the office
 * right before that say-verb). Returns the state's mention, else undefined (1.18).
 */
function officeSpeaker(s: AnalysedSentence, at: number, sayAt = -1): CountryMention | undefined {
  const t = s.tokens;
  const officeFrom = (i: number): { m: CountryMention; end: number } | undefined => {
    if (t[i]?.lower === 'the') i++;
    const m = s.mentions.find((x) => x.from === i && x.kind !== 'person' && x.kind !== 'city' && (x.kind === 'demonym' || x.possessive));
    if (!m) return undefined;
    let j = m.possessive ? m.to + 1 : m.to;
    const head = j;
    while (j < t.length && j < head + 4 && TITLE_WORDS.has(t[j].lower)) j++;
    return j > head ? { m, end: j } : undefined;
  };
  if (sayAt >= 0) {
    for (let i = Math.max(0, sayAt - 6); i < sayAt; i++) {
      const o = officeFrom(i);
      if (o && o.end === sayAt) return o.m;
    }
    return undefined;
  }
  const o = officeFrom(at);
  if (o && SAY_FORMS.has(t[o.end]?.lower ?? '')) return o.m;
  if (SAY_FORMS.has(t[at]?.lower ?? '')) {
    const p = officeFrom(at + 1);
    if (p) return p.m;
  }
  return undefined;
}

// Words of an office before an official's name: "Chinese foreign ministry spokesperson X".
const OFFICE_WORDS = new Set(['the', 'foreign', 'ministry', 'affairs', 'office', 'department', 'spokesperson', 'spokesman', 'spokeswoman', 'external', 'state']);
/**
 * The speaker a quote opened at the start of sentence s is attributed to, when it closes in one of
 * the next three sentences of its paragraph with ', <official> said' or ', the <Demonym> <office> said'.
 */
function laterAttribution(sentences: AnalysedSentence[], s: AnalysedSentence): CountryMention | undefined {
  for (let n = s.index + 1; n < sentences.length && n <= s.index + 3 && sentences[n].paragraph === s.paragraph; n++) {
    const u = sentences[n];
    const q = u.tokens.findIndex((x, i) => i > 0 && QUOTE_MARKS.has(x.text));
    if (q < 0) continue;
    if (u.tokens[q - 1].lower !== ',') return undefined;
    // A named official after the mark, with only capitalised words and titles before him, then a say-verb.
    const person = u.mentions.find((m) => m.kind === 'person' && m.from > q && m.from <= q + 7 && SAY_FORMS.has(u.tokens[m.to]?.lower ?? '') && u.tokens.slice(q + 1, m.from).every((x) => x.cap || TITLE_WORDS.has(x.lower) || OFFICE_WORDS.has(x.lower)));
    return person ?? officeSpeaker(u, q + 1);
  }
  return undefined;
}

/** A "he" / "she" after a fronted date ("On Friday he …", "Later that day, she …"), else -1. */
function frontedPronoun(s: AnalysedSentence): number {
  const t = s.tokens;
  const p = t.findIndex((x, i) => i > 0 && i <= 6 && (x.lower === 'he' || x.lower === 'she'));
  if (p < 0) return -1;
  const dated = (i: number) => s.dates.some((d) => i >= d.from && i < d.to);
  return t.slice(0, p).every((x, i) => dated(i) || FRONTED_WORDS.has(x.lower)) && t.slice(0, p).some((_, i) => dated(i)) ? p : -1;
}
const FRONTED_WORDS = new Set(['on', 'in', 'later', 'earlier', 'then', 'that', 'day', ',', 'the', 'same']);

function resolvePronouns(sentences: AnalysedSentence[], officials: readonly { name: string; country: string | null }[] = []): void {
  // Name parts (three letters or more) of the officials the article gives no state (1.11).
  const stateless = officials.filter((o) => !o.country).map((o) => o.name.toLowerCase().split(/\s+/).filter((p) => p.length >= 3 && /^\p{L}+$/u.test(p)));
  let last: CountryMention | null = null;
  for (const s of sentences) {
    const first = s.tokens[0]?.lower;
    if (last && (first === 'he' || first === 'she') && !s.mentions.some((m) => m.from === 0)) {
      s.mentions.unshift({ ...last, from: 0, to: 1, possessive: false, role: 'actor' });
    }
    // ("On Friday he travelled to Angola": after a fronted date the pronoun opens the clause too, 1.30.54.)
    const fronted = last && first !== 'he' && first !== 'she' ? frontedPronoun(s) : -1;
    if (last && fronted > 0 && !s.mentions.some((m) => m.from === fronted)) {
      s.mentions.push({ ...last, from: fronted, to: fronted + 1, possessive: false, role: 'actor' });
      s.mentions.sort((a, b) => a.from - b.from);
    }
    // "Mora told reporters that in Lima she and X had reviewed …": a pronoun in what a
    // named official says stands for that official (1.17). Only the first "he"/"she" after the
    // say-verb, with no other official named between them.
    const firstPerson = (s.words.has('he') || s.words.has('she')) && hasSay(s) ? s.mentions.find((m) => m.kind === 'person') : undefined;
    const sayer = firstPerson && firstPerson.from <= subjectLimit(s.tokens) ? firstPerson : undefined;
    if (sayer) {
      let v = -1;
      for (let i = sayer.to; i <= sayer.to + 2 && i < s.tokens.length; i++) if (SAY_FORMS.has(s.tokens[i].lower)) { v = i; break; }
      let p = -1;
      if (v >= 0) for (let i = v + 1; i < s.tokens.length; i++) if (s.tokens[i].lower === 'he' || s.tokens[i].lower === 'she') { p = i; break; }
      if (p > 0 && !s.mentions.some((m) => m.kind === 'person' && m.from > v && m.from < p) && !s.mentions.some((m) => m.from === p)) {
        s.mentions.push({ ...sayer, from: p, to: p + 1, possessive: false, role: 'actor' });
        s.mentions.sort((a, b) => a.from - b.from);
      }
    }
    // '"I call on the government of X to …," Mora said': the first person of a quote stands for
    // the official it is attributed to right after its closing mark (1.17).
    const q = QUOTE_MARKS.has(s.tokens[0]?.text ?? '') ? s.tokens.findIndex((x, i) => i > 1 && QUOTE_MARKS.has(x.text) && s.tokens[i - 1].lower === ',') : -1;
    if (q > 0) {
      const speaker = s.mentions.find((m) => m.kind === 'person' && ((m.from === q + 1 && SAY_FORMS.has(s.tokens[m.to]?.lower ?? '')) || (m.from === q + 2 && SAY_FORMS.has(s.tokens[q + 1].lower))));
      const me = s.tokens.findIndex((x, i) => i > 0 && i < q && (x.text === 'I' || x.lower === 'we') && (i === 1 || s.tokens[i - 1].lower === ','));
      // ('"We call on X to …," the <Demonym> foreign minister said': an office of a named state is
      // the speaker when no person is, 1.18.)
      const office = speaker ?? officeSpeaker(s, q + 1);
      if (office && me > 0 && !s.mentions.some((m) => m.kind === 'person' && m.from < q)) {
        s.mentions.push({ ...office, from: me, to: me + 1, possessive: false, role: 'actor' });
        s.mentions.sort((a, b) => a.from - b.from);
      }
    }
    // ('"We call on A and B to engage in dialogue. This is in line with …," Chinese foreign ministry
    // spokesperson X said': a quote of several sentences speaks for the official its attribution names
    // after its closing mark, in the same paragraph, 1.30.7.)
    if (q < 0 && QUOTE_MARKS.has(s.tokens[0]?.text ?? '') && (s.tokens[1]?.text === 'I' || s.tokens[1]?.lower === 'we') && !s.mentions.some((m) => m.from === 1) && !s.tokens.some((x, i) => i > 0 && QUOTE_MARKS.has(x.text))) {
      const whom = laterAttribution(sentences, s);
      if (whom) {
        s.mentions.push({ ...whom, from: 1, to: 2, possessive: false, role: 'actor' });
        s.mentions.sort((a, b) => a.from - b.from);
      }
    }
    // 'Foreign Minister X said on Monday: "We urge Y to …"': a quote opened after the say-verb's
    // colon speaks for the official before it (1.18).
    const colon = s.words.has(':') ? s.tokens.findIndex((x, i) => x.text === ':' && QUOTE_MARKS.has(s.tokens[i + 1]?.text ?? '')) : -1;
    if (colon > 0 && (s.tokens[colon + 2]?.text === 'I' || s.tokens[colon + 2]?.lower === 'we') && !s.mentions.some((m) => m.from === colon + 2)) {
      const v = s.tokens.findIndex((x, i) => i < colon && SAY_FORMS.has(x.lower));
      const who = v > 0 ? s.mentions.filter((m) => m.to <= v && (m.kind === 'person' || m.role === 'actor')).pop() : undefined;
      const whom = who ?? (v > 0 ? officeSpeaker(s, 0, v) : undefined);
      if (whom && !s.mentions.some((m) => m.kind === 'person' && m.from > colon)) {
        s.mentions.push({ ...whom, from: colon + 2, to: colon + 3, possessive: false, role: 'actor' });
        s.mentions.sort((a, b) => a.from - b.from);
      }
    }
    // The pronoun continues the previous sentence's subject: its first official when he opens it
    // ("Prime Minister X met Y. He later …" is X); an official named only later in the sentence
    // is an object, and an unplaced subject leaves the pronoun unresolved.
    const people = s.mentions.filter((m) => m.kind === 'person');
    // ("The French leader arrived in Gabon … with Gabonese President X. On Friday he travelled …": a
    // subject that is a state's office with no name is whom the pronoun continues, 1.30.54.)
    const limit = subjectLimit(s.tokens);
    const office = s.mentions.find((m) => m.kind === 'demonym' && m.from <= limit && m.from <= 2 && TITLE_WORDS.has(s.tokens[m.to]?.lower ?? '') && m.role === 'actor');
    if (people.length > 0) last = people[0].from <= limit ? people[0] : office ?? null;
    else if (office) last = office;
    // "Abiy took the chance to …" with Abiy of no known state: a later "he" may be he, so it is
    // no longer the official of known state named before (1.11).
    else if (stateless.some((parts) => parts.some((p) => s.words.has(p)))) last = null;
  }
}

/**
 * "the same day", "that day", "later that day": the last day written in the two sentences before
 * (or earlier in this one), as a date of this sentence (1.9).
 */
function resolveSameDay(sentences: AnalysedSentence[]): void {
  let last: { value: string; index: number } | null = null;
  for (const s of sentences) {
    const t = s.tokens;
    for (let i = 1; i < t.length; i++) {
      if (t[i].lower !== 'day' || !['same', 'that'].includes(t[i - 1].lower)) continue;
      if (t[i - 1].lower === 'same' && t[i - 2]?.lower !== 'the') continue;
      const from = t[i - 1].lower === 'same' ? i - 2 : i - 1;
      const here = s.dates.filter((d) => d.precision === 'day' && d.to <= from).pop();
      const value = here?.value ?? (last && s.index - last.index <= 2 ? last.value : null);
      if (value && !s.dates.some((d) => d.from <= from && d.to > from)) s.dates.push({ value, precision: 'day', from, to: i + 1 });
    }
    s.dates.sort((a, b) => a.from - b.from);
    const day = s.dates.filter((d) => d.precision === 'day').pop();
    if (day) last = { value: day.value, index: s.index };
  }
}

/** Countries a title places its story in: "… Arrives in Kenya", "… Travels to Ghana and Togo", "Kenya: …". */
function titlePlaces(tokens: Token[], mentions: Mention[]): string[] {
  const out = new Set<string>();
  let lastEnd = -1;
  for (const m of mentions) {
    if (m.iso3.length !== 1 || m.kind === 'demonym') continue;
    const prev = tokens[m.from - 1]?.lower ?? '';
    const placed = LOCATION_PREPOSITIONS.has(prev) || prev === 'to' || (m.from === 0 && tokens[m.to]?.text === ':') || ((prev === 'and' || prev === ',') && lastEnd === m.from - 1);
    if (!placed) continue;
    out.add(m.iso3[0]);
    lastEnd = m.to;
  }
  return [...out];
}

const DAY_MS = 86_400_000;
/**
 * The day relative dates count from: the publication date, or the dateline's own day when that is
 * one or two days earlier or later ("New Delhi, Oct 20 (IANS) … on Saturday" in a page dated the 19th: the
 * page's date is the previous day in another time zone, or the upload's; the report was filed on
 * the 20th, and its "Saturday" is that day, 1.27.6).
 */
function filedOn(first: Token[], published: Date | null): Date | null {
  if (!published) return published;
  const dl = datelineEnd(first);
  if (dl <= 0) return published;
  const day = findDates(first.slice(0, dl), published).find((d) => d.precision === 'day');
  if (!day) return published;
  const filed = parsePublished(day.value);
  const ahead = filed ? (filed.getTime() - published.getTime()) / DAY_MS : 0;
  // ("HANOI, 30 January 2024 — … today", on a page of the 31st: the report was filed the day before,
  // and its "today" is that day, 1.30.51.)
  return filed && Math.abs(ahead) >= 1 && Math.abs(ahead) <= 2 ? filed : published;
}

const DIRECTIONS = new Set(['north', 'south', 'east', 'west']);

export function analyse(input: ArticleInput): Analysis {
  const raw = splitSentences(input.body).map((s, index) => {
    const tokens = s.text.length > MAX_SENTENCE ? [] : tokenize(s.text, s.start);
    const words = new Set<string>();
    for (const t of tokens) words.add(t.lower);
    return { s, index, tokens, mentions: findMentions(tokens), words };
  });
  const published = filedOn(raw[0]?.tokens ?? [], parsePublished(input.publishedAt));
  const titleTokens = tokenize(input.title ?? '');
  const title = { tokens: titleTokens, mentions: findMentions(titleTokens), words: new Set(titleTokens.map((t) => t.lower)) };
  // Every sentence's mentions and the title's, read three times below.
  const mentionLists = [...raw.map((r) => r.mentions), title.mentions];
  const choice = resolveAmbiguous(mentionLists);
  // (Only an outlet whose state the article itself names: a digest or aggregator hosted anywhere
  // carries others' reports, and a report from the outlet's own state names it, its capital or its
  // people somewhere.)
  const outlet = outletHome(input.source, input.url);
  // ("Ambassadors of A and B presented their credentials to the President at a function here": a
  // report with no dateline that says "here", outside quotes, is told from where the outlet files,
  // its own state, though it never names it, 1.28.1.)
  const filedHere = () => raw.some((r) => r.words.has('here') && r.tokens.some((t, i) => t.lower === 'here' && placeHere(r.tokens, i))) && datelineEnd(raw[0]?.tokens ?? []) <= 0;
  // (A state's own release, "The White House, readout", is from that state whether or not it names it, 1.30.2.)
  const release = isRelease(input.source);
  const home = outlet && (mentionLists.some((ms) => ms.some((m) => m.iso3.length === 1 && m.iso3[0] === outlet)) || filedHere() || release) ? outlet : null;
  const registry = collectOfficials(raw, title, home, release);
  // ("Australian Minister for Foreign Affairs, media release": "I reciprocated my visit to Iran": in
  // a state's own release, its writer's first person outside quotes is that state, 1.30.1.)
  const writer = home && release ? home : null;
  // ("Araghchi arrived in the Kingdom on Tuesday", in a report from Riyadh: "the Kingdom" is the one
  // kingdom the article names, 1.30.23.)
  const named = new Set<string>();
  for (const ms of mentionLists) for (const m of ms) if (m.iso3.length === 1 && KINGDOMS.has(m.iso3[0])) named.add(m.iso3[0]);
  const kingdom = named.size === 1 ? [...named][0] : null;

  const sentences: AnalysedSentence[] = raw.map(({ s, index, tokens, mentions, words }) => {
    const out: CountryMention[] = [];
    const covered = new Set<number>();
    const demonymEnds = new Map(mentions.filter((m) => m.kind === 'demonym').map((m) => [m.from, m.to] as [number, number]));
    for (const m of mentions) {
      const iso3 = m.iso3.length === 1 ? m.iso3[0] : choice.get(m.iso3.join('|'));
      for (let k = m.from; k < m.to; k++) covered.add(k);
      if (!iso3) continue;
      const possessive = tokens[m.to]?.lower === "'s";
      out.push({ iso3, kind: m.kind, role: roleOf(tokens, m, possessive, demonymEnds), from: m.from, to: m.to, possessive });
    }
    // "the two Koreas", "both Koreas": North and South Korea named at once.
    for (let i = 1; i < tokens.length; i++) {
      if (tokens[i].lower !== 'koreas' || !['two', 'both'].includes(tokens[i - 1].lower) || covered.has(i)) continue;
      const from = tokens[i - 2]?.lower === 'the' ? i - 2 : i - 1;
      const m = { iso3: ['KOR'], kind: 'name' as const, from, to: i + 1, start: tokens[from].start, end: tokens[i].end, text: '' };
      const role = roleOf(tokens, m, false, demonymEnds);
      for (const iso3 of ['KOR', 'PRK']) out.push({ iso3, kind: 'name', role, from, to: i + 1, possessive: false });
    }
    if (kingdom && words.has('kingdom')) {
      for (let i = 1; i < tokens.length; i++) {
        if (tokens[i].text !== 'Kingdom' || tokens[i - 1].lower !== 'the' || tokens[i + 1]?.lower === 'of' || covered.has(i)) continue;
        const possessive = tokens[i + 1]?.lower === "'s";
        const m = { iso3: [kingdom], kind: 'name' as const, from: i, to: i + 1, start: tokens[i].start, end: tokens[i].end, text: tokens[i].text };
        out.push({ iso3: kingdom, kind: 'name', role: roleOf(tokens, m, possessive, demonymEnds), from: i, to: i + 1, possessive });
      }
    }
    // ("the delegations of the US, South and North Korea": a direction word coordinated before a
    // state named by direction and name is the state of that direction and the same name, 1.29.8.)
    for (let i = 0; words.has('and') && i + 3 < tokens.length; i++) {
      if (!DIRECTIONS.has(tokens[i].lower) || tokens[i + 1].lower !== 'and' || !tokens[i].cap || covered.has(i)) continue;
      const m = out.find((x) => x.from === i + 2 && x.kind === 'name' && x.to - x.from >= 2 && DIRECTIONS.has(tokens[x.from].lower));
      const name = m ? tokens.slice(m.from + 1, m.to).map((x) => x.lower).join(' ') : '';
      const entry = m ? LEXICON.get(`${tokens[i].lower} ${name}`) : undefined;
      if (!m || !entry || entry.kind !== 'name' || entry.iso3.length !== 1 || entry.iso3[0] === m.iso3) continue;
      out.push({ iso3: entry.iso3[0], kind: 'name', role: m.role, from: i, to: i + 1, possessive: false });
    }
    // Datelines open a paragraph.
    const dl = s.start === 0 || input.body[s.start - 1] === '\n' ? datelineEnd(tokens) : 0;
    out.push(...cityMentions(tokens, covered, dl));
    out.push(...personMentions(tokens, covered, registry));
    if (writer) out.push(...firstPerson(tokens, writer));
    out.sort((a, b) => a.from - b.from);
    // ("her trip to Lima, Peru, …", "held in Muscat of Oman": a state after a comma or "of" that
    // follows a place of its own is where that place is, not an actor, 1.24.4, 1.24.7.)
    for (let n = 1; n < out.length; n++) {
      const m = out[n];
      const place = out[n - 1];
      if (m.role === 'actor' && m.kind === 'name' && place.role === 'location' && place.iso3 === m.iso3 && place.to === m.from - 1 && (tokens[place.to]?.text === ',' || tokens[place.to]?.lower === 'of')) m.role = 'location';
    }
    const money = words.size > 0 ? findMoney(tokens) : [];
    // ("a US$1.5 billion grant": a currency's state letters are no mention of the state; "Port-of-Spain":
    // a country's name inside a hyphenated place name is none either, 1.15.)
    if (money.length > 0 || words.has('-')) {
      const drop = (m: CountryMention) => (m.kind !== 'person' && money.some((x) => m.from >= x.from && m.to <= x.to)) || (m.kind === 'name' && compoundPlace(tokens, m.from));
      if (out.some(drop)) {
        const kept = out.filter((m) => !drop(m));
        out.splice(0, out.length, ...kept);
      }
    }
    const dates = findDates(tokens, published);
    markTopics(tokens, out, dates);
    if (words.has('was') || words.has('were') || words.has('been')) markPassiveTopics(tokens, out);
    if (dl > 0) for (const m of out) if (m.to <= dl) m.role = 'location';
    // Fields written out, not spread from `s`: spread copies gave the sentences of one article
    // different hidden classes, so every detector's reads of them were polymorphic (extraction ran
    // ~15% slower per article).
    return {
      text: s.text,
      start: s.start,
      end: s.end,
      paragraph: s.paragraph,
      index,
      tokens,
      mentions: out,
      // The dateline's date is the filing date, not an event's.
      dates: dl > 0 ? dates.filter((d) => d.from >= dl) : dates,
      money,
      words,
    };
  });
  resolvePronouns(sentences, registry.officials);
  resolveSameDay(sentences);
  settleCurrencies(sentences);
  // ("Australia will contribute $350,000", in the Australian government's release: a state's own
  // release writes its own dollar as "$", 1.30.3.)
  const own = writer ? currencyOf(writer) : null;
  if (own !== 'USD' && isDollar(own)) for (const s of sentences) for (const m of s.money) if (m.bare) m.currency = own;
  return {
    sentences,
    published,
    officials: registry.officials,
    titleMentions: title.mentions.filter((m) => m.iso3.length === 1).map((m) => m.iso3[0]),
    titlePlaces: titlePlaces(titleTokens, title.mentions),
  };
}

const NOT_PLACE_AFTER = new Set(['is', 'are', 'was', 'were', "'s", 'comes', 'come', 'in', 'at', 'to']);
/** "held here", "at a function here": "here" as the place of the report, not in a quotation, not "here in Paris". */
function placeHere(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || !/^\p{L}/u.test(prev.text) || NOT_PLACE_AFTER.has(tokens[i + 1]?.lower ?? '')) return false;
  let quotes = 0;
  for (let j = 0; j < i; j++) if (QUOTE_MARKS.has(tokens[j].text)) quotes++;
  return quotes % 2 === 0;
}

/**
 * "Rs 683.2 million" in a report from Kathmandu is Nepal's rupee: a rupee of no written state is the
 * rupee of the dateline's state, else of the one rupee-using state the article names; India's when it
 * names none, and unknown (null) when it names several (1.21.10). A sign or name several currencies
 * share ("3.5 billion Br" in a story of Italy and Ethiopia, "pesos", "dinars") is settled the same way
 * among the codes it may be, with no default: the dateline state's currency if it is one of them, else
 * the one of them used by a state the article names; otherwise unknown (1.28.0).
 */
function settleCurrencies(sentences: AnalysedSentence[]): void {
  const rupees = sentences.some((s) => s.money.some((m) => m.rupee));
  const shared = sentences.some((s) => s.money.some((m) => m.candidates));
  if (!rupees && !shared) return;
  const first = sentences[0];
  const dateline = first?.mentions.find((m) => m.from <= 1 && m.role === 'location' && m.kind !== 'person' && m.kind !== 'demonym');
  const named = new Set<string>();
  for (const s of sentences) for (const m of s.mentions) if (m.kind !== 'person') named.add(m.iso3);
  if (rupees) {
    const rupeeOf = (iso3: string) => {
      const c = currencyOf(iso3);
      return isRupee(c) ? c : null;
    };
    let code = dateline ? rupeeOf(dateline.iso3) : null;
    if (!code) {
      const used = new Set([...named].map(rupeeOf).filter((c): c is string => c !== null));
      code = used.size === 0 ? 'INR' : used.size === 1 ? [...used][0] : null;
    }
    for (const s of sentences) for (const m of s.money) if (m.rupee) m.currency = code;
  }
  if (shared) {
    const pick = (codes: readonly string[]): string | null => {
      const own = dateline ? currenciesOf(dateline.iso3).filter((c) => codes.includes(c)) : [];
      if (own.length === 1) return own[0];
      const used = new Set<string>();
      for (const iso3 of named) for (const c of currenciesOf(iso3)) if (codes.includes(c)) used.add(c);
      return used.size === 1 ? [...used][0] : null;
    };
    for (const s of sentences) for (const m of s.money) if (m.candidates) m.currency = pick(m.candidates);
  }
}
