/**
 * Rules added in extractor 1.26 (docs/extraction.md, round 26). Every sentence here is invented;
 * each rule has a case where it must not fire.
 */
import { EXTRACTOR, extractFacts } from '.';
import { facts, sig, sigs } from './spec-signatures';
import { findMoney } from './text/money';
import { tokenize } from './text/tokens';
import { outletHome } from './text/outlet';

describe('the states of a remote meeting are still the group "the ministers" refers to (1.26.0)', () => {
  const remote = 'The foreign ministers of Chile, Peru, Ecuador and Bolivia met by videoconference on 3 May.';
  it('cooperation agreed at a videoconference of four states is theirs; the videoconference is no meeting', () => {
    expect(sigs(`${remote} Ministers reaffirmed their commitment to deepen cooperation in trade.`)).toEqual(['CooperationAgreed BOL-CHL-ECU-PER']);
  });
  it('with no list of states before, "the ministers" refers to no one', () => {
    expect(sigs('Ministers reaffirmed their commitment to deepen cooperation in trade.')).toEqual([]);
  });
});

describe('two demonyms joined by a hyphen before a meeting noun are its sides (1.26.1)', () => {
  it('"the Kenyan-Ugandan talks were held"', () => {
    expect(sigs('The Kenyan-Ugandan talks were held in Kampala on Monday.')).toEqual(['MeetingHeld KEN-UGA']);
  });
  it('"the first round of the Chilean-Peruvian strategic dialogue was held"', () => {
    expect(sigs('The first round of the Chilean-Peruvian strategic dialogue was held in Lima in May.')).toEqual(['MeetingHeld CHL-PER']);
  });
  it('not before another noun', () => {
    expect(sigs('The Kenyan-Ugandan singer performed in Kampala on Monday.')).toEqual([]);
  });
});

describe('a dialogue or a consultation is a meeting only when held, or when it is a named event (1.26.1)', () => {
  it('"held a strategic dialogue with"', () => {
    expect(sigs('Norway held a strategic dialogue with Chile in Oslo on Monday.')).toEqual(['MeetingHeld CHL-NOR']);
  });
  it('"held policy consultation with"', () => {
    expect(sigs('On Monday, a Chilean diplomat held policy consultation with a Norwegian envoy in Oslo.')).toEqual(['MeetingHeld CHL-NOR']);
  });
  it('"at the A-B Strategic Dialogue"', () => {
    expect(sigs('Last week at the Chile-Norway Strategic and Economic Dialogue, Chilean Minister Ana Ruiz signed two agreements with counterparts from Norway.', 'MeetingHeld')).toEqual([
      'MeetingHeld CHL-NOR',
    ]);
  });
  it('not "the dialogue between them has stalled" nor "in close consultation with"', () => {
    expect(sigs('The dialogue between Norway and Chile has stalled since 2015.')).toEqual([]);
    expect(sigs('Norway acted in close consultation with Chile in May.')).toEqual([]);
  });
});

describe('officials and institutions (1.26.2)', () => {
  it('a spokesman faces no side of the headline\'s pair: the state in his statement is not the other side', () => {
    const body =
      'The United States urged Peru on Monday to withdraw its troops from the Ecuadorian border. ' +
      '"The United States calls on Peru to act at once," spokesman John Hale said in a statement. ' +
      'Hale said the United States also urged both countries to show restraint.';
    expect([...new Set(sigs(body, 'AppealMade', undefined, 'US urges Peru to pull back troops'))]).toEqual(['AppealMade USA>ECU', 'AppealMade USA>PER']);
  });
  it('"a State Department spokesman" and "the Department of State" are the United States', () => {
    expect(sigs('The State Department urged Eritrea on Monday to withdraw its troops.')).toEqual(['AppealMade USA>ERI']);
    expect(sigs('The Department of State called on Eritrea on Monday to withdraw its troops.')).toEqual(['AppealMade USA>ERI']);
  });
  it('a parliamentary delegation or lawmakers of a state act for it', () => {
    expect(sigs('A Ghanaian parliamentary delegation is on a visit to Kenya.')).toEqual(['VisitMade GHA>KEN']);
    expect(sigs('A delegation of Ghanaian lawmakers visited Kenya on Tuesday.')).toEqual(['VisitMade GHA>KEN']);
    expect(sigs('A Ghanaian business delegation is on a visit to Kenya.')).toEqual([]);
  });
});

