/**
 * Rules added in extractor 1.25 (docs/extraction.md, round 25). Every sentence here is invented;
 * each rule has a case where it must not fire.
 */
import { facts, sig, sigs } from './spec-signatures';

describe('a credentials ceremony is a meeting of the receiving state with each envoy\'s (1.25.0)', () => {
  it('"the ambassadors of A and B presented their credentials to President X"', () => {
    expect(sigs('The ambassadors of Peru and Norway presented their credentials to Kenyan President Amos Tengo on Tuesday.')).toEqual([
      'MeetingHeld KEN-NOR',
      'MeetingHeld KEN-PER',
    ]);
  });
  it('"X received the letters of credence of the new envoys of A, B and C"', () => {
    expect(sigs('Malian President Ida Koro received the letters of credence of the new envoys of Ghana, Brazil and Japan.')).toEqual([
      'MeetingHeld BRA-MLI',
      'MeetingHeld GHA-MLI',
      'MeetingHeld JPN-MLI',
    ]);
  });
  it('"X accredited the ambassadors of A and B", names beside the states', () => {
    expect(sigs('On Monday, Zambian President Ela Mwansa accredited the ambassadors of Chile, Rosa Vidal, and Laos, Somsak Phan.')).toEqual([
      'MeetingHeld CHL-ZMB',
      'MeetingHeld LAO-ZMB',
    ]);
  });
  it('with no receiver named, the ceremony takes place in the story\'s state (its dateline)', () => {
    expect(sigs('HANOI, March 3 - The ambassadors of Cuba and Chad presented their credentials to the President at a ceremony here.')).toEqual([
      'MeetingHeld CUB-VNM',
      'MeetingHeld TCD-VNM',
    ]);
  });
  it('"the ambassador to X presented his credentials": the state he is posted to', () => {
    expect(sigs("Brazil's new ambassador to Japan presented his credentials on Friday.")).toEqual(['MeetingHeld BRA-JPN']);
  });
  it('not a ceremony still to come, nor refused', () => {
    expect(sigs('The ambassadors of Peru and Norway will present their credentials to Kenyan President Amos Tengo next week.')).toEqual([]);
    expect(sigs('The ambassador of Peru has not yet presented his credentials to Kenyan President Amos Tengo.')).toEqual([]);
  });
  it('not credentials of another kind, nor a report presented to a head of state', () => {
    expect(sigs('Kenyan President Amos Tengo praised the reform credentials of the Peruvian and Norwegian governments.')).toEqual([]);
    expect(sigs('The ambassadors of Peru and Norway presented a joint report to Kenyan President Amos Tengo.')).toEqual([]);
  });
});

describe("a passive signing that names no party is the pair the story has told (1.25.1)", () => {
  const talks = 'ACCRA, June 13 - Ghanaian President Kofi Mensah and Malian President Ida Koro held talks on Thursday.';
  it('"A number of agreements were signed in the areas of …" after a meeting of two states', () => {
    expect(sigs(`${talks} A number of agreements were signed in the areas of trade and transport, the spokesman added.`, 'AgreementSigned')).toEqual(['AgreementSigned GHA-MLI']);
  });
  it('not when no fact has told a pair (two states only named)', () => {
    expect(sigs('Ghana and Mali share a long border. A number of agreements were signed in the areas of trade and transport.', 'AgreementSigned')).toEqual([]);
  });
  it('not when the clause names a state of its own', () => {
    expect(sigs(`${talks} Agreements with Togo were signed in the areas of trade and transport.`, 'AgreementSigned')).not.toContain('AgreementSigned GHA-MLI');
  });
});

describe('"March last year": a month or a day with the year named by a word (1.25.2)', () => {
  const dateOf = (body: string) => facts(body, '2023-03-02').map((f) => f.date);
  it('last year, of last year, this year', () => {
    expect(dateOf('The Chinese foreign minister Wang Yi visited India in March last year.')).toEqual(['2022-03']);
    expect(dateOf('The Chinese foreign minister Wang Yi visited India on March 5 last year.')).toEqual(['2022-03-05']);
    expect(dateOf('The Chinese foreign minister Wang Yi visited India on 5 March of last year.')).toEqual(['2022-03-05']);
    expect(dateOf('The Chinese foreign minister Wang Yi visited India in January this year.')).toEqual(['2023-01']);
  });
  it('a month alone is still the latest such month up to publication', () => {
    expect(dateOf('The Chinese foreign minister Wang Yi visited India in March.')).toEqual(['2023-03']);
    expect(dateOf('The Chinese foreign minister Wang Yi visited India in May.')).toEqual(['2022-05']);
  });
});

