/**
 * Rules added in extractor 1.15, from the misses of fresh blind batch 15. Every sentence here is
 * invented; each case names the pattern it stands for, with negative cases that must yield nothing.
 */
import { facts, PUB, sigs } from './spec-signatures';
import { findMoney } from './text/money';
import { findMentions } from './text/mentions';
import { findOfficials } from './text/people';
import { tokenize } from './text/tokens';

const of = (body: string, type: string, publishedAt = PUB) => facts(body, publishedAt).filter((f) => f.type === type);
const officials = (text: string) => {
  const t = tokenize(text);
  return findOfficials(t, findMentions(t)).officials.map((o) => [o.name, o.country]);
};
const amounts = (text: string) => findMoney(tokenize(text)).map((m) => [m.amount, m.currency]);

describe('leaders whose state the article does not write beside them', () => {
  it('"the Prime Minister" stands for the one prime minister the article names', () => {
    const body = 'Prime Minister Lars Holm of Norway held talks with Chilean President Ana Rojas in Santiago.\n\nOn Monday, the Prime Minister also held talks with Peruvian President Luis Vega in Lima.';
    expect(sigs(body, 'MeetingHeld')).toEqual(['MeetingHeld CHL-NOR', 'MeetingHeld NOR-PER']);
  });
  it('"the Prime Minister" with two prime ministers of two states named is nobody', () => {
    const body = 'Norwegian Prime Minister Lars Holm met Danish Prime Minister Mette Berg in Oslo.\n\nLater, the Prime Minister held talks with Peruvian President Luis Vega.';
    expect(sigs(body, 'MeetingHeld')).toEqual(['MeetingHeld DNK-NOR']);
  });
  it('"in Peru\'s interests" names whose interest, so it counts towards the leader\'s home', () => {
    const body = 'Prime Minister Ana Ruiz held talks with Brazilian President Carlos Vega in Brasilia.\n\nShe said it was in Peru\'s interests to deepen trade, and that Peru would open a consulate.';
    expect(sigs(body, 'MeetingHeld')).toEqual(['MeetingHeld BRA-PER']);
  });
  it('separate meetings with leaders from a list: each listed state met the leader\'s state', () => {
    const body = 'President Ana Rojas on Monday had separate meetings with leaders from Peru, Bolivia and Ecuador on the sidelines of a forum in Quito.\n\nRojas said Chile would deepen trade across the region. Chile hopes to host the next forum.';
    expect(sigs(body, 'MeetingHeld')).toEqual(['MeetingHeld BOL-CHL', 'MeetingHeld CHL-ECU', 'MeetingHeld CHL-PER']);
    expect(sigs(body.replace('had separate meetings', 'will have separate meetings'), 'MeetingHeld')).toEqual([]);
  });
  it('"<Demonym> Party General Secretary and President X" is of that state', () => {
    expect(officials('Lao Party General Secretary and President Somsak Vong spoke.')).toEqual([['Somsak Vong', 'LAO']]);
    expect(officials('Party General Secretary and President Somsak Vong spoke.')).toEqual([['Somsak Vong', null]]);
  });
  it('who meets a "visiting <Demonym>" guest is of the state the guest arrived in', () => {
    const body = 'Prime Minister Rahim Uddin has met with visiting Omani Sultan Haitham Said for talks.\n\nThe Sultan arrived in Dhaka on Monday for a two-day trip.';
    expect(sigs(body, 'MeetingHeld')).toEqual(['MeetingHeld BGD-OMN']);
    expect(sigs('Prime Minister Rahim Uddin has met with visiting Omani Sultan Haitham Said for talks.', 'MeetingHeld')).toEqual([]);
  });
  it('a traveller of no written state under a bracketed dateline with a dash is of the dateline\'s state', () => {
    const body = 'QUITO (Andes) – President Ana Rojas, who is on an official visit to Bolivia, held talks with Bolivian President Luis Mendez on Monday.\n\nRojas returns this evening, ending her official visit to Bolivia.';
    expect(sigs(body, 'VisitMade')).toEqual(['VisitMade ECU>BOL']);
    expect(sigs(body, 'MeetingHeld')).toEqual(['MeetingHeld BOL-ECU']);
    // Filed from the state visited: nothing tells the traveller's own.
    expect(sigs(body.replace('QUITO (Andes)', 'LA PAZ (ABI)'), 'VisitMade')).toEqual([]);
  });
  it('the host member of a bloc\'s summit takes part in it', () => {
    const body = 'President Ana Reyes on Saturday debuted as host of the Andean Community summit in Quito.\n\nLeaders at the summit were Bolivia\'s President Luis Mendez, Peru\'s President Carla Ruiz and Colombia\'s President Tomas Gil.';
    expect(sigs(body, 'MeetingHeld')).toEqual(['MeetingHeld BOL-COL-ECU-PER']);
    const planned = 'President Ana Reyes will be host of the Andean Community summit in Quito next year.\n\nLeaders at the last summit were Bolivia\'s President Luis Mendez, Peru\'s President Carla Ruiz and Colombia\'s President Tomas Gil.';
    expect(sigs(planned, 'MeetingHeld')).toEqual(['MeetingHeld BOL-COL-PER']);
  });
});

