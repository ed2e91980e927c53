import type { CountryCode, FactFields } from './fact.types';

/** A dyad is an unordered country pair written in alphabetical order: `JPN-MNG`. */
export type DyadKey = string;

/** The dyad key of two distinct countries, whatever order they come in. */
export function dyadKey(a: CountryCode, b: CountryCode): DyadKey {
  if (a === b) throw new Error(`a dyad needs two distinct countries, got ${a} twice`);
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

/** Parses `JPN-MNG` (either order) into its sorted pair, or null when it is not one. */
export function parseDyad(key: string): [CountryCode, CountryCode] | null {
  const m = /^([A-Z]{3})-([A-Z]{3})$/.exec(key.toUpperCase());
  if (!m || m[1] === m[2]) return null;
  return m[1] < m[2] ? [m[1], m[2]] : [m[2], m[1]];
}

/** Every country a fact names, deduplicated and sorted. */
export function factCountries(fact: FactFields): CountryCode[] {
  const all: CountryCode[] = [];
  switch (fact.type) {
    case 'MeetingHeld':
      all.push(...fact.participants);
      break;
    case 'AgreementSigned':
    case 'CooperationAgreed':
      all.push(...fact.parties);
      break;
    case 'VoteAbstained':
    case 'VoteCast':
      all.push(fact.country, ...(fact.concerning ?? []));
      break;
    case 'AidPledged':
      all.push(fact.donor, fact.recipient);
      break;
    case 'AppealMade':
      all.push(fact.from, fact.to);
      break;
    case 'VisitMade':
      all.push(fact.visitor, fact.host);
      break;
    default: {
      const _never: never = fact;
      return _never;
    }
  }
  // Sorted, then each code once (cheaper than a Set for the two or three codes of most facts).
  all.sort();
  const unique: CountryCode[] = [];
  for (const c of all) if (unique.length === 0 || unique[unique.length - 1] !== c) unique.push(c);
  return unique;
}

/**
 * The dyads a fact belongs to. Most facts have one; a multilateral meeting has one per pair of
 * participants; a vote belongs to the voter's dyad with each country it concerns (and to none
 * when it concerns no country: it then lives only in the voter's profile).
 */
export function factDyads(fact: FactFields): DyadKey[] {
  if (fact.type === 'VoteAbstained' || fact.type === 'VoteCast') {
    const others = (fact.concerning ?? []).filter((c) => c !== fact.country);
    return [...new Set(others.map((c) => dyadKey(fact.country, c)))].sort();
  }
  const countries = factCountries(fact);
  const dyads: DyadKey[] = [];
  for (let i = 0; i < countries.length; i++) {
    for (let j = i + 1; j < countries.length; j++) dyads.push(dyadKey(countries[i], countries[j]));
  }
  return dyads;
}

/**
 * The Kafka key of a fact: its first dyad, so that every fact of a pair lands on one partition
 * (per-dyad order). A fact with no dyad (a vote concerning no country) is keyed by its country.
 */
export function factKey(fact: FactFields): string {
  const dyads = factDyads(fact);
  return dyads[0] ?? factCountries(fact)[0];
}
