import { getCountry, isCountryCode, LEXICON, resolveCountry } from '.';

describe('resolveCountry', () => {
  it.each([
    ['MNG', 'MNG'],
    ['mng', 'MNG'],
    ['MN', 'MNG'],
    ['Mongolia', 'MNG'],
    ['mongolia', 'MNG'],
    ['  Mongolia ', 'MNG'],
    ['United States', 'USA'],
    ['US', 'USA'],
    ['USA', 'USA'],
    ['UK', 'GBR'],
    ['Britain', 'GBR'],
    ['South Korea', 'KOR'],
    ['North Korea', 'PRK'],
    ['DPRK', 'PRK'],
    ['Russia', 'RUS'],
    ['Japan', 'JPN'],
    ['Turkey', 'TUR'],
    ['Ivory Coast', 'CIV'],
    ["Côte d'Ivoire", 'CIV'],
  ])('%s → %s', (input, iso3) => {
    expect(resolveCountry(input)?.iso3).toBe(iso3);
  });

  it.each(['Korea', 'Korean', 'Congolese', 'Dominican', '', 'X', 'Atlantis', 'XYZ', 'EU'])('leaves %p unresolved', (input) => {
    expect(resolveCountry(input)).toBeNull();
  });

  it('returns the country record', () => {
    expect(resolveCountry('Mongolia')).toEqual({ iso3: 'MNG', iso2: 'MN', name: 'Mongolia' });
  });

  it('never throws on odd input', () => {
    expect(resolveCountry(undefined as unknown as string)).toBeNull();
    expect(resolveCountry('a'.repeat(10_000))).toBeNull();
  });
});

describe('getCountry / isCountryCode', () => {
  it('knows ISO3 codes, not pseudo-codes', () => {
    expect(getCountry('JPN')?.name).toBe('Japan');
    expect(isCountryCode('JPN')).toBe(true);
    expect(isCountryCode('jpn')).toBe(false);
    expect(isCountryCode('XYZ')).toBe(false);
    // world-countries codes Kosovo "UNK", which is not ISO 3166-1.
    expect(isCountryCode('UNK')).toBe(false);
  });
});

describe('mention lexicon', () => {
  it('has names, demonyms, capitals and seats', () => {
    expect(LEXICON.get('mongolian')).toEqual({ iso3: ['MNG'], kind: 'demonym' });
    expect(LEXICON.get('ulaanbaatar')?.iso3).toEqual(['MNG']);
    expect(LEXICON.get('ulan bator')?.iso3).toEqual(['MNG']);
    expect(LEXICON.get('moscow')).toEqual({ iso3: ['RUS'], kind: 'capital' });
    expect(LEXICON.get('the kremlin')).toEqual({ iso3: ['RUS'], kind: 'seat' });
    expect(LEXICON.get('downing street')?.iso3).toEqual(['GBR']);
    expect(LEXICON.get('pyongyang')?.iso3).toEqual(['PRK']);
  });

  it('keeps ambiguous forms ambiguous', () => {
    expect(LEXICON.get('korean')?.iso3).toEqual(['KOR', 'PRK']);
    expect(LEXICON.get('congolese')?.iso3).toEqual(['COD', 'COG']);
  });

  it('prefers independent states over territories for a shared form', () => {
    expect(LEXICON.get('american')?.iso3).toEqual(['USA']);
  });
});