describe('aid (1.26.2)', () => {
  it('"we\'re announcing $N in assistance from A for the people of B"', () => {
    expect(sigs('The official said, "We\'re announcing an additional $20 million in humanitarian assistance from Japan for the flood affected citizens of Fiji."')).toEqual([
      'AidPledged JPN>FJI',
    ]);
  });
  it('"A is announcing $N in assistance for B"', () => {
    expect(sigs('Canada is announcing an additional $5 million in humanitarian assistance for flood victims in Chad.')).toEqual(['AidPledged CAN>TCD']);
  });
  it('not "provided an update on relief assistance to B"', () => {
    const body =
      'Ana Ruiz in the Office of the Special Envoy for Chad and Niger and John Hale, Acting Director of the Office of Foreign ' +
      'Disaster Assistance, provided an update on relief assistance to Niger.';
    expect(sigs(body, 'AidPledged')).toEqual([]);
  });
});

describe('visits and meetings (1.26.3)', () => {
  it('"arrived here on a three-day Chile visit": the state right before the noun is the host', () => {
    expect(sigs('Peruvian President Ana Ruiz arrived here on a three-day Chile visit.')).toEqual(['VisitMade PER>CHL']);
    expect(sigs('Officials discussed the planned Chile visit of the Peruvian President.')).toEqual([]);
  });
  it('a welcome told after a fronted clause of the guest\'s arrival is part of the visit', () => {
    expect(sigs('As he alighted from his jet, Chilean President Luis Mora welcomed Peruvian President Ana Ruiz with a hug.')).toEqual([]);
    expect(sigs('As the talks began, Chilean President Luis Mora welcomed Peruvian President Ana Ruiz with a hug.')).toEqual(['MeetingHeld CHL-PER']);
  });
  it('"X discussed A and B with <foreign official> Y": talks between their states', () => {
    expect(sigs('Chilean Foreign Minister Luis Mora discussed Egypt and Syria with Peruvian Foreign Minister Ana Ruiz on 3 June.')).toEqual(['MeetingHeld CHL-PER']);
    expect(sigs('Chilean Foreign Minister Luis Mora discussed Egypt and Syria with reporters on 3 June.')).toEqual([]);
    expect(sigs('Chilean Foreign Minister Luis Mora discussed the crisis with Peruvian Foreign Minister Ana Ruiz by telephone on 3 June.')).toEqual([]);
  });
  it('two officials who share a given name are two people: two meetings', () => {
    const body =
      'While in Tokyo, the Chilean ministers paid a courtesy call on Deputy Prime Minister of Japan Taro Sato. ' +
      'Chilean Foreign Minister Luis Mora also met with his counterpart, Foreign Minister of Japan Taro Ito.';
    expect(sigs(body)).toEqual(['MeetingHeld CHL-JPN', 'MeetingHeld CHL-JPN']);
  });
  it('a state\'s donated goods that arrive are no visit', () => {
    expect(sigs('The U.S. donation of 2.5 million vaccine doses arrived in Peru on Sunday.', 'VisitMade')).toEqual([]);
    expect(sigs('The Chilean delegation arrived in Peru on Sunday.')).toEqual(['VisitMade CHL>PER']);
  });
});

