/**
 * Rules added in extractor 1.28 (docs/extraction.md, round 28). Every sentence here is invented;
 * each rule has a case where it must not fire.
 */
import { EXTRACTOR, extractFacts } from '.';
import type { FactDraft } from '../../domain/src/facts/fact.types';
import { atLeast, PUB, sigs } from './spec-signatures';
import { findMoney } from './text/money';
import { tokenize } from './text/tokens';

describe('extractor version', () => {
  it('is 1.28.10 or later', () => expect(atLeast(EXTRACTOR.version, '1.28.10')).toBe(true));
});

/** The value of the one aid pledge found in the sentence. */
const pledged = (body: string) => {
  const aid = extractFacts({ title: '', body, publishedAt: PUB }).filter((f): f is Extract<FactDraft, { type: 'AidPledged' }> => f.type === 'AidPledged');
  expect(aid).toHaveLength(1);
  return aid[0].value;
};

describe('local currency signs and names, from world-countries (1.28.0)', () => {
  it('a sign or name of one currency is its code', () => {
    expect(pledged('Australia pledged Rp 50 billion to Indonesia on Monday.')).toEqual({ amount: 50e9, currency: 'IDR' });
    expect(pledged('Canada gave KSh 200 million to Kenya on Monday.')).toEqual({ amount: 200e6, currency: 'KES' });
    expect(pledged('Turkey donated ₦4 billion to Nigeria on Monday.')).toEqual({ amount: 4e9, currency: 'NGN' });
    expect(pledged('Japan donated 3 billion ringgit to Malaysia on Monday.')).toEqual({ amount: 3e9, currency: 'MYR' });
    expect(pledged('Sweden gave 40 million kronor to Moldova on Monday.')).toEqual({ amount: 40e6, currency: 'SEK' });
  });
  it('a sign or name several states share is settled by the state the article names', () => {
    expect(pledged('Norway pledged a 2 billion Br grant to Ethiopia.')).toEqual({ amount: 2e9, currency: 'ETB' });
    expect(pledged('Lithuania gave 5 million Br to Belarus on Monday.')).toEqual({ amount: 5e6, currency: 'BYN' });
    expect(pledged('Japan donated 3 billion kwacha to Zambia on Monday.')).toEqual({ amount: 3e9, currency: 'ZMW' });
    expect(pledged('Spain donated 90 million pesos to Colombia on Monday.')).toEqual({ amount: 90e6, currency: 'COP' });
  });
  it('and left unknown when no state the article names uses it, or several do', () => {
    expect(pledged('Norway pledged 5 million Br to Chad on Monday.')).toEqual({ amount: 5e6, currency: null });
    expect(pledged('Kuwait pledged 10 million dinars to Jordan on Monday.')).toEqual({ amount: 10e6, currency: null });
  });
  it('a capitalised name is not a currency, nor an all-capitals sign after the number', () => {
    expect(findMoney(tokenize('2 million Afghanis fled')).map((m) => m.currency)).toEqual([null]);
    expect(findMoney(tokenize('5 million MT of wheat')).map((m) => m.currency)).toEqual([null]);
  });
});

describe('visits and their dates (1.28.0)', () => {
  it('"is currently in <state> on a three-day visit"', () => {
    expect(sigs('Peruvian Foreign Minister Ana Soto is currently in Chile on a three-day visit.', 'VisitMade')).toEqual(['VisitMade PER>CHL']);
    expect(sigs('Peruvian Foreign Minister Ana Soto is currently in Chile to attend a conference.', 'VisitMade')).toEqual([]);
  });
  it('a gathering the visit is for, "being held" later, does not date the visit', () => {
    const body = 'Chilean Foreign Minister Ana Soto is visiting Peru for talks and the session of the council being held in Lima on June 20-21.';
    const visits = extractFacts({ title: '', body, publishedAt: PUB }).filter((f) => f.type === 'VisitMade');
    expect(visits.map((f) => [f.type === 'VisitMade' && f.visitor, f.type === 'VisitMade' && f.host, f.date])).toEqual([['CHL', 'PER', '2024-06']]);
  });
  it('"the defence minister" in lower case is the one defence minister the article names', () => {
    expect(sigs('Peruvian Defence Minister Ana Soto met Chilean officials in Santiago on Monday. The defence minister is in Chile on a three-day visit.', 'VisitMade')).toEqual(['VisitMade PER>CHL']);
    expect(
      sigs('Peruvian Defence Minister Ana Soto met Chilean Defence Minister Luis Rojas in Santiago on Monday. The defence minister is in Chile on a three-day visit.', 'VisitMade'),
    ).toEqual([]);
  });
});

