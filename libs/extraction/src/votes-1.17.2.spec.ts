/**
 * Vote lists added in extractor 1.17.2 (UN and IAEA reporting constructions). Every sentence is
 * invented (other states); each rule has cases where it must not fire.
 */
import { facts, sigs } from './spec-signatures';

const votes = (body: string) => sigs(body).filter((x) => x.startsWith('Vote'));

describe('1.17.2 votes: voters introduced by "came from" or by "from" after the position', () => {
  it('"The nine abstentions came from A, B and C" names each abstainer', () => {
    const body = 'The General Assembly adopted the resolution on Tuesday by 150 votes to 4, with 9 abstentions. The nine abstentions came from Bhutan, Chad, Fiji and Nepal.';
    expect(votes(body)).toEqual(['VoteAbstained BTN', 'VoteAbstained FJI', 'VoteAbstained NPL', 'VoteAbstained TCD']);
  });
  it('a quoted "no" before "votes from" names the states that voted against, dated by the sentence', () => {
    const body = 'The General Assembly adopted the resolution on Tuesday by 170 votes to 3. Last year the result was 180-2, with "no" votes from Canada and Australia.';
    const found = facts(body).filter((f) => f.type === 'VoteCast');
    expect(found.map((f) => `${(f as { country: string }).country} ${(f as { position: string }).position} ${f.date}`).sort()).toEqual(['AUS no 2023', 'CAN no 2023']);
  });
  it('does not fire without names, without quotes, or for a domestic vote', () => {
    expect(votes('The General Assembly adopted the resolution on Tuesday. The abstentions came from several European countries.')).toEqual([]);
    expect(votes('The General Assembly adopted the resolution on Tuesday with no votes from Canada or Australia against it.')).toEqual([]);
    expect(votes('The parliament of Peru passed the bill on Tuesday; the abstentions came from opposition deputies.')).toEqual([]);
  });
});

describe('1.17.2 votes: a count, its voters in brackets, then the position', () => {
  it('"25 in favour, 3 [A, B and C] against, and 2 [D, E] abstained" (square or round brackets)', () => {
    const body = 'The IAEA Board of Governors adopted the resolution on Monday. 25 members voted in favour, 3 [Belarus, Cuba and Venezuela] against, and 2 (Laos, Mali) abstained, a diplomat said.';
    expect(votes(body)).toEqual(['VoteAbstained LAO', 'VoteAbstained MLI', 'VoteCast BLR no', 'VoteCast CUB no', 'VoteCast VEN no']);
  });
  it('"with two abstentions [A, B]" after the position', () => {
    expect(votes('The Security Council adopted the resolution on Monday by 13 votes, with two abstentions [Brazil, Gabon].')).toEqual(['VoteAbstained BRA', 'VoteAbstained GAB']);
  });
  it('a bracket that is no count of voters gives nothing', () => {
    expect(votes('The IAEA Board of Governors met on Monday; the statement [by Belarus and Cuba] against the report was read out.')).toEqual([]);
    expect(votes('The IAEA Board of Governors will vote next week; 3 [Belarus, Cuba and Venezuela] may vote against.')).toEqual([]);
  });
});
