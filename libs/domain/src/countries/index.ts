export type { Country, LexiconEntry, MentionKind } from './country.types';
export { getCountry, isCountryCode, resolveCountry } from './resolve';
export { COUNTRIES, KINGDOMS, LEXICON, LEXICON_MAX_WORDS, currenciesOf, currencyOf, isUnMember } from './country-data';
export { cityGazetteer, COLLISIONS as CITY_NAME_COLLISIONS, MIN_POPULATION as CITY_MIN_POPULATION } from './cities';
export type { CityGazetteer } from './cities';
export { largeCityStates } from './large-cities';