describe('pledges, plans and joint commissions (1.28.0)', () => {
  it('"vows a grant" is a pledge; "vowed to fight" is none', () => {
    expect(sigs('Norway vows a $30 million grant to Chad.', 'AidPledged')).toEqual(['AidPledged NOR>TCD']);
    expect(sigs('Norway vowed to fight corruption in Chad.', 'AidPledged')).toEqual([]);
  });
  it('an adjective of plan before a named summit makes it a plan', () => {
    expect(sigs('Norway has donated buses worth $500,000 for the forthcoming Non-Aligned Movement and Chile summit.', 'MeetingHeld')).toEqual([]);
  });
  it('a session of two states\' joint commission told as held is their meeting; not one to be held', () => {
    expect(sigs('The third session of the Peru-Chile Joint Commission was held in Lima on Monday.', 'MeetingHeld')).toEqual(['MeetingHeld CHL-PER']);
    expect(sigs('The third session of the Peru-Chile Joint Commission took place in Lima last week.', 'MeetingHeld')).toEqual(['MeetingHeld CHL-PER']);
    expect(sigs('The third session of the Peru-Chile Joint Commission will be held in Lima next month.', 'MeetingHeld')).toEqual([]);
  });
});

describe('states talked about are no official\'s home (1.28.0)', () => {
  it('a headline pair after "discusses" is the talk\'s subject, not the two sides', () => {
    expect(
      sigs('Prime Minister Ana Soto met Chilean President Luis Rojas in Santiago on Monday. Soto and Rojas discussed the elections in Bolivia.', 'MeetingHeld', PUB, 'PM Soto discusses Bolivia, Paraguay as she holds talks with Rojas'),
    ).toEqual([]);
  });
  it('"peace and security including in Bolivia" is where the topic happens, not where the official met anyone', () => {
    const body =
      '"PM Ana Soto shared Peru\'s perspective on the regional situation and the issues of regional peace and security including in Bolivia at the Andean meet," Foreign Secretary Luis Vega said on Friday.\n\n' +
      'Earlier in the day, PM Soto held bilateral talks with Chilean president Carlos Rojas on the sidelines of the summit.';
    expect(sigs(body, 'MeetingHeld')).toEqual([]);
    // With her state written, the meeting is read.
    expect(sigs(body.replace('PM Ana Soto shared', 'Peruvian PM Ana Soto shared'), 'MeetingHeld')).toEqual(['MeetingHeld CHL-PER']);
  });
});