describe('aid that arrives (1.26.3)', () => {
  it('"the A donation of N doses arrived in B", "supplies donated by A arrived in B"', () => {
    expect(sigs('The Chilean donation of 2 million vaccine doses arrived in Peru on Sunday.')).toEqual(['AidPledged CHL>PER']);
    expect(sigs('Relief supplies donated by the government of Norway arrived in Chad on Sunday.')).toEqual(['AidPledged NOR>TCD']);
    expect(sigs('Goods from Norway arrived in Chad on Sunday.')).toEqual([]);
  });
  it('"arrived at X Airport" in a story filed from a city of the recipient', () => {
    expect(sigs('LIMA (Andina) - The Chilean donation of 2 million vaccine doses arrived at Jorge Chavez Airport on Sunday.', 'AidPledged')).toEqual(['AidPledged CHL>PER']);
  });
  it('donated doses arrive with no giver named; the givers told next give to that state', () => {
    const body =
      'Around 4 million donated vaccine doses arrived in Peru on Wednesday. ' +
      'The vaccines were given by the governments of the United Kingdom (UK), Norway, and the Netherlands. ' +
      'The Chilean government donated 214,500 doses of COVID-19 vaccines.';
    expect(sigs(body)).toEqual(['AidPledged CHL>PER', 'AidPledged GBR>PER', 'AidPledged NLD>PER', 'AidPledged NOR>PER']);
  });
});

describe('topics and views (1.26.4)', () => {
  it('"developments concerning Gaza, Syria, and …": a list of topics opened by a place that is no state', () => {
    expect(sigs('Chilean President Luis Mora discussed the latest developments concerning Gaza, Syria, and other matters in a meeting with Peruvian President Ana Ruiz in Lima.')).toEqual([
      'MeetingHeld CHL-PER',
    ]);
  });
  it('"the meeting tackled developments in A, B, C and D": what a meeting dealt with, not who met', () => {
    expect(sigs('The meeting tackled developments in Libya, Sudan, Somalia, and Syria.')).toEqual([]);
  });
  it('"to discuss Syria-related issues": a state joined to a word of relation is a modifier', () => {
    expect(sigs('Jordanian King Ali Hassan met Russian President Ivan Petrov on Tuesday to discuss regional and Syria-related issues.')).toEqual(['MeetingHeld JOR-RUS']);
  });
  it('"agreed on the importance of" a solution is a view, unless what is important is their ties', () => {
    expect(sigs('Chile and Peru agreed on the importance of reaching a political solution in Bolivia.')).toEqual([]);
    expect(sigs('Chile and Peru agreed on the importance of deepening bilateral cooperation.')).toEqual(['CooperationAgreed CHL-PER']);
  });
});

describe('aid and visits (1.26.4)', () => {
  it('"will donate $N …, the White House said": the reported future of "donate"', () => {
    expect(sigs('Norway will donate an additional $41 million in humanitarian aid for Chad, the government said Monday.')).toEqual(['AidPledged NOR>TCD']);
  });
  it('aid for those who fled a state is for that state', () => {
    expect(sigs('Norway will provide an additional $41 million in humanitarian aid to address the plight of refugees fleeing Sudan, the government said Monday.')).toEqual([
      'AidPledged NOR>SDN',
    ]);
    expect(sigs('Norway will provide an additional $41 million in humanitarian aid for Sudanese refugees, the government said Monday.')).toEqual(['AidPledged NOR>SDN']);
    expect(sigs('Norway donated $5 million to refugees in Chad.')).toEqual(['AidPledged NOR>TCD']);
  });
  it('"the visit of the Minister of Foreign Affairs of the Kingdom of A to B": a long office before the state', () => {
    expect(sigs('Events within the framework of the visit of the Minister of Foreign Affairs of the Kingdom of Morocco to Chile took place on Monday.')).toEqual([
      'VisitMade MAR>CHL',
    ]);
  });
});

describe("a national news agency named in the outlet's label is its state (1.26.5)", () => {
  it('"carrying a PTI report", "(Bernama)", "carrying a WAM report": the agency is the writer', () => {
    expect(outletHome('Business Standard, carrying a PTI report', null)).toBe('IND');
    expect(outletHome('Malay Mail (Bernama)', null)).toBe('MYS');
    expect(outletHome('Aletihad, carrying a WAM (Emirates News Agency) report', null)).toBe('ARE');
  });
  it('not a world wire, not whom the outlet cites, not two states', () => {
    expect(outletHome('Le Monde (AFP)', null)).toBeNull();
    expect(outletHome('Copts United, citing MENA', null)).toBeNull();
    expect(outletHome('Dawn, with PTI and Xinhua reports', null)).toBeNull();
  });
  it('"Prime Minister X held talks with Japanese Prime Minister Y" in an agency report of X\'s state', () => {
    const body = 'Prime Minister Ansel Korro held bilateral talks with Japanese Prime Minister Fumio Kishida in Tokyo on Wednesday. Korro said India valued the partnership.';
    const from = (source: string) => extractFacts({ body, publishedAt: '2024-06-14', source }).filter((f) => f.type === 'MeetingHeld').map(sig);
    expect(from('Daily Courier, carrying an IANS report')).toEqual(['MeetingHeld IND-JPN']);
    expect(from('Daily Courier, carrying an AFP report')).toEqual([]);
  });
});

