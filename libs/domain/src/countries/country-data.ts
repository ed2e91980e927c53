/**
 * Builds the country table and the mention lexicon from world-countries and i18n-iso-countries,
 * once, at module load. Only entries with a real ISO 3166-1 alpha-3 code are kept (world-countries
 * carries Kosovo as "UNK"); independent states win over territories for a shared form.
 */
import worldCountries from 'world-countries';
import isoCountries from 'i18n-iso-countries';
import type { Country, LexiconEntry, MentionKind } from './country.types';
import { AMBIGUOUS_FORMS, CURATED_ALIASES, NEVER_MENTIONS } from './curated';
import { largeCityStates } from './large-cities';

interface Source {
  country: Country;
  independent: boolean;
  unMember: boolean;
  currencies: string[];
  /** Its official name is a kingdom's ("Kingdom of Saudi Arabia"). */
  kingdom: boolean;
}

const sources: Source[] = worldCountries
  .filter((c) => isoCountries.isValid(c.cca3))
  .map((c) => ({
    country: { iso3: c.cca3, iso2: c.cca2, name: c.name.common },
    independent: c.independent === true,
    unMember: c.unMember === true,
    currencies: Object.keys(c.currencies ?? {}),
    kingdom: /\bKingdom\b/.test(c.name.official),
  }));

export const COUNTRIES: ReadonlyMap<string, Country> = new Map(sources.map((s) => [s.country.iso3, s.country]));
const INDEPENDENT = new Set(sources.filter((s) => s.independent).map((s) => s.country.iso3));
const UN_MEMBERS = new Set(sources.filter((s) => s.unMember).map((s) => s.country.iso3));

/** The states whose official name (world-countries) is a kingdom's: "the Kingdom" in their own press. */
export const KINGDOMS: ReadonlySet<string> = new Set(sources.filter((s) => s.kingdom && s.independent).map((s) => s.country.iso3));

/** Whether a country is a member state of the United Nations (world-countries' `unMember`). */
export function isUnMember(iso3: string): boolean {
  return UN_MEMBERS.has(iso3);
}

const CURRENCY = new Map(sources.map((s) => [s.country.iso3, s.currencies]));

/** Every currency of a country (world-countries' list; empty for none). */
export function currenciesOf(iso3: string): readonly string[] {
  return CURRENCY.get(iso3) ?? [];
}

/** The one currency of a country, or null when it has none or several. */
export function currencyOf(iso3: string): string | null {
  const list = CURRENCY.get(iso3) ?? [];
  return list.length === 1 ? list[0] : null;
}

/**
 * Whether a territory's capital is also a large city in another country (the gazetteer's
 * population floor): "San Juan" (Puerto Rico's) is an Argentine province's capital, "Hamilton"
 * (Bermuda's) a Canadian city, "Plymouth" an English one. Such a name, read in news, is far more
 * often the other city than the territory, so it names no territory (1.30.68). The capitals of
 * states are kept whatever other cities share them: the mentions' own rules read them.
 */
function bigCityElsewhere(name: string, iso3: string): boolean {
  const folded = name.normalize('NFD').replace(/\p{M}/gu, '');
  return [name, folded].some((k) => [...largeCityStates(k)].some((c) => c !== iso3));
}

/** Lower-cased form → entry. */
const lexicon = new Map<string, { iso3: Set<string>; kind: MentionKind; curated: boolean }>();

function isLatin(text: string): boolean {
  // Mentions are matched in English text; native-script spellings only cost memory.
  for (const ch of text) if (ch.charCodeAt(0) > 0x24f && ch !== '’') return false;
  return true;
}

function add(text: string, iso3: string, kind: MentionKind, curated = false): void {
  addForm(text, iso3, kind, curated);
  // English text often drops the accents of foreign names: "Lome" for "Lomé", "Bogota", "Asuncion".
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '');
  if (folded !== text) addForm(folded, iso3, kind, curated);
}

function addForm(text: string, iso3: string, kind: MentionKind, curated: boolean): void {
  const key = text.trim().toLowerCase();
  if (key.length < 2 || !isLatin(key) || NEVER_MENTIONS.has(key)) return;
  const hit = lexicon.get(key);
  if (!hit) {
    lexicon.set(key, { iso3: new Set([iso3]), kind, curated });
    return;
  }
  if (hit.curated && !curated) return;
  if (curated && !hit.curated) {
    lexicon.set(key, { iso3: new Set([iso3]), kind, curated });
    return;
  }
  hit.iso3.add(iso3);
}

const english = isoCountries.getNames('en', { select: 'all' });
for (const s of sources) {
  const { iso3, iso2, name } = s.country;
  const raw = worldCountries.find((c) => c.cca3 === iso3);
  if (!raw) continue;
  add(name, iso3, 'name');
  add(raw.name.official, iso3, 'name');
  for (const alt of raw.altSpellings) {
    // Two-letter codes are words in running text ("IN", "TO"); they are resolved, never mentioned.
    if (alt.length > 3 || (alt.length === 3 && alt !== iso3)) add(alt, iso3, 'name');
  }
  for (const n of english[iso2] ?? []) if (!n.includes(',')) add(n, iso3, 'name');
  const dem = raw.demonyms?.eng;
  if (dem) {
    add(dem.m, iso3, 'demonym');
    add(dem.f, iso3, 'demonym');
    // "Ecuadorean" is also written "Ecuadorian" (and "Korean"/"Chilean" gain a harmless unused twin).
    if (/ean$/.test(dem.m)) add(dem.m.replace(/ean$/, 'ian'), iso3, 'demonym');
  }
  for (const cap of raw.capital ?? []) if (INDEPENDENT.has(iso3) || !bigCityElsewhere(cap, iso3)) add(cap, iso3, 'capital');
}
for (const c of CURATED_ALIASES) add(c.text, c.iso3, c.kind, true);

/** The mention lexicon: lower-cased surface form → candidate countries and the kind of mention. */
export const LEXICON: ReadonlyMap<string, LexiconEntry> = (() => {
  const out = new Map<string, LexiconEntry>();
  for (const [key, v] of lexicon) {
    let ids = [...v.iso3];
    const states = ids.filter((id) => INDEPENDENT.has(id));
    if (states.length > 0) ids = states;
    out.set(key, { iso3: ids.sort(), kind: v.kind });
  }
  for (const [key, v] of Object.entries(AMBIGUOUS_FORMS)) out.set(key, { iso3: [...v.iso3].sort(), kind: v.kind });
  return out;
})();

/** Longest lexicon form in words, so the matcher knows how far to look ahead. */
export const LEXICON_MAX_WORDS = Math.max(...[...LEXICON.keys()].map((k) => k.split(/[\s-]+/).length));
