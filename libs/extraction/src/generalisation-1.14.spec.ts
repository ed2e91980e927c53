/**
 * Rules added in extractor 1.14, from the misses of fresh blind batch 14. Every sentence here is
 * invented; each case names the pattern it stands for, with negative cases that must yield nothing.
 */
import { facts, sigs } from './spec-signatures';
import { findMentions } from './text/mentions';
import { findOfficials } from './text/people';
import { tokenize } from './text/tokens';

const of = (body: string, type: string) => facts(body).filter((f) => f.type === type);
const officials = (text: string) => {
  const t = tokenize(text);
  return findOfficials(t, findMentions(t)).officials.map((o) => [o.name, o.country]);
};

describe('officials', () => {
  it('"between the Norwegian Prime Minister and President X": the demonym is the first side only', () => {
    expect(officials('Talks between the Norwegian Prime Minister and President Ana Duarte began this morning.')).toEqual([['Ana Duarte', null]]);
    // ("Deputy Prime Minister and Foreign Minister X" stays one office of one person.)
    expect(officials('Norwegian Deputy Prime Minister and Foreign Minister Lars Holm spoke.')).toEqual([['Lars Holm', 'NOR']]);
  });
  it('the office of a bare title gives its holder named later his state', () => {
    const body = 'Talks between the Norwegian Prime Minister and President Ana Duarte began this morning in Lisbon.\n\nPrime Minister Lars Holm arrived in Portugal last evening for a two-day visit.';
    expect(sigs(body, 'VisitMade')).toEqual(['VisitMade NOR>PRT']);
  });
  it('"In Chile Prime Minister X held talks": a fronted place is where, not whose', () => {
    expect(officials('In Chile Prime Minister Lars Holm held talks with President Ana Duarte.')).toEqual([['Lars Holm', null], ['Ana Duarte', null]]);
    expect(officials('Chile Prime Minister Lars Holm held talks.')).toEqual([['Lars Holm', 'CHL']]);
  });
  it('namesakes: a shared surname does not carry one namesake into the other\'s sentences', () => {
    const body = [
      'Talks between the Peruvian Prime Minister and President Carlos Vega began this morning in La Paz.',
      'Prime Minister Ana Ruiz arrived in Bolivia last evening, accepting an invitation from her Bolivian counterpart Luis Vega.',
      'Ruiz praised the Brazil-Peru Highway Company and the Brazil-Peru Rail Corridor, built with Brazil\'s help.',
      'Bolivia and Peru later issued a joint statement, and Bolivia thanked Peru.',
    ].join('\n\n');
    expect(sigs(body, 'MeetingHeld')).toEqual(['MeetingHeld BOL-PER']);
  });
});

describe('dates', () => {
  it('"last night" and "last evening" are the day before publication', () => {
    const [v] = of('The Iranian Foreign Minister Reza Amiri reached Pakistan last night for his first visit.', 'VisitMade');
    expect(v && v.type === 'VisitMade' ? [v.visitor, v.host, v.date] : null).toEqual(['IRN', 'PAK', '2024-06-13']);
  });
});

describe('visits', () => {
  it('"reached <country>" is an arrival; "reached an agreement" is not', () => {
    expect(sigs('Chilean President Ana Rojas reached Peru on Tuesday.', 'VisitMade')).toEqual(['VisitMade CHL>PER']);
    expect(sigs('Chilean President Ana Rojas reached an agreement with Peru on Tuesday.', 'VisitMade')).toEqual([]);
  });
  it('"arrived at the White House": a seat written with its own "the" is the host', () => {
    expect(sigs('Azerbaijani President Elnur Aliyev arrived at the White House on Friday.', 'VisitMade')).toEqual(['VisitMade AZE>USA']);
    expect(sigs('Azerbaijani President Elnur Aliyev will arrive at the White House next week.', 'VisitMade')).toEqual([]);
  });
  it('"his visit to the country": the country the sentence places the events in', () => {
    const body = "Kenya and Ghana signed two agreements on Tuesday in Nairobi on Ghanaian President Kofi Mensah's second day of his visit to the country.";
    expect(sigs(body, 'VisitMade')).toEqual(['VisitMade GHA>KEN']);
    // No place in the sentence and none for the story: "the country" stays unresolved.
    const two = "Kenya and Ghana signed two agreements on Tuesday on Ghanaian President Kofi Mensah's second day of his visit to the country.";
    expect(sigs(two, 'VisitMade')).toEqual([]);
  });
});

describe('meetings', () => {
  it('"meetings earlier yesterday with the ministers of A and B" after a series host: one meeting each', () => {
    const body = [
      'Chilean Foreign Minister Ana Rojas has held bilateral meetings with her counterparts from the member states.',
      '"She had bilateral meetings earlier yesterday with the foreign ministers of Peru and Bolivia," a spokesman said.',
    ].join('\n\n');
    expect(sigs(body, 'MeetingHeld')).toEqual(['MeetingHeld BOL-CHL', 'MeetingHeld CHL-PER']);
  });
  it('without a series host the guests of plural meetings did not meet one another', () => {
    expect(sigs('"She had bilateral meetings earlier yesterday with the foreign ministers of Peru and Bolivia," a spokesman said.', 'MeetingHeld')).toEqual([]);
  });
  it('what a meeting is aimed at names its subject, not a party', () => {
    const body = 'US Secretary of State Jane Doe spoke on Thursday at a plenary meeting of the UN General Assembly, aimed at coordinating relief assistance to Haiti.';
    expect(sigs(body, 'MeetingHeld')).toEqual([]);
  });
});