describe('meetings and visits: who is a party (1.26.6)', () => {
  it('"the first trip to the West African country by an Indian prime minister": the visitor after "by"', () => {
    expect(sigs('Ghana hosted the first visit to the West African country by a Chinese president in a decade.')).toEqual(['VisitMade CHN>GHA']);
  });
  it('a destination is never a party of a meeting told after it', () => {
    expect(sigs('Chilean President Luis Mora travelled to Brazil to attend the G20 Summit, where he met US President Joe Biden.', 'MeetingHeld')).toEqual(['MeetingHeld CHL-USA']);
  });
  it('"held bilateral talks with many other world leaders" names no pair', () => {
    const body = 'Chilean President Luis Mora arrived in Brazil on Monday. He held bilateral talks with many other world leaders.';
    expect(sigs(body, 'MeetingHeld')).toEqual([]);
  });
  it('"In the talks, X is unlikely to …": a fronted meeting in an unlikely main clause', () => {
    expect(sigs('In the talks, Chile is unlikely to shift its focus from the border row with Peru.', 'MeetingHeld')).toEqual([]);
  });
  it('"The meeting was agreed under the peace deal" is no cooperation', () => {
    expect(sigs('Chile and Peru held talks in Lima on Monday. The meeting was agreed under the 2011 peace deal.', 'CooperationAgreed')).toEqual([]);
  });
  it('"X is seeking to bring A and B back to talks, its minister said after meeting C": the speaker met C', () => {
    const body = 'Lima is seeking ways of coaxing Bolivian and Paraguayan negotiators to return to talks, Peru\'s Foreign Minister Ana Ruiz said on Wednesday after meeting Chilean president Luis Mora.';
    expect(sigs(body, 'MeetingHeld')).toEqual(['MeetingHeld CHL-PER']);
  });
});

describe('one check for a fronted event in a main clause not in the real past (clause.ts frontedIrrealis, 1.26.7)', () => {
  it('a fronted visit takes every modal of its main clause, as a fronted meeting did', () => {
    expect(sigs('During his visit to Chile, the Peruvian minister could sign a trade pact.')).toEqual([]);
    expect(sigs('During his visit to Chile, the Peruvian minister signed a trade pact with Chile.', 'VisitMade')).toEqual(['VisitMade PER>CHL']);
  });
  it('a report in the main clause ends the search: its modal is the reported clause\'s', () => {
    expect(sigs('During his visit to Chile, the Peruvian minister said Lima would sign a trade pact.', 'VisitMade')).toEqual(['VisitMade PER>CHL']);
  });
});

describe('meetings of someone with each guest (1.26.9)', () => {
  it('a dateline filed from one party\'s capital gives "the two leaders" their pair (1.26.9 left datelines out; 1.26.12 takes it back)', () => {
    const body =
      'Asmara — President Isaias Afwerki today met and held talks with President Ali Hassan of Sudan at the palace in Khartoum. ' +
      'The two leaders held frank and extensive discussions on bilateral relations.';
    expect(sigs(body, 'MeetingHeld')).toEqual(['MeetingHeld ERI-SDN']);
  });
  it('"The pull-aside meetings with world leaders included an interaction with A\'s PM, B\'s President …" is no meeting of A and B', () => {
    const body =
      'The "pull-aside meetings" with world leaders included an interaction with Australian Prime Minister Ann Lee, Ugandan President ' +
      'Joseph Okello, Gambian President Lamin Jallow and Prime Minister of Fiji, Ratu Vula.';
    expect(sigs(body)).toEqual([]);
  });
});

