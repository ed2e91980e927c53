/**
 * Cities that are not capitals, from the domain's gazetteer, keyed by the tokenizer's own
 * segmentation. Built on the first article that needs it, then kept: a city is only ever a place.
 */
import { cityGazetteer } from '../../../domain/src/countries';
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
  return { keyed, prefixes, maxWords };
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
