export type { Country, LexiconEntry, MentionKind } from './country.types';
export { getCountry, isCountryCode, resolveCountry } from './resolve';
export { COUNTRIES, LEXICON, LEXICON_MAX_WORDS, currencyOf } from './country-data';