describe('the recipient of aid: a crisis placed in a state, a hyphened modifier (1.25.3)', () => {
  it('"pledged $40 million towards the humanitarian crisis in Yemen"', () => {
    expect(sigs('Norway pledged $40 million towards addressing the humanitarian crisis in Yemen.', 'AidPledged')).toEqual(['AidPledged NOR>YEM']);
  });
  it('"aid for war-torn Yemen" names the recipient of a later pledge', () => {
    expect(sigs('Donors pledged $2 billion in humanitarian aid for war-torn Yemen on Tuesday. Norway pledged $40 million.', 'AidPledged')).toEqual(['AidPledged NOR>YEM']);
  });
  it('not a war named as the past of the giver', () => {
    expect(sigs('Norway, which fought no war in Yemen, pledged $40 million to Sudan.', 'AidPledged')).toEqual(['AidPledged NOR>SDN']);
  });
});

describe('"Among the issues discussed were … the negotiations on X": a list of topics (1.25.4)', () => {
  it('tells no meeting', () => {
    expect(sigs('Among the issues discussed were the relations between the EU and Ukraine, the talks with Iran and the situation in Lebanon.', 'MeetingHeld')).toEqual([]);
  });
  it('but talks told beside a list of issues still are', () => {
    expect(sigs('Peruvian President Ana Ruiz held talks with Chilean President Luis Mora; the issues discussed included trade.', 'MeetingHeld')).toEqual(['MeetingHeld CHL-PER']);
  });
});

describe('"…, U.S. ambassador to the United Nations X told the summit": an envoy\'s posting is no recipient (1.25.5)', () => {
  it('the pledge keeps the recipient its sentence names', () => {
    expect(sigs('Norway pledged $40 million towards the crisis in Yemen, Norwegian ambassador to the United Nations Ola Berg told the conference.', 'AidPledged')).toEqual(['AidPledged NOR>YEM']);
  });
  it('a sum to a body is still no aid to a state', () => {
    expect(sigs('Norway pledged $40 million to the United Nations Children Fund.', 'AidPledged')).toEqual([]);
  });
});

describe('in a story of aid to a state, a further sum given by a state is that aid (1.25.6)', () => {
  const story = 'Donors pledged $2 billion in humanitarian aid for Yemen on Tuesday. Norway pledged $40 million.';
  it('"X said it was providing an additional $60 million"', () => {
    expect(sigs(`${story} Kuwait said it was providing an additional $60 million.`, 'AidPledged')).toEqual(['AidPledged KWT>YEM', 'AidPledged NOR>YEM']);
  });
  it('not before any state has given in the story, nor a sum of trade', () => {
    expect(sigs('Donors met on Tuesday to discuss aid for Yemen. Kuwait said it was providing $60 million.', 'AidPledged')).toEqual([]);
    expect(sigs(`${story} Kuwait said it was providing $60 million for the purchase of Yemeni coffee.`, 'AidPledged')).toEqual(['AidPledged NOR>YEM']);
  });
});

describe("a state where something happens that talks were about is not the talks' venue (1.25.7)", () => {
  it('"…, where the recent developments in Chad were discussed" gives the official no state', () => {
    const body =
      'Foreign Minister Ana Vell held a meeting with Foreign Minister Luis Toro of Peru. Later, Minister Vell held a meeting with his Dutch colleague Ben Knapen, where the recent developments in Chad were discussed.';
    expect(sigs(body, 'MeetingHeld')).toEqual([]);
  });
  it('a meeting held in a state still places its host there', () => {
    const body = 'Foreign Minister Ana Vell held talks with Dutch Foreign Minister Ben Knapen in Chad on Monday.';
    expect(sigs(body, 'MeetingHeld')).toEqual(['MeetingHeld NLD-TCD']);
  });
});