describe('meetings', () => {
  it('two officials of one state met in one sentence are two meetings', () => {
    expect(of('Nepalese Prime Minister Ram Thapa met Chinese President Li Wen and Chinese Premier Zhao Ming in Beijing on Wednesday.', 'MeetingHeld')).toHaveLength(2);
    expect(of('Nepalese Prime Minister Ram Thapa met Chinese President Li Wen in Beijing on Wednesday.', 'MeetingHeld')).toHaveLength(1);
  });
  it('"Talking with President X, Y said …" is talks with the other state the sentence names', () => {
    expect(sigs('Talking with President Ivan Petrov, Chilean President Ana Rojas said Chile valued its partnership with Russia.', 'MeetingHeld')).toEqual(['MeetingHeld CHL-RUS']);
    expect(sigs('Talking with reporters, Chilean President Ana Rojas said Chile valued its partnership with Russia.', 'MeetingHeld')).toEqual([]);
  });
  it('talks with "a host of other heads of state" are not the pair just told', () => {
    const body = 'Kenyan President Ana Wambui met Ugandan President Luis Okello on Monday.\n\nBefore the close of the summit on Sunday, she also held bilateral talks with a host of other heads of state.';
    expect(of(body, 'MeetingHeld').map((f) => (f.type === 'MeetingHeld' ? [f.participants.slice().sort().join('-'), f.date] : null))).toEqual([['KEN-UGA', '2024-06-10']]);
  });
  it('an "also" event told later does not date the lead story', () => {
    const body = 'Norwegian Prime Minister Lars Holm has held talks with Danish Prime Minister Mette Berg in Copenhagen.\n\nYesterday, Holm also held talks with Swedish Prime Minister Eva Lind in Stockholm.';
    const dated = of(body, 'MeetingHeld').map((f) => (f.type === 'MeetingHeld' ? [f.participants.slice().sort().join('-'), f.date] : null));
    // (The lead gives no day: the month of publication, 1.19.)
    expect(dated).toEqual([['DNK-NOR', PUB.slice(0, 7)], ['NOR-SWE', '2024-06-13']]);
  });
});

describe('agreements', () => {
  it('signed during a visit "with <state> and <organisation>": that state and the organisation', () => {
    const body = 'Kenyan President Ana Wambui arrived in Egypt on Monday for a three-day visit.\n\nDuring her three-day visit, Wambui oversaw the signing of loan agreements with France and the European Union.';
    const got = of(body, 'AgreementSigned').map((f) => (f.type === 'AgreementSigned' ? [f.parties.slice().sort().join('-'), f.organisations ?? []] : null));
    expect(got).toEqual([['FRA-KEN', []], ['KEN', ['European Union']]]);
  });
  it('"agreements were signed during the discussions": the talks just told', () => {
    const body = 'Talks between Peruvian President Ana Rojas and Bolivian President Luis Mendez were held on Monday.\n\nThree agreements were signed during the discussions.';
    // (Three: each instrument counted is a signing, 1.29.2.)
    expect(sigs(body, 'AgreementSigned')).toEqual(Array(3).fill('AgreementSigned BOL-PER'));
    expect(sigs(body.replace('were signed', 'will be signed'), 'AgreementSigned')).toEqual([]);
  });
  it('founders in a dashed apposition signed, dated by the founding told just before', () => {
    const body = 'The bloc was founded on May 26, 1969. Its founding members — Bolivia, Chile, Colombia, Ecuador and Peru — signed the Cartagena Agreement.';
    const got = of(body, 'AgreementSigned').map((f) => (f.type === 'AgreementSigned' ? [f.parties.slice().sort().join('-'), f.date] : null));
    expect(got).toEqual([['BOL-CHL-COL-ECU-PER', '1969-05-26']]);
  });
});

