import { analyse } from './analysis';

const roles = (body: string) =>
  analyse({ body, publishedAt: '2024-03-01' }).sentences.flatMap((s) => s.mentions.map((m) => `${m.iso3}:${m.role}`));

describe('mention roles', () => {
  it('tells actors from places, topics and adjectives', () => {
    expect(roles("In Ulaanbaatar, Japan urged Mongolia over Moscow's aggression and the Nigerian striker left.")).toEqual([
      'MNG:location',
      'JPN:actor',
      'MNG:actor',
      'RUS:topic',
      'NGA:adjective',
    ]);
  });

  it('reads demonyms before government nouns as actors', () => {
    expect(roles('The Japanese and Philippine governments signed.')).toEqual(['JPN:actor', 'PHL:actor']);
  });

  it('keeps a discussed list as topics', () => {
    expect(roles('Japan and China met to discuss Iran, North Korea and Syria.')).toEqual(['JPN:actor', 'CHN:actor', 'IRN:topic', 'PRK:topic', 'SYR:topic']);
  });

  it('treats a dateline as a place', () => {
    expect(roles('TOKYO, Japan (Reuters) — China said.')).toEqual(['JPN:location', 'JPN:location', 'CHN:actor']);
  });
});
