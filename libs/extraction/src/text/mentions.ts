import { LEXICON } from '../../../domain/src/countries';
import type { MentionKind } from '../../../domain/src/countries';
import type { Token } from './tokens';
import { tokenize } from './tokens';
import { MONTH_NAMES, WEEKDAY_NAMES } from './dates';
import { FUNCTION_WORDS, TITLE_WORDS } from './words';

/** A country named in a sentence. */
export interface Mention {
  /** Candidate countries; resolved to one by article context, or dropped. */
  iso3: string[];
  kind: MentionKind | 'person' | 'city';
  /** Token range [from, to) in the sentence. */
  from: number;
  to: number;
  start: number;
  end: number;
  text: string;
}

// The lexicon re-keyed by the tokenizer's own segmentation, so that "Guinea-Bissau",
// "People's" and "U.S." compare token for token with the text.
const KEYED = new Map<string, { iso3: string[]; kind: MentionKind }>();
// Every proper prefix of a key, so a scan stops as soon as no form can continue.
const PREFIXES = new Set<string>();
// The last word of every form: "Marshall Islands, Georgia" is a list of countries, not a US address.
const LAST_WORDS = new Set<string>();
let maxWords = 1;
for (const [form, entry] of LEXICON) {
  const toks = tokenize(form);
  if (toks.length === 0) continue;
  const words = toks.map((t) => t.lower);
  KEYED.set(words.join(' '), entry);
  for (let n = 1; n < words.length; n++) PREFIXES.add(words.slice(0, n).join(' '));
  LAST_WORDS.add(words[words.length - 1]);
  maxWords = Math.max(maxWords, toks.length);
}
// A hyphenated form is also written with a space: "Guinea Bissau", "Timor Leste" (1.16). Added after
// every written form, so that no form the lexicon spells out is overridden.
for (const [form, entry] of LEXICON) {
  const words = tokenize(form).map((t) => t.lower);
  if (!words.includes('-')) continue;
  const spaced = words.filter((w) => w !== '-');
  const key = spaced.join(' ');
  if (spaced.length < 2 || KEYED.has(key)) continue;
  KEYED.set(key, entry);
  for (let n = 1; n < spaced.length; n++) PREFIXES.add(spaced.slice(0, n).join(' '));
}
// The lexicon is lower case; these forms are acronyms and must be written in capitals.
const ACRONYMS = new Set(['us', 'uk', 'uae', 'dprk', 'rok', 'usa', 'u.s', 'u.k', 'u.s.a', 'drc', 'rsa', 'prc', 'nz', 'png', 'ksa']);

// Words after a place name that make it part of an organisation's or a paper's name.
// ("May" is left out: before a name it may be the modal.)
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, ...[...MONTH_NAMES].filter((m) => m !== 'may')]);

const NAME_CONTINUATIONS = new Set([
  'times', 'daily', 'post', 'herald', 'airlines', 'airways', 'telegraph', 'today', 'gazette', 'inc',
  'ltd', 'group', 'sea', 'university', 'stock', 'exchange', 'news', 'tribune', 'journal', 'club',
  'fc', 'bank', 'corp', 'corporation', 'company', 'cup', 'open', 'street', 'road', 'avenue',
  // "Palestine Liberation Organization", "Kosovo Liberation Army", "Sudan People's Liberation Movement" (1.8).
  'liberation', 'airport', 'university', 'foundation', 'institute',
  // "the Singapore Red Cross", "Kuwait Red Crescent": a relief society, not the state (1.10).
  'red',
  // "the Qatar Fund for Development", "a Norway Fund grant": a state's development fund is an
  // organisation, never its state (ANNOTATION.md: organisations are never coded as countries) (1.18.3).
  'fund',
]);

// Nouns that make "<Noun> of <Country>" the name of something else (but "King Abdullah of Jordan" stays).
const NAMED_AFTER_PLACE = new Set([
  'bank', 'sea', 'gulf', 'bay', 'strait', 'straits', 'university', 'college', 'institute', 'museum', 'port', 'island',
  'islands', 'church', 'tour', 'prix', 'open', 'championship', 'league', 'federation', 'association', 'chamber', 'council',
]);
// Country names that are also given names ("Chad Smith", "Jordan Henderson", "Israel Adesanya").
const GIVEN_NAMES = new Set(['chad', 'jordan', 'georgia', 'israel', 'india', 'kenya', 'mali', 'cuba', 'niger']);
const US_STATE_CONTEXT = new Set(['state', 'governor', 'senator', 'senate', 'county', 'legislature', 'republicans', 'democrats']);