describe('relief handed over, sent before its object, or being provided (1.25.8)', () => {
  it('"X handed over relief materials to Y", by the state or its embassy', () => {
    expect(sigs('India handed over the first consignment of emergency relief materials to flood-struck Nepal.', 'AidPledged')).toEqual(['AidPledged IND>NPL']);
    expect(sigs('The Indian Embassy handed over relief materials to authorities in Nepal.', 'AidPledged')).toEqual(['AidPledged IND>NPL']);
  });
  it('"X has sent to Y relief materials"', () => {
    expect(sigs('India has already sent to Turkiye relief materials and rescue teams.', 'AidPledged')).toEqual(['AidPledged IND>TUR']);
  });
  it('not a letter handed to an envoy, nor relief still to be handed over', () => {
    expect(sigs('India handed a protest letter to the Nepalese ambassador.', 'AidPledged')).toEqual([]);
    expect(sigs('India will hand over relief materials to Nepal next week.', 'AidPledged')).toEqual([]);
  });
});

describe('the recipient named beside a disaster is the recipient of supplies sent for it (1.25.9)', () => {
  const lead = 'MANILA, Philippines - The international community pledged to assist the Philippines after a powerful earthquake struck Abra province on Wednesday.';
  it('"X said it was providing emergency supplies to affected areas"', () => {
    expect(sigs(`${lead} The Chinese government said on Friday it was providing emergency supplies to affected areas.`, 'AidPledged')).toEqual(['AidPledged CHN>PHL']);
  });
  it('not without a disaster beside the recipient', () => {
    expect(sigs('The international community pledged to assist the Philippines. The Chinese government said on Friday it was providing emergency supplies to affected areas.', 'AidPledged')).toEqual([]);
  });
});

describe("\"for the G20 Foreign Ministers' meeting\": a body's session is no meeting of the states named around it (1.25.11)", () => {
  it('a minister in a capital for a body\'s meeting', () => {
    expect(sigs('Chinese Foreign Minister Li Wen was in New Delhi in March for the G20 Foreign Ministers\' meeting.', 'MeetingHeld')).toEqual([]);
  });
  it('but a meeting held beside it with a named counterpart is', () => {
    expect(sigs('Chinese Foreign Minister Li Wen held a meeting with Indian Foreign Minister Ravi Rao in New Delhi in March.', 'MeetingHeld')).toEqual(['MeetingHeld CHN-IND']);
  });
});

describe('"X arrived in Ankara and was welcomed by Turkish officials": a welcome on arrival is part of the visit (1.25.12)', () => {
  it('a visit, no meeting', () => {
    expect(sigs('Iranian President Ali Rezai arrived in Ankara late on Sunday and was welcomed by Turkish officials.')).toEqual(['VisitMade IRN>TUR']);
  });
  it('a welcome in a sentence of its own is read as before', () => {
    expect(sigs('Iranian President Ali Rezai was welcomed by Turkish President Kemal Aras in Ankara on Monday.', 'MeetingHeld')).toEqual(['MeetingHeld IRN-TUR']);
  });
});

describe('"arrived in Dhaka Wednesday morning": a weekday after a capital is not part of its name (1.25.13)', () => {
  it('the capital is read', () => {
    expect(sigs('Maldivian President Ali Nasir arrived in Dhaka Wednesday morning.')).toEqual(['VisitMade MDV>BGD']);
  });
  it('a capital inside a longer name is still not', () => {
    expect(sigs('Maldivian President Ali Nasir spoke at the Dhaka Stock Exchange on Wednesday.')).toEqual([]);
  });
});

describe('an official the title introduces with a state is followed in the body (1.25.14)', () => {
  const body = 'Tanaka arrived in Hanoi on Friday morning, embarking on a two-day visit to Vietnam.';
  it('"Japanese PM Tanaka …" over "Tanaka arrived in Hanoi"', () => {
    expect(sigs(body, undefined, '2024-06-14', 'Japanese PM Tanaka begins Vietnam visit')).toEqual(['VisitMade JPN>VNM']);
  });
  it('not from a title that names no state beside him', () => {
    expect(sigs(body, undefined, '2024-06-14', 'PM Tanaka begins visit')).toEqual([]);
  });
});

describe('"The talks come amid strained ties between A and B after …": background is no party (1.25.15)', () => {
  const body =
    'Peruvian Foreign Minister Ana Ruiz held a meeting with Chilean Foreign Minister Luis Mora on Friday. The talks between the two ministers come amid strained ties between Peru and Chile after Bolivian President Evo Tanaka made allegations.';
  it('one meeting, its people the two ministers', () => {
    const met = facts(body).filter((f) => f.type === 'MeetingHeld');
    expect(met.map(sig)).toEqual(['MeetingHeld CHL-PER']);
  });
});

