import { analyse } from './analysis';
import { isHedged, isIrrealis } from './clause';

const at = (body: string, word: string) => {
  const s = analyse({ body, publishedAt: '2024-03-01' }).sentences[0];
  return { s, k: s.tokens.findIndex((t) => t.lower === word) };
};
const irrealis = (body: string, word: string) => {
  const { s, k } = at(body, word);
  return isIrrealis(s, k);
};

describe('isIrrealis', () => {
  it.each([
    ['Hayashi will meet the president on Monday.', 'meet'],
    ['The leaders could meet in Istanbul.', 'meet'],
    ['Peskov denied any contact following the talks in Istanbul.', 'talks'],
    ['Japan did not sign the deal.', 'sign'],
    ['Zelensky arrived in Ankara to meet Erdogan.', 'meet'],
    ['It remains unclear whether the delegations will hold negotiations.', 'negotiations'],
    ['The meeting is expected to take place next week.', 'meeting'],
  ])('%s', (body, word) => {
    expect(irrealis(body, word)).toBe(true);
  });

  it.each([
    ['Hayashi met the president on Monday.', 'met'],
    ['On May 1, the ministers held talks.', 'talks'],
    ['In a meeting in Ulaanbaatar, Hayashi told Battsetseg that the war must end.', 'meeting'],
  ])('%s is real', (body, word) => {
    expect(irrealis(body, word)).toBe(false);
  });
});

describe('isHedged', () => {
  it('notices reporting hedges', () => {
    expect(isHedged(at('Japan reportedly urged Mongolia to act.', 'urged').s)).toBe(true);
    expect(isHedged(at('Japan urged Mongolia to act.', 'urged').s)).toBe(false);
  });
});