describe('round 28, third wave (1.28.1)', () => {
  it('a report with no dateline that says "here" is told from the outlet\'s own state', () => {
    const body =
      'Envoys of four states presented their credentials to President Ana Soto at a ceremony held in the presidential palace here today.\n\n' +
      'Ambassadors of Chile, Norway and Kenya presented their credentials to the President at a function here.';
    const meet = (source: string) => extractFacts({ title: '', body, publishedAt: PUB, source }).filter((f) => f.type === 'MeetingHeld').map((f) => [...(f.type === 'MeetingHeld' ? f.participants : [])].sort().join('-'));
    expect(meet('Andina (Peru)')).toEqual(['CHL-PER', 'NOR-PER', 'KEN-PER']);
    // Not from "here" inside a quotation.
    const quoted = body.replace('at a function here.', 'at a function. "We are glad to be here," the envoys said.').replace(' here today', ' today');
    expect(extractFacts({ title: '', body: quoted, publishedAt: PUB, source: 'Andina (Peru)' }).filter((f) => f.type === 'MeetingHeld')).toEqual([]);
  });
  it('"the Bilateral Investment Promotion and Protection Agreement" is an instrument\'s name, not a meeting', () => {
    expect(sigs('Peruvian Foreign Minister Ana Soto and Chilean Trade Minister Luis Rojas inked the Bilateral Investment Promotion and Protection Agreement on Monday.')).toEqual(['AgreementSigned CHL-PER']);
  });
  it('a crowd calling for a withdrawal is not the state it marches in', () => {
    expect(sigs('Thousands of demonstrators marched in the streets of Chad\'s capital of N\'Djamena on Saturday, calling for the withdrawal of French troops.', 'AppealMade')).toEqual([]);
    expect(sigs('Chad\'s government on Saturday called for the withdrawal of French troops.', 'AppealMade')).toEqual(['AppealMade TCD>FRA']);
  });
});

describe('round 28, second wave, read after the third (1.28.2)', () => {
  it('"the Foreign Secretary" of a national outlet that names no holder is its state\'s', () => {
    const body = 'The Foreign Secretary met Chilean Foreign Minister Luis Rojas in London today to discuss the UK-Chile relationship.';
    const meet = (source: string, url: string) => extractFacts({ title: '', body, publishedAt: PUB, source, url }).filter((f) => f.type === 'MeetingHeld').map((f) => [...(f.type === 'MeetingHeld' ? f.participants : [])].sort().join('-'));
    expect(meet('GOV.UK', 'https://www.gov.uk/government/news/x')).toEqual(['CHL-GBR']);
  });
  it('"President X of <state>, who was in <state> for a state visit": the official\'s state closes his name', () => {
    expect(sigs('President Luis Rojas met the press in Lima with President Ana Soto of Chile, who was in Peru for a state visit.', 'VisitMade')).toEqual(['VisitMade CHL>PER']);
    // Not a state that closes a place: "the ambassador in Lima of Chile" is no official's name.
    expect(sigs('President Luis Rojas met the press in Lima with the embassy of Chile, who was in Peru for a state visit.', 'VisitMade')).toEqual([]);
  });
});

describe('round 28, fourth wave (1.28.2)', () => {
  it('a host welcoming delegates at a named gathering, or several states\' delegates at once, meets none of them one by one', () => {
    expect(sigs('Peruvian Foreign Minister Ana Soto on Thursday welcomed US Secretary of State Luis Rojas at the APEC Foreign Ministers\' Meeting in Lima.', 'MeetingHeld')).toEqual([]);
    expect(
      sigs('Peruvian Foreign Minister Ana Soto on Thursday welcomed Foreign Minister of Chile Luis Rojas, Kenyan Foreign Minister Alan Bett and Norwegian Foreign Minister Erik Lund.', 'MeetingHeld'),
    ).toEqual([]);
    // One guest welcomed for talks is still a meeting.
    expect(sigs('Peruvian Foreign Minister Ana Soto on Thursday welcomed Chilean Foreign Minister Luis Rojas in Lima for talks.', 'MeetingHeld')).toEqual(['MeetingHeld CHL-PER']);
  });
  it('"United Nations Secretary General X" holds an office of the organisation, of no state', () => {
    const body =
      'United Nations Secretary General Antonio Reyes has called on both sides to respect the ceasefire.\n\n' +
      '"Our appeal is for a complete ceasefire," Reyes told journalists at the start of a meeting with Chilean Prime Minister Luis Rojas on Sunday.\n\n' +
      'Reyes, who is on his first visit to Chile since taking office, said the UN was ready to help. Russia denies any involvement in the fighting.';
    expect(sigs(body).filter((x) => x.startsWith('MeetingHeld') || x.startsWith('VisitMade'))).toEqual([]);
  });
  it('a visit being arranged or prepared has not happened', () => {
    const met = 'Pakistani Interior Minister Nisar Khan met officials on Monday.';
    expect(sigs(`${met} The ambassador said he is busy to materialise the visit of Interior Minister Nisar Khan to Rome.`, 'VisitMade')).toEqual([]);
    expect(sigs(`${met} Preparations for the visit of Interior Minister Nisar Khan to Rome are under way.`, 'VisitMade')).toEqual([]);
    expect(sigs('Pakistani Interior Minister Nisar Khan paid a visit to Rome on Monday.', 'VisitMade')).toEqual(['VisitMade PAK>ITA']);
  });
});