describe('"the Washington meeting": a capital naming a meeting after its venue is no party (1.25.16)', () => {
  it('a leader praising the Washington meeting did not meet the United States', () => {
    expect(sigs('British Prime Minister Tom Hale, an early proponent of the Washington meeting, said the leaders agreed.', 'MeetingHeld')).toEqual([]);
  });
  it('but talks of two capitals are still theirs', () => {
    expect(sigs('Officials said the Seoul-Tokyo talks were held on Monday.', 'MeetingHeld')).toEqual(['MeetingHeld JPN-KOR']);
  });
});

describe('"A and B reaffirmed their commitment to deepen cooperation": cooperation agreed (1.25.17)', () => {
  it('a commitment or willingness reaffirmed together', () => {
    expect(sigs('Peru and Chile reaffirmed their commitment to deepen bilateral cooperation.')).toEqual(['CooperationAgreed CHL-PER']);
    expect(sigs('Peruvian President Ana Ruiz met Chilean President Luis Mora on Monday. The two sides reiterated their willingness to strengthen cooperation.', 'CooperationAgreed')).toEqual(['CooperationAgreed CHL-PER']);
  });
  it('not by one side alone, nor a commitment to something other than ties', () => {
    expect(sigs('Peru reaffirmed its commitment to deepen cooperation with Chile.')).toEqual([]);
    expect(sigs('Peru and Chile reaffirmed their commitment to the ceasefire.')).toEqual([]);
  });
});

describe("the state whose aid agency signs an aid agreement gives the aid (1.25.18)", () => {
  it('"The Development Grant Agreement has been signed between Laos and the Japan International Cooperation Agency"', () => {
    expect(sigs('The Development Grant Agreement has been signed between Laos and the Japan International Cooperation Agency in Vientiane on Sunday.')).toEqual([
      'AgreementSigned JPN-LAO',
      'AidPledged JPN>LAO',
    ]);
  });
  it('not an agreement with no aid in it', () => {
    expect(sigs('The Trade Agreement has been signed between Laos and the Japan International Cooperation Agency in Vientiane on Sunday.')).toEqual(['AgreementSigned JPN-LAO']);
  });
});

describe('"aid to the cause at a conference": a preposition of place ends the recipient phrase (1.25.19)', () => {
  it('the story\'s recipient is taken', () => {
    expect(sigs('With the conflict in Yemen leaving millions hungry, Norway pledged an additional $60 million in humanitarian aid to the cause at a United Nations conference on Thursday.', 'AidPledged')).toEqual(['AidPledged NOR>YEM']);
  });
});

describe('"aid packages to X, including $N from A and $M from B": sums with the state they come from (1.25.20)', () => {
  it('each state its sum', () => {
    const found = facts('Other wealthy nations also announced additional aid packages to Yemen, including $2.6 billion from Germany and $1.8 billion from Norway.');
    expect(found.map((f) => (f.type === 'AidPledged' ? `${f.donor}>${f.recipient} ${f.value?.amount}` : f.type)).sort()).toEqual(['DEU>YEM 2600000000', 'NOR>YEM 1800000000']);
  });
  it('not sums from bodies that are no state', () => {
    expect(sigs('Donors announced aid packages to Yemen, including $2 million from the World Bank and $1 million from the Red Cross.', 'AidPledged')).toEqual([]);
  });
});

describe('"began a tour on Sunday, which includes visits to A and B": the stops a trip includes are planned (1.25.21)', () => {
  it('no visit', () => {
    expect(sigs('Egyptian President Omar Said began an African tour on Sunday, which includes visits to Guinea and Senegal.', 'VisitMade')).toEqual([]);
  });
  it('a tour that took him to A and B is told as done', () => {
    expect(sigs('Egyptian President Omar Said ended an African tour on Sunday, which took him to Guinea and Senegal.', 'VisitMade')).toEqual(['VisitMade EGY>GIN', 'VisitMade EGY>SEN']);
  });
});

