import { resolveCountry, LEXICON, LEXICON_MAX_WORDS } from '@dyad/domain/countries';
for (const q of ['MNG','MN','Mongolia','United States','US','UK','South Korea','North Korea','Russia','korea','Congo','Georgia','usa','jpn','the Kremlin','Ulaanbaatar','Japanese','Chinese','American','British','Guinea','Korean']) console.log(q, resolveCountry(q)?.iso3 ?? null, JSON.stringify(LEXICON.get(q.toLowerCase())));
console.log(LEXICON.size, LEXICON_MAX_WORDS);