describe('agreements', () => {
  it('a country\'s ISO code after "the" ("the FSM Government") names it', () => {
    const body = 'On May 2, 2024, the Government of Japan and the FSM Government held a signing ceremony at the Department of Foreign Affairs for the Exchange of Notes for a grant.';
    expect(sigs(body, 'AgreementSigned')).toEqual(['AgreementSigned FSM-JPN']);
    expect(sigs(body, 'AidPledged')).toEqual(['AidPledged JPN>FSM']);
  });
  it('an ISO code inside another name, or in a shouted line, names nothing', () => {
    // (1.30.60 made "PNG" a curated short name, as "KSA" is; the rule holds for the other codes.)
    expect(sigs('Japanese officials met members of the SLB Cabinet in Tokyo on Monday.', 'MeetingHeld')).toEqual([]);
    expect(findMentions(tokenize('THE CAN IS OPEN')).length).toBe(0);
  });
  it('"presided over an event to sign five MoUs": a ceremony held to sign is a signing; a planned one is not', () => {
    expect(sigs('Chile and Peru held a ceremony to sign the agreement on Monday.', 'AgreementSigned')).toEqual(['AgreementSigned CHL-PER']);
    expect(sigs('Chile and Peru will hold a ceremony to sign the agreement next week.', 'AgreementSigned')).toEqual([]);
  });
});

describe('aid', () => {
  it('"in addition to the $60 million already provided by X": an earlier tranche to the same recipient', () => {
    const body = 'Japan on Tuesday announced $20 million in humanitarian aid to Nepal. The assistance is in addition to the $60 million, already provided by Japan for flood victims, officials said.';
    const amounts = of(body, 'AidPledged').map((f) => (f.type === 'AidPledged' ? [f.donor, f.recipient, f.value?.amount] : null));
    expect(amounts).toEqual([['JPN', 'NPL', 20_000_000], ['JPN', 'NPL', 60_000_000]]);
  });
  it('an earlier sum not told as "in addition" is not a second tranche', () => {
    const body = 'Japan on Tuesday announced $20 million in humanitarian aid to Nepal. The $60 million, already provided by Japan for flood victims, was spent.';
    expect(of(body, 'AidPledged').length).toBe(1);
  });
  it('"X\'s announcement … of nearly USD 54 million in humanitarian assistance" is a pledge; of investment it is not', () => {
    expect(sigs("The aid builds on the United States' announcement less than two weeks ago of nearly USD 54 million in humanitarian assistance to Ukraine.", 'AidPledged')).toEqual(['AidPledged USA>UKR']);
    expect(sigs("Norway's announcement of $5 billion in investment drew praise in Kenya.", 'AidPledged')).toEqual([]);
  });
});

describe('votes', () => {
  it('"A and B, along with C and D, were among countries that voted against"', () => {
    const body = 'Chile and Peru, along with Bolivia and Cuba, were among countries that voted against the resolution at the UN Human Rights Council.';
    expect(sigs(body, 'VoteCast')).toEqual(['VoteCast BOL no', 'VoteCast CHL no', 'VoteCast CUB no', 'VoteCast PER no']);
  });
  it('translated verbs: "accompanied the project" (yes), "did it against" (no)', () => {
    const body = 'The UN Human Rights Council renewed the mission on Friday. Chile and Peru accompanied the project; Mexico abstained; and Bolivia and Cuba did it against.';
    expect(sigs(body).filter((x) => x.startsWith('Vote'))).toEqual(['VoteAbstained MEX', 'VoteCast BOL no', 'VoteCast CHL yes', 'VoteCast CUB no', 'VoteCast PER yes']);
    expect(sigs('The UN Human Rights Council met on Friday. Chilean officials accompanied the president.', 'VoteCast')).toEqual([]);
  });
  it('"followed Moscow\'s veto of a similar resolution": the possessor vetoed', () => {
    expect(sigs("The Assembly acted after Moscow's veto of a similar resolution in the Security Council.", 'VoteCast')).toEqual(['VoteCast RUS no']);
    expect(sigs("The Assembly debated Russia's veto power in the Security Council.", 'VoteCast')).toEqual([]);
  });
  it('"abstained from the Security Council resolution and both General Assembly resolutions": three votes', () => {
    const body = 'Chile abstained on a UN General Assembly resolution on Tuesday. Chile also abstained from the Security Council resolution and both General Assembly resolutions on Syria in March.';
    const votes = of(body, 'VoteAbstained').map((f) => (f.type === 'VoteAbstained' ? `${f.body} ${f.date}` : ''));
    expect(votes.sort()).toEqual(['UNGA 2024-03', 'UNGA 2024-03', 'UNGA 2024-06-11', 'UNSC 2024-03']);
  });
});
