import { findMentions } from './mentions';
import { tokenize } from './tokens';

const found = (text: string) => findMentions(tokenize(text)).map((m) => `${m.iso3.join('|')}:${m.kind}`);

describe('findMentions', () => {
  it('finds names, demonyms, capitals and seats, longest first', () => {
    expect(found("Japan urged his Mongolian counterpart over Moscow's aggression, the Kremlin said.")).toEqual(['JPN:name', 'MNG:demonym', 'RUS:capital', 'RUS:seat']);
    expect(found('Guinea-Bissau and Equatorial Guinea and Guinea')).toEqual(['GNB:name', 'GNQ:name', 'GIN:name']);
    expect(found("the Democratic People's Republic of Korea and Ulan Bator")).toEqual(['PRK:name', 'MNG:capital']);
  });

  it('keeps ambiguous forms as candidates', () => {
    expect(found('a Korean delegation')).toEqual(['KOR|PRK:demonym']);
  });

  it('matches acronyms only in capitals', () => {
    expect(found('the US and the UK')).toEqual(['USA:name', 'GBR:name']);
    expect(found('let us go')).toEqual([]);
  });

  it('skips places inside other names', () => {
    expect(found('the South China Sea')).toEqual([]);
    expect(found('the Tokyo Stock Exchange')).toEqual([]);
    expect(found('The Japan Times reported')).toEqual([]);
  });

  it('does not take given names or the US state for countries', () => {
    expect(found('Chad Smith and Jordan Henderson scored.')).toEqual([]);
    expect(found('in Atlanta, Georgia, and the Georgia governor')).toEqual([]);
    expect(found('Georgia and Armenia; King Abdullah of Jordan')).toEqual(['GEO:name', 'ARM:name', 'JOR:name']);
  });

  it('does not take ordinary words for places', () => {
    expect(found('a male victim in turkey sandwiches')).toEqual([]);
  });
});