const CONTINENT_PARTS = new Set(['south', 'north', 'latin', 'central', 'meso', 'pan', 'anglo', 'afro', 'ibero', 'hispanic']);

function acceptable(tokens: Token[], from: number, to: number, kind: MentionKind, key: string): boolean {
  const first = tokens[from];
  if (ACRONYMS.has(key.replace(/ \.$/, '').replace(/ /g, ''))) {
    // Acronyms count only in capitals: "US" is a country, "us" a pronoun.
    if (first.text !== first.text.toUpperCase()) return false;
  } else if (!first.cap && first.lower !== 'the') return false;
  // "South American leaders", "Latin American states": a continent's adjective, not the United States' (1.13).
  if (kind === 'demonym') return !(key.startsWith('american') && CONTINENT_PARTS.has(tokens[from - 1]?.lower ?? '') && tokens[from - 1].cap);
  const next = tokens[to];
  if (next && next.cap && NAME_CONTINUATIONS.has(next.lower)) return false;
  // ("the Saudi Development Fund", "the Qatar Development Fund": the same with "Development" between, 1.18.3.)
  if (next?.cap && next.lower === 'development' && tokens[to + 1]?.cap && tokens[to + 1].lower === 'fund') return false;
  if (GIVEN_NAMES.has(key) && next && next.cap && !TITLE_WORDS.has(next.lower) && !FUNCTION_WORDS.has(next.lower) && !KEYED.has(next.lower)) return false;
  // "Atlanta, Georgia", "the state of Georgia", "Georgia governor": the US state.
  const listed = tokens[from - 1]?.lower === ',' && LAST_WORDS.has(tokens[from - 2]?.lower ?? '');
  if (key === 'georgia' && ((tokens[from - 1]?.lower === ',' && !listed) || US_STATE_CONTEXT.has(next?.lower ?? '') || tokens[from - 2]?.lower === 'state')) return false;
  // ("arrived in Dhaka Wednesday morning": a weekday or month after a capital is no part of its name, 1.25.13.)
  if (kind === 'capital' && next && next.cap && !TITLE_WORDS.has(next.lower) && next.lower.length > 1 && !CALENDAR_WORDS.has(next.lower)) {
    // "Tokyo Stock Exchange", "Beijing Olympics": a capital inside a longer proper name.
    return false;
  }
  const prev = tokens[from - 1];
  const before = tokens[from - 2];
  if (prev?.lower === 'of' && before && before.cap && NAMED_AFTER_PLACE.has(before.lower)) {
    // "Sea of Japan", "Bank of Korea", "University of Tokyo": the place names something else.
    return false;
  }
  // ("On Monday Qatar and Sudan signed …", "in March Kenya hosted …": a weekday or month before a name
  // is no part of it, 1.18.3.)
  if (prev && from - 1 > 0 && prev.cap && !FUNCTION_WORDS.has(prev.lower) && !TITLE_WORDS.has(prev.lower) && !CALENDAR_WORDS.has(prev.lower)) {
    // "South China Sea", "Air China": part of another name. Sentence-initial words are exempt.
    const prevIsPlace = KEYED.has(prev.lower);
    if (!prevIsPlace) return false;
  }
  return true;
}

const ASCII = /^[\x00-\x7f]*$/;
const foldMarks = (x: string): string => x.normalize('NFD').replace(/\p{M}/gu, '');

// ISO 3166-1 alpha-3 codes of the lexicon's countries ("FSM", "PNG").
const ISO_CODES = new Set<string>();
for (const entry of LEXICON.values()) for (const c of entry.iso3) ISO_CODES.add(c);

/**
 * "the FSM Government", "grants to the FSM": a country's alpha-3 code written in capitals after "the",
 * in a sentence that is not itself in capitals (1.14).
 */