describe('a fronted meeting or visit takes the mood of its main clause (1.25.22, 1.25.25)', () => {
  it('"During his talks with the Swiss President, the Prime Minister is also likely to raise …"', () => {
    expect(sigs('Indian Prime Minister Ravi Rao left for Bern. During his talks with the Swiss President, the Prime Minister is also likely to raise the issue of taxes.', 'MeetingHeld')).toEqual([]);
  });
  it('"On the first leg of his visit, the Prime Minister will reach Herat"', () => {
    const body = 'New Delhi: Prime Minister Ravi Rao on Saturday morning left for a five-nation tour that will take him to Afghanistan, Qatar and Mexico. On the first leg of his visit, the Prime Minister will reach Herat in western part of Afghanistan in afternoon.';
    expect(sigs(body, 'VisitMade')).toEqual([]);
  });
  it('but a fronted visit of a main clause in the past is a visit', () => {
    expect(sigs('On the first leg of his visit, the Indian Prime Minister arrived in Kabul on Saturday.', 'VisitMade')).toEqual(['VisitMade IND>AFG']);
  });
});

describe('"welcomed President X\'s support for Ukraine": the support is welcomed, not the president (1.25.23)', () => {
  it('no meeting', () => {
    expect(sigs('British Prime Minister Tom Hale welcomed Polish President Jan Nowak\'s ongoing support for Ukraine.', 'MeetingHeld')).toEqual([]);
  });
  it('a president welcomed in person is met', () => {
    expect(sigs('British Prime Minister Tom Hale welcomed Polish President Jan Nowak to Downing Street on Monday.', 'MeetingHeld')).toEqual(['MeetingHeld GBR-POL']);
  });
});

describe('"leaving for Herat, Afghanistan, marking the start of his five-nation visit": the destination is no visitor (1.25.24)', () => {
  it('no visit of Afghanistan', () => {
    const body = 'New Delhi: Indian Prime Minister Ravi Rao on Saturday morning left for a tour. "PM Ravi Rao leaving for Herat, Afghanistan, marking the start of his five-nation visit," his office tweeted.';
    expect(sigs(body, 'VisitMade').filter((x) => x.startsWith('VisitMade AFG'))).toEqual([]);
  });
});

describe('"NUSA DUA, Indonesia (Reuters) …": a dateline of a city in capitals and its country (1.25.26)', () => {
  it('the dateline\'s country is no party', () => {
    expect(sigs('NUSA DUA, Indonesia (Reuters) President Tom Hale of the United States and Chinese Premier Li Wen met on the sidelines of a summit on Saturday.', 'MeetingHeld')).toEqual(['MeetingHeld CHN-USA']);
  });
});

describe('"interacted with 12 Japanese nationals": people of no office are no side (1.25.28)', () => {
  it('no meeting', () => {
    expect(sigs('Crown Prince Akishino of Japan interacted with 12 Japanese nationals at the residence of the ambassador to Britain.', 'MeetingHeld')).toEqual([]);
  });
  it('but heads of state are', () => {
    expect(sigs('Indian Prime Minister Ravi Rao interacted with Chilean President Luis Mora at the summit.', 'MeetingHeld')).toEqual(['MeetingHeld CHL-IND']);
  });
});

describe('"A called on B\'s envoys after their heads of government called on C to …": the later appeal is not A\'s (1.25.29)', () => {
  it('no appeal of A to C', () => {
    expect(sigs('Later on Friday Israel called on the ambassadors of Belgium and Spain for a rebuke after their heads of government called on Egypt to condemn the destruction of Gaza.', 'AppealMade')).toEqual([]);
  });
});

describe('"A and B met with C": a coordinated subject of two states meeting a guest is one meeting of three (1.25.30)', () => {
  it('one meeting', () => {
    expect(sigs('Spanish Prime Minister Ana Ruiz and Belgian Prime Minister Luc Peeters met with Egyptian President Omar Said in Cairo.', 'MeetingHeld')).toEqual(['MeetingHeld BEL-EGY-ESP']);
  });
  it('one host meeting two guests still meets them one by one', () => {
    expect(sigs('Spanish Prime Minister Ana Ruiz met Egyptian President Omar Said and Jordanian King Abdullah in Cairo.', 'MeetingHeld')).toEqual(['MeetingHeld EGY-ESP', 'MeetingHeld ESP-JOR']);
  });
});