describe('visits', () => {
  it('"travelling from X where he had a state visit" is a visit to X, undated', () => {
    const body = 'Chilean President Ana Rojas was travelling from Peru where she had a three-day state visit when she stopped in Bolivia.';
    expect(sigs(body, 'VisitMade')).toContain('VisitMade CHL>PER');
    expect(sigs(body.replace('where she had a three-day state visit', 'where she will have a state visit'), 'VisitMade')).not.toContain('VisitMade CHL>PER');
  });
  it('"on the second day of his visit … on Wednesday": the visit began the day before', () => {
    const [v] = of('On the second day of his maiden visit to Kenya, Ghanaian President Kofi Mensah met Kenyan President Ana Wambui on Wednesday.', 'VisitMade');
    expect(v && v.type === 'VisitMade' ? v.date : null).toBe('2024-06-11');
    const [w] = of('During his visit to Kenya, Ghanaian President Kofi Mensah met Kenyan President Ana Wambui on Wednesday.', 'VisitMade');
    expect(w && w.type === 'VisitMade' ? w.date : null).toBe('2024-06-12');
  });
  it('"the first visit … since 2011, when X visited the country": the earlier visit too', () => {
    const got = of('It was the first visit by a Ghanaian president to Kenya since 2011, when Kofi Mensah visited the country.', 'VisitMade').map((f) => (f.type === 'VisitMade' ? `${f.visitor}>${f.host}@${f.date}` : ''));
    expect(got.sort()).toEqual(['GHA>KEN@2011', `GHA>KEN@${PUB.slice(0, 7)}`]);
    const other = of('It was the first visit by a Ghanaian president to Kenya since 2011, when Kofi Mensah visited Togo.', 'VisitMade').map((f) => (f.type === 'VisitMade' ? `${f.visitor}>${f.host}@${f.date}` : ''));
    expect(other).not.toContain('GHA>KEN@2011');
  });
});

describe('departures and foreign ministers\' styles', () => {
  it('"departed <capital> on Sunday for <place>, <country>": a trip by the capital\'s state, or the traveller\'s', () => {
    expect(sigs('President Ada Obi departed Abuja on Sunday for Lyon, France, on a state visit.', 'VisitMade')).toEqual(['VisitMade NGA>FRA']);
    expect(sigs('President Kwame Boateng left Accra yesterday for Nairobi.', 'VisitMade')).toEqual(['VisitMade GHA>KEN']);
    expect(sigs('President Ada Obi will depart Abuja on Sunday for Lyon, France.', 'VisitMade')).toEqual([]);
    expect(sigs('He left Accra in 2010 for a job in London.', 'VisitMade')).toEqual([]);
  });
  it('"External Affairs Minister" is a foreign minister of the demonym\'s state', () => {
    expect(officials('Indian External Affairs Minister Ravi Kumar spoke.')).toEqual([['Ravi Kumar', 'IND']]);
    const body = 'Prime Minister Rahim Uddin on Tuesday received Indian External Affairs Minister Ravi Kumar at his office.\n\nBangladesh and India agreed to expand rail links.';
    expect(sigs(body, 'MeetingHeld')).toEqual(['MeetingHeld BGD-IND']);
  });
});

describe('more homes, spans and donors', () => {
  it('"before returning to Abuja": where a traveller returns to is his home', () => {
    const body = 'President Ada Obi on Wednesday arrived in Pretoria, South Africa, for a state visit.\n\nObi will meet business leaders in Johannesburg before returning to Abuja.';
    expect(sigs(body, 'VisitMade')).toEqual(['VisitMade NGA>ZAF']);
    expect(sigs('President Ada Obi on Wednesday arrived in Pretoria, South Africa, for a state visit.', 'VisitMade')).toEqual([]);
  });
  it('"whose two-day visit … concluded yesterday": the visit began the day before', () => {
    const [v] = of('Ghanaian President Kofi Mensah, whose two-day official visit to Kenya concluded yesterday, met business leaders.', 'VisitMade');
    expect(v && v.type === 'VisitMade' ? v.date : null).toBe('2024-06-12');
  });
  it('"looked forward to welcoming X for the summit … on March 11" is no meeting', () => {
    const body = 'Indian minister Ravi Kumar met Mozambican President Ana Nhaca on Monday.\n\nKumar said he looked forward to welcoming Nhaca for the alliance\'s first founding summit in New Delhi on March 11.';
    expect(of(body, 'MeetingHeld')).toHaveLength(1);
  });
  it('"the Government is contributing …, the Singapore Ministry … said": the ministry\'s state gives', () => {
    expect(sigs('SINGAPORE - The Government is contributing US$20,000 in aid to flood-stricken Fiji, the Singapore Ministry of Foreign Affairs said on Thursday.', 'AidPledged')).toEqual(['AidPledged SGP>FJI']);
    expect(sigs('The Government of Fiji is receiving US$20,000 in aid, the Singapore Ministry of Foreign Affairs said on Thursday.', 'AidPledged')).not.toContain('AidPledged SGP>FJI');
  });
});

