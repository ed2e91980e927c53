/**
 * The states that have a city of a given name with at least MIN_POPULATION people, from the
 * `city-timezones` gazetteer: what tells a capital's name shared with a large city elsewhere
 * ("Hamilton", "San Juan", "Kingston") from one that names its state alone. Loaded on first use.
 * No import from the country data, which asks it while the lexicon is built.
 */

/** The population floor: a town smaller than this is rarely where states meet, and names repeat more among small places. */
export const MIN_POPULATION = 100_000;

let index: Map<string, Set<string>> | null = null;

/** The states with a city of this name (lower-cased, as written or without accents) of MIN_POPULATION or more. */
export function largeCityStates(name: string): ReadonlySet<string> {
  if (!index) {
    index = new Map();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const rows = require('city-timezones/data/cityMap.json') as { city: string; city_ascii: string; pop: number; iso3: string }[];
    for (const r of rows) {
      if (!(r.pop >= MIN_POPULATION) || typeof r.iso3 !== 'string') continue;
      for (const n of [r.city, r.city_ascii]) {
        if (typeof n !== 'string') continue;
        const key = n.toLowerCase().trim();
        let set = index.get(key);
        if (!set) index.set(key, (set = new Set()));
        set.add(r.iso3);
      }
    }
  }
  return index.get(name.toLowerCase().trim()) ?? EMPTY;
}
const EMPTY: ReadonlySet<string> = new Set();
