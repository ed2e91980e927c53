import { findMentions } from './mentions';
import { findOfficials, nameKeys, normaliseRole } from './people';
import { tokenize } from './tokens';

const officials = (text: string) => {
  const tokens = tokenize(text);
  return findOfficials(tokens, findMentions(tokens));
};

describe('findOfficials', () => {
  it.each([
    ['Japanese Foreign Minister Yoshimasa Hayashi said', { name: 'Yoshimasa Hayashi', role: 'foreign minister', country: 'JPN' }],
    ["Qatar's Foreign Minister Khalid Al-Attiyah proposed", { name: 'Khalid Al-Attiyah', role: 'foreign minister', country: 'QAT' }],
    ['Minister of Foreign Affairs of Japan Yoshimasa Hayashi', { name: 'Yoshimasa Hayashi', role: 'foreign minister', country: 'JPN' }],
    ['his Mongolian counterpart Batmunkh Battsetseg', { name: 'Batmunkh Battsetseg', role: 'counterpart', country: 'MNG' }],
    ['Kremlin spokesman Dmitry Peskov told reporters', { name: 'Dmitry Peskov', role: 'spokesman', country: 'RUS' }],
    ['Minister of Foreign Affairs B.Battsetseg held talks', { name: 'B.Battsetseg', role: 'foreign minister', country: null }],
    ['Chinese President Xi Jinping Tuesday met', { name: 'Xi Jinping', role: 'president', country: 'CHN' }],
    // ("State Councillor": a title, not a name, 1.25.10.)
    ['State Councillor Li Wen met', { name: 'Li Wen', role: 'state councillor', country: null }],
    ['with State Councillor and FM Li Wen of China', { name: 'Li Wen', role: 'foreign minister', country: 'CHN' }],
  ])('%s', (text, expected) => {
    expect(officials(text).officials[0]).toEqual(expected);
  });

  it('records offices named without a holder', () => {
    expect(officials("Ukraine's president insisted").offices).toEqual([{ role: 'president', country: 'UKR' }]);
  });

  it('skips officials of organisations and institutions', () => {
    expect(officials('UN chief Ban Ki-moon said').officials).toEqual([]);
    // (Over a hyphened title, 1.25.27.)
    expect(officials('UN Secretary-General Ban Ki-moon was in Tel Aviv').officials).toEqual([]);
    expect(officials('according to the Japanese Foreign Ministry').officials).toEqual([]);
    // (Plurals too, 1.22.1.)
    expect(officials('the meeting of the Foreign Ministries of both countries').officials).toEqual([]);
  });
});

describe('normaliseRole / nameKeys', () => {
  it('folds the names of one office', () => {
    expect(normaliseRole(['minister', 'of', 'foreign', 'affairs'])).toBe('foreign minister');
    expect(normaliseRole(['fm'])).toBe('foreign minister');
    expect(normaliseRole(['premier'])).toBe('prime minister');
    expect(normaliseRole(['vice', 'president'])).toBe('vice president');
  });

  it('keys a name by its full form and its capitalised parts', () => {
    expect(nameKeys('Yoshimasa Hayashi')).toEqual(['yoshimasa hayashi', 'yoshimasa', 'hayashi']);
    expect(nameKeys('B.Battsetseg')).toEqual(['b.battsetseg', 'battsetseg']);
  });
});