describe('what is no cooperation agreed (1.26.10)', () => {
  it('"Funding has already been agreed with the US Treasury": money agreed', () => {
    expect(sigs('Ukraine signed the deal on Monday. Funding has already been agreed with the US Treasury through the World Bank.', 'CooperationAgreed')).toEqual([]);
    expect(sigs('Chile and Peru held talks on Monday. It was also agreed to deepen cooperation in trade.', 'CooperationAgreed')).toEqual(['CooperationAgreed CHL-PER']);
  });
  it('"According to the treaty, the two sides agreed to extradite …": what an instrument provides', () => {
    expect(sigs('Chile and Peru signed an extradition treaty on Monday. According to the treaty, the two sides agreed to mutually extradite suspects.', 'CooperationAgreed')).toEqual([]);
  });
});

describe('a visit one is invited to make (1.26.11)', () => {
  it('"sent his invitation to President X to soon pay a visit to Peru" is no visit', () => {
    expect(sigs('He took the occasion to send his invitation to Chilean President Luis Mora to soon pay a visit to Peru.', 'VisitMade')).toEqual([]);
  });
  it('"arrived at the invitation of X for a state visit" is one', () => {
    expect(sigs('Chilean President Luis Mora arrived in Lima on Monday at the invitation of Peruvian President Ana Ruiz for a state visit to Peru.', 'VisitMade')).toEqual([
      'VisitMade CHL>PER',
    ]);
  });
});

describe('sums told after the fact, and Indian numbering (1.26.13)', () => {
  const valueOf = (body: string, type: string) => facts(body).filter((f) => f.type === type).map((f) => ('value' in f ? f.value : undefined));
  it('"This project in the amount of two hundred million Japanese Yen": the sum of the grant signed just before', () => {
    const body =
      'On December 26, 2013, the Government of Japan and the Government of Fiji signed the Exchange of Notes for a grant aid for road repairs. ' +
      'This is the second signing this year. This project in the amount of two hundred million Japanese Yen will be used to buy road machinery.';
    expect(valueOf(body, 'AgreementSigned')).toEqual([{ amount: 200000000, currency: 'JPY' }]);
  });
  it('"The $200 million grant, $15 million of which was paid …": a sum inside the phrase', () => {
    const body = 'Norway signed an agreement with Chad on Monday for the provision of a grant. The $200 million grant, $15 million of which was paid on Monday, will rebuild schools.';
    expect(valueOf(body, 'AgreementSigned')).toEqual([{ amount: 200000000, currency: 'USD' }]);
  });
  it('not a sum of a sentence that names another state', () => {
    const body = 'Norway signed an agreement with Chad on Monday for a grant. The grant follows a $50 million loan that Sweden gave Niger.';
    expect(valueOf(body, 'AgreementSigned')).toEqual([null]);
  });
  it('"NPR 4 crore 73 lakhs" is 47.3 million', () => {
    expect(findMoney(tokenize('relief materials worth NPR 4 crore 73 lakhs')).map((m) => [m.amount, m.currency])).toEqual([[47300000, 'NPR']]);
  });
});

describe('dates and totals (1.26.14)', () => {
  it('"today, 13 June": the day named after a relative one says which day it was, and so the story\'s day', () => {
    const body =
      'Asmara — President Ali Musa in the afternoon hours of today, 13 June, met and held talks with President Abdel Hamid of Egypt in Cairo. ' +
      'The two leaders held frank and extensive discussions on bilateral relations.';
    expect(facts(body).map((f) => f.date)).toEqual(['2024-06-13']);
  });
  it('"has contributed more than $8 billion till today" is a running total, no pledge of its own', () => {
    const body = 'Norway pledged $5 million in humanitarian aid to Chad on Sunday. Norway has contributed more than $8 billion till today.';
    expect(facts(body).filter((f) => f.type === 'AidPledged').map((f) => ('value' in f ? f.value?.amount : null))).toEqual([5000000]);
  });
});