describe('one pledge told twice with days a few apart, and running totals (1.25.31, 1.25.32)', () => {
  const body =
    'Norwegian Foreign Minister Ola Berg on Wednesday announced $53 million in humanitarian assistance to Yemen. "Today Norway announced $53 million in new humanitarian assistance to Yemen," the ministry said on Thursday. Norway has provided $159 million in overall humanitarian assistance to Yemen since October 2020.';
  it('one pledge of $53 million, no pledge of the total', () => {
    const found = facts(body, '2024-06-14').filter((f) => f.type === 'AidPledged');
    expect(found.map((f) => (f.type === 'AidPledged' ? `${f.donor}>${f.recipient} ${f.value?.amount}` : ''))).toEqual(['NOR>YEM 53000000']);
  });
  it('a new sum given since a date is still a pledge', () => {
    expect(sigs('Norway gave $10 million in humanitarian assistance to Yemen on Monday, its first since 2020.', 'AidPledged')).toEqual(['AidPledged NOR>YEM']);
  });
});

describe('"During his visit to X, A called on King Y": officials a visitor meets on a visit to one state are its (1.25.33)', () => {
  const body =
    'Indian Foreign Minister Ravi Rao concluded his official visit to Eswatini and Lesotho, and to South Africa. During his visit to Eswatini, Rao called on King Sobhuza IV and held discussions with Prime Minister Themba Nkosi. During his visit to Lesotho, the minister met officials. In South Africa, Rao met business leaders.';
  it('a meeting with the visited state', () => {
    expect(sigs(body, 'MeetingHeld')).toEqual(['MeetingHeld IND-SWZ']);
  });
  it('not where the sentence names two states visited', () => {
    const two = 'Indian Foreign Minister Ravi Rao concluded a tour. During his visit to Eswatini and his trip to Lesotho, Rao called on King Sobhuza IV.';
    expect(sigs(two, 'MeetingHeld')).toEqual([]);
  });
});

describe('signings with no signer named, and signings authorised (1.25.34, 1.25.35)', () => {
  it('"MOUs signed with Netherlands and Turkiye": no agreement of the two with each other', () => {
    expect(sigs('MOUs signed with Netherlands and Turkiye.', 'AgreementSigned')).toEqual([]);
  });
  it('"Saudi Arabia signed MOUs with the Netherlands": the signer named before "with"', () => {
    expect(sigs('Saudi Arabia signed MOUs with the Netherlands on Tuesday.', 'AgreementSigned')).toEqual(['AgreementSigned NLD-SAU']);
  });
  it('"The signing of two memorandums with A and B was approved by the Cabinet": no signing yet', () => {
    expect(sigs('The signing of two memorandums of understanding with the Netherlands and Turkiye was approved by the Saudi Cabinet on Tuesday.', 'AgreementSigned')).toEqual([]);
  });
});

describe('"A, as well as B, was also discussed": a passive subject of talk coordinated past its comma (1.25.36)', () => {
  it('the states of the subject are topics, not parties of the meeting', () => {
    const body =
      'Turkish Foreign Minister Ali Demir met US Secretary of State John Hale on Thursday. During the meeting, the negotiation process between Washington and Tehran regarding the nuclear program, as well as the situation in Syria was also discussed.';
    expect(sigs(body, 'MeetingHeld')).toEqual(['MeetingHeld TUR-USA']);
  });
});

describe("a body's own session, and a meeting being arranged, are no meeting of the states named (1.25.37, 1.25.38)", () => {
  it('"The UN General Assembly at its meeting on Wednesday adopted a resolution condemning Russia\'s annexation of Ukrainian regions"', () => {
    expect(sigs("The UN General Assembly at its meeting on Wednesday adopted a resolution condemning the referendums held by Russia in occupied parts of Ukraine.", 'MeetingHeld')).toEqual([]);
  });
  it('"agreed on regular contacts, including for the preparation of a meeting between the presidents of A and B"', () => {
    expect(sigs('The participants agreed on regular contacts, including for the preparation of a meeting between the presidents of Russia and the United States.', 'MeetingHeld')).toEqual([]);
  });
  it('but "a meeting between the presidents of A and B was held" is one', () => {
    expect(sigs('A meeting between the presidents of Russia and the United States was held in Geneva on Monday.', 'MeetingHeld')).toEqual(['MeetingHeld RUS-USA']);
  });
});
