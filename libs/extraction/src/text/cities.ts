/**
 * Cities that are not capitals, from the domain's gazetteer, keyed by the tokenizer's own
 * segmentation. Built on the first article that needs it, then kept: a city is only ever a place.
 */
import worldCountries from 'world-countries';
import { cityGazetteer, isUnMember, largeCityStates } from '../../../domain/src/countries';
import { NEVER_MENTIONS } from '../../../domain/src/countries/curated';
import type { Token } from './tokens';
import { tokenize } from './tokens';
import { TITLE_WORDS } from './words';

interface Index {
  keyed: Map<string, string>;
  prefixes: Set<string>;
  maxWords: number;
}
let index: Index | null = null;

function build(): Index {
  const keyed = new Map<string, string>();
  const prefixes = new Set<string>();
  let maxWords = 1;
  for (const [name, iso3] of cityGazetteer().places) {
    const words = tokenize(name).map((t) => t.lower);
    if (words.length === 0) continue;
    keyed.set(words.join(' '), iso3);
    for (let n = 1; n < words.length; n++) prefixes.add(words.slice(0, n).join(' '));
    maxWords = Math.max(maxWords, words.length);
  }
  for (const [name, iso3] of shadowedCapitals()) {
    const words = tokenize(name).map((t) => t.lower);
    if (words.length === 0 || keyed.has(words.join(' '))) continue;
    keyed.set(words.join(' '), iso3);
    for (let n = 1; n < words.length; n++) prefixes.add(words.slice(0, n).join(' '));
    maxWords = Math.max(maxWords, words.length);
  }
  return { keyed, prefixes, maxWords };
}

/**
 * Capitals the lexicon leaves out because the name is also a surname or a word (NEVER_MENTIONS:
 * "Lima", "Valletta", "Apia", "Cape Town"), kept here as places only (1.18): "held talks in Lima"
 * is in Peru, while "Foreign Minister Ana Lima" stays a person, since a city is read only after a
 * location preposition, "to" or in a dateline. From data alone: the name is the world-countries
 * capital of exactly one UN member state, and no place of the gazetteer's population floor in
 * another country has it ("Victoria" and "Kingston" are also Canadian cities, "Santiago" is also
 * Dominican; "Hamilton" is Bermuda's, no member state's).
 */
function shadowedCapitals(): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of worldCountries) {
    if (!isUnMember(c.cca3)) continue;
    for (const cap of c.capital ?? []) {
      const key = cap.toLowerCase();
      if (!NEVER_MENTIONS.has(key)) continue;
      const states = worldCountries.filter((x) => isUnMember(x.cca3) && (x.capital ?? []).some((y) => y.toLowerCase() === key));
      const elsewhere = [...largeCityStates(key)].some((x) => x !== c.cca3);
      if (states.length === 1 && !elsewhere) out.set(cap, c.cca3);
    }
  }
  return out;
}

export interface CityMatch {
  iso3: string;
  from: number;
  to: number;
}

/**
 * The city whose name starts at token `i`, if any: capitalised first and last word ("Dar es
 * Salaam"), not inside a longer proper name ("Osaka Castle", "Karachi Stock Exchange",
 * "Shanghai Cooperation Organisation").
 */
export function cityAt(tokens: Token[], i: number): CityMatch | null {
  if (!tokens[i]?.cap) return null;
  index ??= build();
  let key = '';
  let best: CityMatch | null = null;
  for (let j = i; j < tokens.length && j < i + index.maxWords; j++) {
    key = j === i ? tokens[j].lower : `${key} ${tokens[j].lower}`;
    const iso3 = index.keyed.get(key);
    if (iso3 && tokens[j].cap) best = { iso3, from: i, to: j + 1 };
    if (!index.prefixes.has(key)) break;
  }
  if (!best) return null;
  const next = tokens[best.to];
  if (next && next.cap && !TITLE_WORDS.has(next.lower) && next.lower.length > 1) return null;
  return best;
}