describe('aid', () => {
  it('amounts in compound number words', () => {
    expect(amounts('a grant of two hundred million Japanese yen')).toEqual([[200000000, 'JPY']]);
    expect(amounts('pledged twenty-five million dollars')).toEqual([[25000000, 'USD']]);
    expect(amounts('one hundred and fifty billion euros')).toEqual([[150000000000, 'EUR']]);
    expect(amounts('five million euros')).toEqual([[5000000, 'EUR']]);
    // A count in words is no amount.
    expect(amounts('twenty-five people')).toEqual([]);
  });
  it('"said it would send tents and medicine to X" is an announced pledge', () => {
    expect(sigs('Canada said it would send tents and medicine to Nepal.', 'AidPledged')).toEqual(['AidPledged CAN>NPL']);
    expect(sigs('Canada said it would send tents to Nepal if asked.', 'AidPledged')).toEqual([]);
    expect(sigs('Canada said it would not send tents to Nepal.', 'AidPledged')).toEqual([]);
  });
});

describe('votes', () => {
  const lead = 'The UN General Assembly adopted a resolution on Chad on Friday. ';
  it('a list after a later position is that position\'s ("100 voted in favour …, 12 voted against including A and B")', () => {
    expect(sigs(lead + 'A total of 100 countries voted in favor of the resolution, 12 countries voted against including Peru and Chile, while 30 others abstained.', 'VoteCast')).toEqual(['VoteCast CHL no', 'VoteCast PER no']);
  });
  it('"was among the 100 nations voting in favour"', () => {
    expect(sigs(lead + 'Kenya was among the 100 nations voting in favor of the resolution.', 'VoteCast')).toEqual(['VoteCast KEN yes']);
    expect(sigs(lead + 'Kenya was among the nations that will vote in favor of the next resolution.', 'VoteCast')).toEqual([]);
  });
  it('"has cast its vote against the resolution"', () => {
    expect(sigs(lead + 'Peru has cast its vote against the resolution.', 'VoteCast')).toEqual(['VoteCast PER no']);
  });
  it('"abstained, including major powers like A and B"', () => {
    expect(sigs(lead + 'Several countries abstained from the vote, including major powers like India and China.', 'VoteAbstained')).toEqual(['VoteAbstained CHN', 'VoteAbstained IND']);
  });
  it('appositions and group words inside a list of voters', () => {
    const body = lead + 'The 12 countries that voted against the resolution include Peru, its neighbour Chile, as well as Fiji, Tonga, and two European countries – Austria and Hungary.';
    expect(sigs(body, 'VoteCast')).toEqual(['VoteCast AUT no', 'VoteCast CHL no', 'VoteCast FJI no', 'VoteCast HUN no', 'VoteCast PER no', 'VoteCast TON no']);
  });
});

describe('more officials, instruments and visits', () => {
  it('"President-elect X" is an official; "the Argentine leader" is the one head of state left without a state', () => {
    expect(officials('President-elect Ana Ruiz spoke.')).toEqual([['Ana Ruiz', null]]);
    const body = 'President-elect Ana Ruiz and her Mexican counterpart Luis Mora on Monday agreed to work together, as the two heads of state met in Mexico City.\n\nIt is the Argentine leader\'s first foreign trip. Ruiz arrived in Mexico on Saturday.';
    expect(sigs(body, 'MeetingHeld')).toEqual(['MeetingHeld ARG-MEX']);
    expect(sigs(body, 'VisitMade')).toEqual(['VisitMade ARG>MEX']);
  });
  it('a letter of intent is an instrument; a letter is not', () => {
    expect(sigs('Ukrainian President Ivan Bondar signed a letter of intent with Polish Prime Minister Jan Nowak on Wednesday.', 'AgreementSigned')).toEqual(['AgreementSigned POL-UKR']);
    expect(sigs('Peru and Chile signed a letter to the Secretary-General on Wednesday.', 'AgreementSigned')).toEqual([]);
  });
  it('"In a state visit to Argentina, Mexican President X said …" is a visit; a planned or next week\'s is not', () => {
    expect(sigs('In a state visit to Argentina, Mexican President Luis Mora said the two countries share common goals.', 'VisitMade')).toEqual(['VisitMade MEX>ARG']);
    expect(sigs('In a planned visit to Argentina, Mexican President Luis Mora will discuss trade.', 'VisitMade')).toEqual([]);
    expect(sigs('During his visit to Kenya next week, Ghanaian President Kofi Mensah will open a school.', 'VisitMade')).toEqual([]);
  });
  it('"goals" alone is no sport; with a score it is', () => {
    expect(sigs('Kenyan President Ana Wambui met Ugandan President Luis Okello on Monday to discuss shared development goals.', 'MeetingHeld')).toEqual(['MeetingHeld KEN-UGA']);
    expect(sigs('Kenya met Uganda in the cup final on Monday and scored two goals.', 'MeetingHeld')).toEqual([]);
  });
});

