import { COUNTRIES, LEXICON } from './country-data';
import type { Country } from './country.types';

const BY_ISO2 = new Map([...COUNTRIES.values()].map((c) => [c.iso2, c]));

/** The country with this ISO 3166-1 alpha-3 code (case-insensitive), if Dyad knows it. */
export function getCountry(iso3: string): Country | undefined {
  return COUNTRIES.get(String(iso3).toUpperCase());
}

/** True when the string is exactly a known upper-case ISO 3166-1 alpha-3 code. */
export function isCountryCode(iso3: string): boolean {
  return typeof iso3 === 'string' && iso3.length === 3 && iso3 === iso3.toUpperCase() && COUNTRIES.has(iso3);
}

/**
 * Resolves user input — ISO3, ISO2, English name, common alternate or demonym — to a country.
 * Ambiguous forms ("Korea", "Congolese") resolve to null rather than to a guess.
 */
export function resolveCountry(input: string): Country | null {
  if (typeof input !== 'string') return null;
  const text = input.trim().replace(/\s+/g, ' ');
  if (text.length < 2 || text.length > 80) return null;
  const upper = text.toUpperCase();
  if (upper.length === 3 && COUNTRIES.has(upper)) return COUNTRIES.get(upper) ?? null;
  if (upper.length === 2 && BY_ISO2.has(upper)) return BY_ISO2.get(upper) ?? null;
  const lower = text.toLowerCase();
  const hit = LEXICON.get(lower) ?? LEXICON.get(lower.replace(/^the /, ''));
  if (hit && hit.iso3.length === 1) return COUNTRIES.get(hit.iso3[0]) ?? null;
  return null;
}