describe('aid handed to or by officials, and in the passive (1.28.3)', () => {
  it('an official of the receiving state receives for it; equipment is a thing given', () => {
    expect(sigs('Norway handed over relief materials to Chilean Foreign Minister Luis Rojas on Monday.', 'AidPledged')).toEqual(['AidPledged NOR>CHL']);
    expect(sigs('Norway handed over the equipment to Chile on Monday.', 'AidPledged')).toEqual(['AidPledged NOR>CHL']);
    expect(sigs('Norway sent a message to Chilean President Luis Rojas on Monday.', 'AidPledged')).toEqual([]);
  });
  it('a passive gift: the recipient before the agent, an official as the agent, or one acting on a state\'s behalf', () => {
    expect(sigs('Relief materials were donated to Chile by Norway on Monday.', 'AidPledged')).toEqual(['AidPledged NOR>CHL']);
    expect(sigs('The equipment was handed over to Chilean Foreign Minister Luis Rojas by Norwegian Ambassador Erik Lund in Santiago on Monday.', 'AidPledged')).toEqual(['AidPledged NOR>CHL']);
    expect(sigs('A consignment of relief materials was handed over by an embassy official on behalf of the Government of Norway to the Government of Chile on Monday.', 'AidPledged')).toEqual(['AidPledged NOR>CHL']);
    expect(sigs('The award was handed over to Chilean Foreign Minister Luis Rojas by Norwegian Ambassador Erik Lund.', 'AidPledged')).toEqual([]);
  });
});

describe('what a state did at another\'s request answers its appeal (1.28.4)', () => {
  it('"in response to a request from", "at the request of"', () => {
    expect(sigs('The Norwegian Embassy provided the funds in response to a request from the Chilean government for relief assistance.', 'AppealMade')).toEqual(['AppealMade CHL>NOR']);
    expect(sigs('Chilean President Luis Rojas toured the area. Norway was sending two rescue teams in response to a request from President Luis Rojas for shelter and food.', 'AppealMade')).toEqual(['AppealMade CHL>NOR']);
    expect(sigs('Norway sent a rescue team to Chile at the request of the Chilean government.', 'AppealMade')).toEqual(['AppealMade CHL>NOR']);
  });
  it('not for a plan, nor for a request only talked about', () => {
    expect(sigs('Norway will send a rescue team to Chile at the request of the Chilean government.', 'AppealMade')).toEqual([]);
    expect(sigs('The Norwegian committee reviewed the request from Chile on Monday.', 'AppealMade')).toEqual([]);
  });
});

describe('the Economic and Social Council and its commissions vote (1.28.5)', () => {
  it('"By a recorded vote of 31 in favour to 2 against (A, B), with 3 abstentions (C, D, E), the Commission approved …"', () => {
    const body =
      'The Commission on the Status of Women concluded its session today with the adoption of six resolutions and the approval of one text by recorded vote.\n\n' +
      'By a recorded vote of 31 in favour to 2 against (Chile, Norway), with 3 abstentions (Kenya, Peru, Ghana), the Commission approved the draft on the situation of rural women.';
    expect(sigs(body).sort()).toEqual(['VoteAbstained GHA', 'VoteAbstained KEN', 'VoteAbstained PER', 'VoteCast CHL no', 'VoteCast NOR no']);
  });
});

