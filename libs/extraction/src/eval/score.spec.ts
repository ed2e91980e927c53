import { formatReport, matchArticle, score } from './score';
import type { ArticleResult } from './score';

const meeting = (participants: string[], date?: string) => ({ type: 'MeetingHeld' as const, participants, date });

describe('matchArticle', () => {
  it('matches on type and country set, each gold once', () => {
    const r: ArticleResult = {
      id: 'a',
      gold: [meeting(['JPN', 'MNG']), meeting(['JPN', 'MNG'])],
      predicted: [meeting(['MNG', 'JPN']), meeting(['JPN', 'MNG']), meeting(['JPN', 'MNG']), meeting(['JPN', 'CHN'])],
    };
    const m = matchArticle(r);
    expect(m.pairs).toHaveLength(2);
    expect(m.missed).toEqual([]);
    expect(m.extra).toEqual([2, 3]);
  });

  it('needs the same position for VoteCast', () => {
    const r: ArticleResult = {
      id: 'v',
      gold: [{ type: 'VoteCast', country: 'BRA', body: 'UNGA', position: 'yes' }],
      predicted: [{ type: 'VoteCast', country: 'BRA', body: 'UNGA', position: 'no' }],
    };
    expect(matchArticle(r)).toMatchObject({ pairs: [], missed: [0], extra: [0] });
  });

  it('prefers the candidate with the same date', () => {
    const r: ArticleResult = { id: 'd', gold: [meeting(['JPN', 'MNG'], '2016-07')], predicted: [meeting(['JPN', 'MNG'], '2016-10-14'), meeting(['JPN', 'MNG'], '2016-07')] };
    expect(matchArticle(r).pairs).toEqual([[1, 0]]);
  });

  it('leaves a same-date candidate to the gold fact it dates, whatever the gold order', () => {
    // (A greedy pass in gold order gave the first gold fact the second one's same-date prediction.)
    const r: ArticleResult = {
      id: 'o',
      gold: [meeting(['PAK', 'SAU'], '2018-10'), meeting(['PAK', 'SAU'], '2021-05')],
      predicted: [meeting(['PAK', 'SAU'], '2021-05'), meeting(['PAK', 'SAU'], '2020-01')],
    };
    expect(matchArticle(r).pairs).toEqual([[1, 0], [0, 1]]);
    expect(score([r]).fields.date).toEqual({ correct: 1, total: 2 });
  });
});

describe('score', () => {
  const results: ArticleResult[] = [
    {
      id: 'one',
      gold: [
        meeting(['JPN', 'MNG'], '2022-05-01'),
        { type: 'AidPledged', donor: 'JPN', recipient: 'MNG', value: { amount: 260e6, currency: 'JPY' } },
        { type: 'VoteAbstained', country: 'MNG', body: 'UNGA' },
      ],
      predicted: [
        meeting(['JPN', 'MNG'], '2022-05'),
        { type: 'AidPledged', donor: 'JPN', recipient: 'MNG', value: { amount: 260e6, currency: null } },
        { type: 'VisitMade', visitor: 'JPN', host: 'MNG' },
      ],
    },
    { id: 'empty', gold: [], predicted: [] },
  ];

  it('computes per-type, micro and macro figures', () => {
    const s = score(results);
    expect(s.micro).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(s.micro.precision).toBeCloseTo(2 / 3);
    expect(s.perType.VoteAbstained).toMatchObject({ tp: 0, fn: 1, recall: 0 });
    expect(s.perType.VisitMade).toMatchObject({ fp: 1, precision: 0 });
    // Macro over the four types that occur: MeetingHeld 1, AidPledged 1, VoteAbstained 1 (no predictions), VisitMade 0.
    expect(s.macro.precision).toBeCloseTo(3 / 4);
    expect(s.macro.recall).toBeCloseTo(3 / 4);
  });

  it('scores fields on matched pairs only, dates at their precision', () => {
    const s = score(results);
    expect(s.fields.date).toEqual({ correct: 0, total: 1 });
    expect(s.fields.amount).toEqual({ correct: 1, total: 1 });
    expect(s.fields.currency).toEqual({ correct: 0, total: 1 });
  });

  it('reports misses and extras', () => {
    const text = formatReport(score(results), results);
    expect(text).toContain('MISS  VoteAbstained MNG');
    expect(text).toContain('EXTRA VisitMade JPN→MNG');
    expect(text).toMatch(/micro\s+2\s+1\s+1/);
  });
});
