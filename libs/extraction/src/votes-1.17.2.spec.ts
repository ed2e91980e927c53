/**
 * Vote lists added in extractors 1.17.2 and 1.18.4 (UN and IAEA reporting constructions). Every sentence is
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

describe('1.18.4 votes: more ways reports name the voters', () => {
  const lead = 'The General Assembly adopted the resolution on Tuesday. ';
  it('"States that voted to approve the draft were A, B and C"; "voted to adjourn" is no position', () => {
    expect(votes(lead + 'States that voted to approve the draft were Chile, Ghana and Nepal.')).toEqual(['VoteCast CHL yes', 'VoteCast GHA yes', 'VoteCast NPL yes']);
    expect(votes(lead + 'States that voted to adjourn the debate were Chile, Ghana and Nepal.')).toEqual([]);
  });
  it('"A, B and C were the three members who opposed the text" (a counted group)', () => {
    expect(votes(lead + 'Belarus, Cuba and Laos were the three members who opposed the text.')).toEqual(['VoteCast BLR no', 'VoteCast CUB no', 'VoteCast LAO no']);
    expect(votes(lead + 'Belarus, Cuba and Laos were the three members who drafted the text.')).toEqual([]);
  });
  it('"A, B and C among the states that voted no" (no verb); "A and B are among 9 states abstained"', () => {
    expect(votes(lead + 'Chad, Fiji and Peru among the states that voted against the text.')).toEqual(['VoteCast FJI no', 'VoteCast PER no', 'VoteCast TCD no']);
    expect(votes(lead + 'Chile and Nepal are among 9 states abstained in the vote.')).toEqual(['VoteAbstained CHL', 'VoteAbstained NPL']);
  });
  it('"passed 150-2, with A and B opposed and C abstaining"; "opposed to" an idea is no vote', () => {
    expect(votes(lead + 'It passed 150-2, with Belarus and Cuba opposed and Laos abstaining.')).toEqual(['VoteAbstained LAO', 'VoteCast BLR no', 'VoteCast CUB no']);
    expect(votes(lead + 'The debate went on, with Belarus and Cuba opposed to any new sanctions.')).toEqual([]);
  });
  it('"the UN nuclear watchdog" is the IAEA; "the Netherlands" inside a list after "included"', () => {
    expect(facts('On Thursday the UN nuclear watchdog adopted a resolution on inspections; Belarus and Cuba voted against it, envoys said.').filter((f) => f.type === 'VoteCast').map((f) => (f as { body: string }).body)).toEqual(['IAEA', 'IAEA']);
    expect(votes(lead + 'The members that supported the text included Chile, Luxembourg, the Netherlands, and Peru.')).toEqual(['VoteCast CHL yes', 'VoteCast LUX yes', 'VoteCast NLD yes', 'VoteCast PER yes']);
  });
});

describe('1.18.8 votes: the body named later, counted groups and lists after "including"', () => {
  it('an article naming one voting body, wherever, reads the votes told before it', () => {
    const body = 'France on Friday vetoed a draft on the border crisis, while Chile, Ghana and Nepal abstained.\n\nDiplomats at the Security Council said the outcome was expected.';
    expect(votes(body)).toEqual(['VoteAbstained CHL', 'VoteAbstained GHA', 'VoteAbstained NPL', 'VoteCast FRA no']);
    const two = 'Chile, Ghana and Nepal abstained on Friday.\n\nThe Security Council and the General Assembly will take up the crisis next week.';
    expect(votes(two)).toEqual([]);
  });
  it('"A joined B and six other countries in opposing the text"', () => {
    expect(votes('The General Assembly adopted the text on Tuesday. Chile joined Peru and six other countries in opposing the text.')).toEqual(['VoteCast CHL no', 'VoteCast PER no']);
  });
  it('"Apart from A, the members that opposed the text were B and C"', () => {
    expect(votes('The General Assembly adopted the text on Tuesday. Apart from Chile, the members that opposed the text were Peru and Ghana.')).toEqual(['VoteCast CHL no', 'VoteCast GHA no', 'VoteCast PER no']);
  });
  it('"(20 in favour, 3 against including A, B and C, and 9 abstentions)"', () => {
    expect(votes('The IAEA board adopted the text on Monday (20 in favour, 3 against including Laos, Cuba and Mali, and 9 abstentions).')).toEqual(['VoteCast CUB no', 'VoteCast LAO no', 'VoteCast MLI no']);
  });
});

describe('1.18.10 votes: "joined the <State> and B in voting against"; a veto used by its owner', () => {
  it('"A, B and C joined the U.S. and Peru in voting against the text"', () => {
    expect(votes('The General Assembly adopted the text on Tuesday. Laos, Fiji and Chad joined the U.S. and Peru in voting against the text.')).toEqual(['VoteCast FJI no', 'VoteCast LAO no', 'VoteCast PER no', 'VoteCast TCD no', 'VoteCast USA no']);
  });
  it('"A used its veto to block the draft" is A\'s vote against; "may use its veto" is none', () => {
    expect(votes('The Security Council met on Monday. France used its veto to block the draft on the border crisis.')).toEqual(['VoteCast FRA no']);
    expect(votes('The Security Council met on Monday. France may use its veto to block the draft on the border crisis.')).toEqual([]);
  });
});