describe('a joint decision to set up a body of both is cooperation agreed (1.28.6)', () => {
  it('"decided to establish a dialogue mechanism", "decided to set up a joint working group"', () => {
    expect(sigs('Peru and Chile decided to establish a high-level economic dialogue mechanism.', 'CooperationAgreed')).toEqual(['CooperationAgreed CHL-PER']);
    expect(sigs('Peru and Chile decided to set up a joint working group on trade.', 'CooperationAgreed')).toEqual(['CooperationAgreed CHL-PER']);
  });
  it('not one state\'s own body, nor a decision to do something else', () => {
    expect(sigs('Peru decided to establish a new ministry of trade.', 'CooperationAgreed')).toEqual([]);
    expect(sigs('Peru and Chile decided to recall their ambassadors.', 'CooperationAgreed')).toEqual([]);
  });
});

describe('"is visiting" a place the sentence before arrives in ahead is that plan (1.28.7)', () => {
  it('after "will arrive in <city>"', () => {
    expect(sigs('Chilean Prime Minister Ana Soto met officials. She will arrive in Lima on June 19. She is visiting Peru at the invitation of the president.', 'VisitMade')).toEqual([]);
  });
  it('not after an arrival told as done', () => {
    expect(sigs('Peruvian Prime Minister Ana Soto arrived in Santiago on Monday. She is visiting Chile at the invitation of the president.', 'VisitMade')).toEqual(['VisitMade PER>CHL']);
  });
});

describe('appeals: "once again", and a fronted subordinate clause (1.28.8)', () => {
  it('"has once again asked A and B to …" is told as done', () => {
    expect(sigs('Norway has once again asked Chile and Peru to resolve their differences through dialogue.', 'AppealMade').sort()).toEqual(['AppealMade NOR>CHL', 'AppealMade NOR>PER']);
  });
  it('the sender follows the comma of a fronted "once / while" clause', () => {
    expect(sigs('While Peru protested, Norway urged Chile to show restraint.', 'AppealMade')).toEqual(['AppealMade NOR>CHL']);
    expect(sigs('If Peru agrees, Norway will urge Chile to talk.', 'AppealMade')).toEqual([]);
  });
});

describe('a state stating what others should do appeals to them (1.28.9)', () => {
  it('"reiterated that A and B should …", "said that A must …", "the two neighbours should …"', () => {
    expect(sigs('Norway reiterated that Chile and Peru should continue to resolve their differences through dialogue.', 'AppealMade').sort()).toEqual(['AppealMade NOR>CHL', 'AppealMade NOR>PER']);
    expect(sigs('Norway said that Chile must release the fishermen.', 'AppealMade')).toEqual(['AppealMade NOR>CHL']);
    expect(sigs('Chile and Peru clashed again on Monday. Norway expressed concern, but reiterated that the two neighbours should resolve their differences through dialogue.', 'AppealMade').sort()).toEqual(['AppealMade NOR>CHL', 'AppealMade NOR>PER']);
  });
  it('not a fact told, a forecast, or what no state says', () => {
    expect(sigs('Norway said that Chile has released the fishermen.', 'AppealMade')).toEqual([]);
    expect(sigs('Norway said that Chile would have to pay.', 'AppealMade')).toEqual([]);
    expect(sigs('Analysts said that Chile should do more.', 'AppealMade')).toEqual([]);
  });
});

describe('a ministry\'s spokesperson holds no minister\'s office (1.28.10)', () => {
  it('"Ministry of External Affairs Spokesperson X" does not make "External Affairs Minister Y" another state\'s', () => {
    const body =
      'Sri Lankan Prime Minister Ranil Perera held talks with Prime Minister Arjun Rao in New Delhi on Saturday, Ministry of External Affairs Spokesperson Vikas Kumar tweeted.\n\n' +
      'In her meeting with the Sri Lankan Premier, External Affairs Minister Meera Iyer reviewed the progress of the projects.';
    const meetings = extractFacts({ title: '', body, publishedAt: PUB, source: 'Daily Mirror (Sri Lanka)' }).filter((f) => f.type === 'MeetingHeld');
    expect(meetings.flatMap((f) => (f.type === 'MeetingHeld' ? f.people ?? [] : [])).find((p) => p.name === 'Meera Iyer')?.country).toBe('IND');
  });
});