function isoCode(tokens: Token[], i: number): { to: number; iso3: string[]; kind: MentionKind } | null {
  const t = tokens[i];
  if (t.text.length !== 3 || !/^[A-Z]{3}$/.test(t.text) || !ISO_CODES.has(t.text) || tokens[i - 1]?.lower !== 'the') return null;
  // A headline or shouted line: "THE END" is no country.
  if (/^[A-Z]+$/.test(tokens[i - 1].text) || /^[A-Z]{2,}$/.test(tokens[i + 1]?.text ?? '')) return null;
  // Standing alone or heading "Government"; before another capitalised name ("the PNG Cabinet",
  // "the FSM Department of …") it may be part of that name.
  const next = tokens[i + 1];
  if (next && next.cap && next.lower !== 'government' && next.lower !== 'governments') return null;
  return { to: i + 1, iso3: [t.text], kind: 'name' as MentionKind };
}

type Form = { to: number; iso3: string[]; kind: MentionKind };

/**
 * The longest lexicon form starting at token i that `accept` takes (given its end, kind and key), or
 * null. Each key is also looked up without diacritics: "Việt Nam" is "Viet Nam" (the lexicon keeps
 * Latin-1 forms such as "São Tomé" as written, so both are looked up, 1.12).
 */
function longestForm(tokens: Token[], i: number, accept: (to: number, kind: MentionKind, key: string) => boolean): Form | null {
  let key = '';
  let folded = '';
  let best: Form | null = null;
  const limit = Math.min(tokens.length, i + maxWords);
  for (let j = i; j < limit; j++) {
    const w = tokens[j].lower;
    const f = ASCII.test(w) ? w : foldMarks(w);
    key = j === i ? w : `${key} ${w}`;
    folded = j === i ? f : `${folded} ${f}`;
    const hit = KEYED.get(key) ?? (folded !== key ? KEYED.get(folded) : undefined);
    if (hit && accept(j + 1, hit.kind, KEYED.has(key) ? key : folded)) best = { to: j + 1, iso3: hit.iso3, kind: hit.kind };
    if (!PREFIXES.has(key) && (folded === key || !PREFIXES.has(folded))) break;
  }
  return best;
}

/** Finds country names, demonyms, capitals and seats in a tokenized sentence, longest form first. */
export function findMentions(tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.cap && t.lower !== 'the') continue;
    const best = longestForm(tokens, i, (to, kind, key) => acceptable(tokens, i, to, kind, key)) ?? isoCode(tokens, i);
    if (!best) continue;
    const first = tokens[i];
    const last = tokens[best.to - 1];
    const text = tokens.slice(i, best.to).map((x) => x.text).join(' ');
    out.push({ iso3: best.iso3, kind: best.kind, from: i, to: best.to, start: first.start, end: last.end, text });
    i = best.to - 1;
  }
  return out;
}

/**
 * The one state whose name starts at token i, read with none of the sentence rules: "the Central Bank
 * of Egypt", where the mentions leave out a state named inside a body's name. Null for none or several.
 */
export function stateNameAt(tokens: Token[], i: number): string | null {
  if (!tokens[i]?.cap) return null;
  const best = longestForm(tokens, i, (_to, kind) => kind === 'name');
  return best && best.iso3.length === 1 ? best.iso3[0] : null;
}

/** True when `lower` (one token) is a known country form. */
export function isPlaceWord(lower: string): boolean {
  return KEYED.has(lower);
}

/**
 * The states a short label names by any form of the lexicon, capitalised (or in capitals for an
 * acronym), with none of the sentence rules: an outlet's name is a name ("The Japan Times", "Pakistan
 * Today", "Press Trust of India"), so a form inside it counts where a sentence's would not.
 */
export function statesNamedIn(label: string): Set<string> {
  const tokens = tokenize(label);
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].cap) continue;
    // (Acronyms count only in capitals, as in a sentence: "US", not "us".)
    const best = longestForm(tokens, i, (_to, _kind, key) => !ACRONYMS.has(key.replace(/ /g, '')) || tokens[i].text === tokens[i].text.toUpperCase());
    if (!best) continue;
    // A language is no state: "a Russian-language site", "translated from German".
    const language = best.kind === 'demonym' && (tokens[best.to]?.lower === 'language' || (tokens[best.to]?.text === '-' && tokens[best.to + 1]?.lower === 'language') || ['from', 'into'].includes(tokens[i - 1]?.lower ?? ''));
    if (best.iso3.length === 1 && !language) out.add(best.iso3[0]);
    i = best.to - 1;
  }
  return out;
}
