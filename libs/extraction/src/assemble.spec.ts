import type { AnalysedSentence } from './analysis';
import { assemble } from './assemble';
import type { Candidate } from './detectors/candidate';

const sentence = (index: number, text: string, start: number): AnalysedSentence =>
  ({ index, text, start, end: start + text.length, paragraph: 0, tokens: [], mentions: [], dates: [], money: [], words: new Set() }) as AnalysedSentence;
const sentences = [sentence(0, 'First.', 0), sentence(1, 'Second.', 7), sentence(2, 'Third.', 15)];
const X = { name: 'dyad-rules', version: 'test' };
const base = { confidence: 0.7, modality: 'asserted' as const, dateExplicit: true };
const meeting = (participants: string[], date: string | null, sentence: number, dateExplicit = true): Candidate => ({ ...base, type: 'MeetingHeld', participants, date, dateExplicit, sentence });

describe('assemble', () => {
  it('merges reports of one meeting, keeping the written date and the first evidence', () => {
    const out = assemble([meeting(['JPN', 'MNG'], '2022-05-01', 0, false), meeting(['MNG', 'JPN'], '2022-05-01', 1)], sentences, X);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ date: '2022-05-01', evidence: { sentence: 'First.', start: 0, end: 6 }, extractor: X, cameo: { code: '040' } });
    expect(out[0].confidence).toBeGreaterThan(0.7);
  });

  it('reads an undated fact (the month of publication) as the story\'s day when merging (1.19)', () => {
    const undated = meeting(['IND', 'RUS'], '2024-09', 0, false);
    const dated = meeting(['IND', 'RUS'], '2024-09-09', 1);
    // Published on the 26th: the undated meeting is not the one of the 9th.
    expect(assemble([undated, dated], sentences, X, { month: '2024-09', day: '2024-09-26' })).toHaveLength(2);
    // Published on the 9th: it is.
    expect(assemble([undated, dated], sentences, X, { month: '2024-09', day: '2024-09-09' })).toHaveLength(1);
    // Without the publication day, a month holds any of its days.
    expect(assemble([undated, dated], sentences, X)).toHaveLength(1);
  });

  it('keeps meetings on different dates apart', () => {
    expect(assemble([meeting(['JPN', 'MNG'], '2016-10-14', 0), meeting(['JPN', 'MNG'], '2016-07', 1)], sentences, X)).toHaveLength(2);
  });

  it('keeps appeals of different sentences and aid of different amounts apart', () => {
    const appeal = (sentence: number): Candidate => ({ ...base, type: 'AppealMade', from: 'JPN', to: 'CHN', date: '2023-04-02', sentence });
    expect(assemble([appeal(0), appeal(1)], sentences, X)).toHaveLength(2);
    const aid = (amount: number, sentence: number): Candidate => ({ ...base, type: 'AidPledged', donor: 'JPN', recipient: 'PHL', value: { amount, currency: 'JPY' }, date: '2018-11-21', sentence });
    expect(assemble([aid(1, 0), aid(2, 1), aid(1, 2)], sentences, X)).toHaveLength(2);
  });

  it('merges a visit reported on consecutive days, dated by its start', () => {
    const visit = (date: string, sentence: number): Candidate => ({ ...base, type: 'VisitMade', visitor: 'LAO', host: 'CHN', date, sentence });
    const out = assemble([visit('2024-05-27', 0), visit('2024-05-26', 1)], sentences, X);
    expect(out).toHaveLength(1);
    expect(out[0].date).toBe('2024-05-26');
  });

  it('gives votes no CAMEO code', () => {
    const vote: Candidate = { ...base, type: 'VoteAbstained', country: 'MNG', body: 'UNGA', date: '2022-03', sentence: 2 };
    expect(assemble([vote], sentences, X)[0].cameo).toBeNull();
  });
});