describe('passives, staples, venues and leads', () => {
  const talks = 'Talks between Sri Lankan Prime Minister Ana Perera and Vietnamese Prime Minister Tran Van Minh were held in Hanoi on Tuesday.\n\n';
  it('"Agreement was reached to …", "It was also agreed to …": cooperation of the talks just told', () => {
    expect(sigs(talks + 'Agreement was reached to organise exchange programmes for businesses.', 'CooperationAgreed')).toEqual(['CooperationAgreed LKA-VNM']);
    expect(sigs(talks + 'It was also agreed to prepare the ground for a free trade agreement.', 'CooperationAgreed')).toEqual(['CooperationAgreed LKA-VNM']);
    expect(sigs(talks + 'It was agreed to hold further talks next year.', 'CooperationAgreed')).toEqual([]);
  });
  it('a donation of rice is material aid', () => {
    expect(sigs('China on Tuesday donated a stock of rice to Sri Lanka as humanitarian assistance.', 'AidPledged')).toEqual(['AidPledged CHN>LKA']);
    expect(sigs('China on Tuesday sold a stock of rice to Sri Lanka.', 'AidPledged')).toEqual([]);
  });
  it('a summit\'s venue "on the sidelines of … in Laos" is not the home of a leader met there', () => {
    const body = 'Vientiane: Prime Minister Ravi Kumar held a meeting with Laos President Somsak Vong on Friday and expressed India\'s commitment to deepen ties.\n\nKumar also met South Korean President Kim Min-jun on the sidelines of the East Asia Summit in Laos.\n\nEarlier in the day, he held a meeting with his Thailand counterpart Suda Chai.\n\nThe talks focused on trade ties between India and Thailand.';
    expect(sigs(body, 'MeetingHeld')).toEqual(['MeetingHeld IND-KOR', 'MeetingHeld IND-LAO', 'MeetingHeld IND-THA']);
  });
  it('an undated signing told just before a dated one of the same count and states is that one', () => {
    const body = 'Five MoUs signed between Pakistan and Sri Lanka.\n\nThe two prime ministers presided over an event to sign 05 MoUs between Pakistan and Sri Lanka yesterday.';
    // (Five instruments, each counted since 1.29.2, all of that day.)
    expect(of(body, 'AgreementSigned').map((f) => f.date)).toEqual(Array(5).fill('2024-06-13'));
    // Another instrument, dated years before, is not the one just signed.
    const other = 'Kazakhstan and Uzbekistan signed a number of agreements.\n\nThey also signed a protocol amending their agreement on road transport dated March 20, 2006.';
    expect(of(other, 'AgreementSigned').map((f) => f.date).sort()).toEqual(['2006-03-20', '2024-06']);
  });
  it('"US$" names no state; "Port-of-Spain" names no Spain', () => {
    expect(sigs('Guyana will tap into a US$1.5 billion grant announced by the Chinese Government.', 'MeetingHeld')).toEqual([]);
    expect(sigs('Caribbean leaders met the Chinese President at the Hilton Hotel in Port-of-Spain on Sunday.', 'MeetingHeld').filter((x) => x.includes('ESP'))).toEqual([]);
  });
});

describe('talks held with guests by a subject of no known state', () => {
  it('the guests did not meet one another', () => {
    expect(sigs('The PM held bilateral talks with host President Ana Reyes of the Philippines and other leaders including US President John Smith.', 'MeetingHeld')).toEqual([]);
    expect(sigs('Indian Prime Minister Ravi Kumar held bilateral talks with Philippine President Ana Reyes on Monday.', 'MeetingHeld')).toEqual(['MeetingHeld IND-PHL']);
  });
});
