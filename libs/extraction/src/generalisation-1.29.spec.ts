/**
 * Rules added in extractor 1.29 (docs/extraction.md, round 29). Every sentence here is invented;
 * each rule has a case where it must not fire.
 */
import { EXTRACTOR, extractFacts } from '.';
import { atLeast, facts, PUB, sigs } from './spec-signatures';

describe('extractor version', () => {
  it('is 1.29.9 or later', () => expect(atLeast(EXTRACTOR.version, '1.29.9')).toBe(true));
});

describe('meetings: a delegation led by an official, a reception for a guest (1.29.0)', () => {
  it('"received a delegation led / headed by <official of B>" meets B', () => {
    expect(sigs('Chilean President Ana Soto received a delegation led by Peruvian Trade Minister Luis Vega on Monday.', 'MeetingHeld')).toEqual(['MeetingHeld CHL-PER']);
    expect(sigs('Chilean President Ana Soto received a delegation headed by the Peruvian governor of Tacna on Monday.', 'MeetingHeld')).toEqual(['MeetingHeld CHL-PER']);
  });
  it('"held / hosted a reception for (visiting) X" meets X', () => {
    expect(sigs('Chilean Prime Minister Ana Soto held a reception for visiting Peruvian President Luis Vega in Santiago on Monday.', 'MeetingHeld')).toEqual(['MeetingHeld CHL-PER']);
    expect(sigs('Chilean Prime Minister Ana Soto hosted a reception for Peruvian President Luis Vega on Monday.', 'MeetingHeld')).toEqual(['MeetingHeld CHL-PER']);
  });
  it('not a reception for an occasion, nor one to be held', () => {
    expect(sigs('The Chilean embassy held a reception for its national day in Lima on Monday.', 'MeetingHeld')).toEqual([]);
    expect(sigs('Chilean Prime Minister Ana Soto will hold a reception for Peruvian President Luis Vega on Monday.', 'MeetingHeld')).toEqual([]);
  });
  it("another's visit to the outlet's state does not make its own official a traveller", () => {
    const body =
      'Party Secretary Ana Soto met visiting Peruvian President Luis Vega in Santiago on Monday.\n\n' +
      'Chile and Peru are old partners.\n\n' +
      'Party Secretary Soto said the Peruvian President’s visit to Chile is a milestone.';
    const found = extractFacts({ title: '', body, publishedAt: PUB, source: 'Santiago Ledger (Chile)' });
    expect(found.filter((f) => f.type === 'MeetingHeld').map((f) => (f.type === 'MeetingHeld' ? [...f.participants].sort().join('-') : ''))).toEqual(['CHL-PER']);
  });
});

describe('aid in kind: a gift named with its giver, kits, a singular supply (1.29.0)', () => {
  it('"X\'s donation of <material aid> to Y"', () => {
    expect(sigs("She attended the handover ceremony for Norway's donation of medical supplies to Chile on Monday.", 'AidPledged')).toEqual(['AidPledged NOR>CHL']);
    expect(sigs("Norway's gift of 10,000 testing kits to Chile arrived on Monday.", 'AidPledged')).toEqual(['AidPledged NOR>CHL']);
  });
  it('not a gift of no material aid, one planned, or one with no recipient named', () => {
    expect(sigs("Norway's gift of a painting to Chile was unveiled on Monday.", 'AidPledged')).toEqual([]);
    expect(sigs("Norway's planned donation of medical supplies to Chile will arrive next week.", 'AidPledged')).toEqual([]);
    expect(sigs("Norway's donation of medical supplies arrived on Monday.", 'AidPledged')).toEqual([]);
  });
  it('testing kits, and "medical supply" in the singular, are things given', () => {
    expect(sigs('The Norwegian Embassy handed over testing kits to Chile on Monday.', 'AidPledged')).toEqual(['AidPledged NOR>CHL']);
    expect(sigs('Norway hands over medical supply to Chile', 'AidPledged')).toEqual(['AidPledged NOR>CHL']);
    expect(sigs('Norway handed over the supply contract to Chile on Monday.', 'AidPledged')).toEqual([]);
  });
});

describe('appeals: a relative clause, a people coordinated with a state, a date before "on", a setting before "that" (1.29.0)', () => {
  it('a relative clause between the addressees and what they are asked', () => {
    expect(sigs('Norway calls on both sides of the Chilean-Peruvian conflict, which escalated on Monday, to restraint.', 'AppealMade')).toEqual(['AppealMade NOR>CHL', 'AppealMade NOR>PER']);
    expect(sigs('Norway called on Chile, which denied the report, and the talks ended to the relief of many.', 'AppealMade')).toEqual([]);
  });
  it('"urged A and the <people> to …"', () => {
    expect(sigs('Norway called on Chile and the Peruvians to exercise restraint.', 'AppealMade')).toEqual(['AppealMade NOR>CHL', 'AppealMade NOR>PER']);
  });
  it('"called yesterday on A to …"', () => {
    expect(sigs('The Norwegian Foreign Ministry called yesterday on Chilean and Peruvian authorities to release the detained.', 'AppealMade')).toEqual(['AppealMade NOR>CHL', 'AppealMade NOR>PER']);
    expect(sigs('Norway called yesterday for talks on Chile.', 'AppealMade')).toEqual([]);
  });
  it('"said at a briefing that A and B need to …"', () => {
    expect(sigs('The Norwegian spokesman said at a regular press briefing that Chile and Peru need to exercise restraint.', 'AppealMade')).toEqual(['AppealMade NOR>CHL', 'AppealMade NOR>PER']);
    expect(sigs('The Norwegian spokesman said on Tuesday that Chile should release the fishermen.', 'AppealMade')).toEqual(['AppealMade NOR>CHL']);
    expect(sigs('The Norwegian spokesman said at a briefing, after a long pause, that Chile had released the fishermen.', 'AppealMade')).toEqual([]);
  });
});

describe('visits: an arrival waited for, an arrival\'s place, a clause with a subject of its own (1.29.1)', () => {
  it('"awaiting the arrival of X" is no visit', () => {
    expect(sigs('The Chilean delegation was awaiting the arrival of the Peruvian delegation in Bolivia.', 'VisitMade')).toEqual([]);
  });
  it('"the arrival of X in B" is a visit to B', () => {
    expect(sigs('The Chilean delegation welcomed the arrival of the Peruvian delegation in Bolivia on Monday.', 'VisitMade')).toEqual(['VisitMade PER>BOL']);
  });
  it('"…, as nine freed detainees arrived in Lima" is no visit of the main clause\'s state', () => {
    expect(sigs('Peru urged Chile to release the detainees, as nine freed detainees arrived in Lima.', 'VisitMade')).toEqual([]);
    expect(sigs('Peru urged Chile to release the detainees as the US envoy arrived in Lima.', 'VisitMade')).toEqual(['VisitMade USA>PER']);
  });
});

describe('aid: parts of a state after "to", an arrival its giver announces, the Gaza Strip (1.29.1)', () => {
  it('"to the typhoon-hit areas in B", "to flood victims in B"', () => {
    expect(sigs('Norway has committed $1 million in humanitarian aid to the typhoon-hit areas in Chile.', 'AidPledged')).toEqual(['AidPledged NOR>CHL']);
    expect(sigs('Norway donated $2 million to the flood-hit districts in Chile.', 'AidPledged')).toEqual(['AidPledged NOR>CHL']);
  });
  it('"A announced the arrival of an aid shipment to B"', () => {
    expect(sigs('Norway announced Sunday the arrival of an aid and food shipment to the Gaza Strip.', 'AidPledged')).toEqual(['AidPledged NOR>PSE']);
    expect(sigs('Norway announced the arrival of a shipment of humanitarian aid in Chile on Monday.', 'AidPledged')).toEqual(['AidPledged NOR>CHL']);
  });
  it('not goods of trade, nor an arrival announced as ahead', () => {
    expect(sigs('Norway announced the arrival of a shipment of copper in Chile on Monday.', 'AidPledged')).toEqual([]);
    expect(sigs('Norway will announce the arrival of aid supplies in Chile.', 'AidPledged')).toEqual([]);
  });
});

describe('who "he" is after "…, the top Iraqi diplomat said." (1.29.1)', () => {
  it('an official named by state and office in an attribution', () => {
    const body = '"Chile insists on its sovereignty," the top Chilean diplomat said. He added that talks with his Peruvian counterpart were useful.';
    expect(sigs(`The Bolivian President Ana Soto spoke on Monday. ${body}`, 'MeetingHeld')).toEqual(['MeetingHeld CHL-PER']);
  });
  it('not a state named in what was said', () => {
    const body = 'The Bolivian President Ana Soto spoke on Monday. The Chilean diplomat gave a speech. He added that talks with his Peruvian counterpart were useful.';
    expect(sigs(body, 'MeetingHeld')).toEqual(['MeetingHeld BOL-PER']);
  });
});

describe('"In discussions with X, Y demanded …" is a meeting (1.29.1)', () => {
  it('a fronted phrase of plural talks, the subject after its comma', () => {
    expect(sigs('In discussions with Peruvian officials, Chilean Vice Foreign Minister Ana Soto demanded that Peru release them.', 'MeetingHeld')).toEqual(['MeetingHeld CHL-PER']);
  });
  it('not talks named as a subject', () => {
    expect(sigs('The discussions with Peruvian officials included an exchange with Bolivian President Luis Vega.', 'MeetingHeld')).toEqual([]);
  });
});

describe('a few instruments a signing counts are signings of their own (1.29.2)', () => {
  it('"signed five agreements", "signed two cooperation documents", "Two MoUs were signed"', () => {
    expect(sigs('Chile and Peru signed five agreements in Lima on Monday.', 'AgreementSigned')).toEqual(Array(5).fill('AgreementSigned CHL-PER'));
    expect(sigs('Chile and Peru signed two cooperation documents on Monday.', 'AgreementSigned')).toEqual(Array(2).fill('AgreementSigned CHL-PER'));
    expect(sigs('Two MoUs were signed by Chile and Peru on Monday.', 'AgreementSigned')).toEqual(Array(2).fill('AgreementSigned CHL-PER'));
  });
  it('an instrument told after the count is one of them', () => {
    const body = 'Chile and Peru signed three agreements in Lima on Monday. The two sides also signed a Memorandum of Understanding on fisheries.';
    expect(sigs(body, 'AgreementSigned')).toEqual(Array(3).fill('AgreementSigned CHL-PER'));
  });
  it('not a package of more than six, a running total, one instrument, or an aid agreement', () => {
    expect(sigs('Chile and Peru signed 16 documents in Lima on Monday.', 'AgreementSigned')).toEqual(['AgreementSigned CHL-PER']);
    expect(sigs('Chile and Peru have signed 35 agreements since 2000.', 'AgreementSigned')).toEqual(['AgreementSigned CHL-PER']);
    expect(sigs('Chile and Peru signed an agreement on Monday.', 'AgreementSigned')).toEqual(['AgreementSigned CHL-PER']);
    expect(sigs('Chile and Peru signed two loan agreements worth $50 million on Monday.', 'AgreementSigned')).toEqual(['AgreementSigned CHL-PER']);
  });
});

describe('round 29, wave 3 (1.29.3)', () => {
  it('"demanded on Saturday the immediate withdrawal of A and B forces": a date before the object', () => {
    expect(sigs('Chile demanded on Saturday the immediate withdrawal of Peruvian and Bolivian forces from its territory.', 'AppealMade')).toEqual(['AppealMade CHL>BOL', 'AppealMade CHL>PER']);
    expect(sigs('Chile demanded on Saturday the immediate withdrawal of the bill.', 'AppealMade')).toEqual([]);
  });
  it('"signed four Memorandum of Understandings": the count makes the noun plural', () => {
    expect(sigs('Chile and Peru on Monday signed four Memorandum of Understandings to enhance cooperation.', 'AgreementSigned')).toEqual(Array(4).fill('AgreementSigned CHL-PER'));
    expect(sigs('Chile and Peru signed a Memorandum of Understanding on Monday.', 'AgreementSigned')).toEqual(['AgreementSigned CHL-PER']);
  });
  it('"received in separate meetings the Ambassadors of A, B and C" is no meeting of the guests together', () => {
    expect(sigs('The Speaker Ana Soto received in separate meetings today, Monday, the Ambassadors of Chile, Peru and Bolivia.', 'MeetingHeld')).toEqual([]);
    expect(sigs('The Chilean President Ana Soto on Monday had separate meetings with leaders from Peru and Bolivia.', 'MeetingHeld')).toEqual(['MeetingHeld BOL-CHL', 'MeetingHeld CHL-PER']);
  });
});

describe('round 29, wave 4: plans (1.29.4)', () => {
  it('"During her Peru visit, from June 21 to 23, X will …": a dated phrase between the fronted visit and its main clause', () => {
    expect(sigs('Chilean Foreign Minister Ana Soto will begin an official tour of the region on Friday. During her Peru visit, from June 21 to 23, Soto will be co-chairing the Joint Commission.', 'VisitMade')).toEqual([]);
    expect(sigs('Chilean Foreign Minister Ana Soto ended an official tour of the region on Monday. During her Peru visit, from June 11 to 13, Soto co-chaired the Joint Commission.', 'VisitMade')).toEqual(['VisitMade CHL>PER']);
  });
  it('"X will meet …; …, as well as meeting …": the participle takes the mood of the verb it is added to', () => {
    const body = 'Chilean Foreign Minister Ana Soto arrived in Lima on Wednesday. The Minister will meet a number of Peruvian officials; the Peruvian President, Luis Vega, and the Prime Minister, as well as meeting the Chilean community there.';
    expect(sigs(body)).toEqual(['VisitMade CHL>PER']);
  });
});

describe('round 29, wave 5 (1.29.5)', () => {
  it('"are planning to meet …, with the agenda to be defined at the meeting": the definite meeting is the planned one', () => {
    expect(sigs('The foreign ministers of Chile, Peru and Bolivia are planning to meet for a round of talks, with the agenda to be defined at the meeting.', 'MeetingHeld')).toEqual([]);
    expect(sigs('The Chilean president agreed to meet his Peruvian counterpart, and the meeting between Chile and Peru took place in Lima on Monday.', 'MeetingHeld')).toEqual(['MeetingHeld CHL-PER']);
  });
  it('"discussed holding a meeting" is a meeting talked about', () => {
    expect(sigs('The sides have also discussed holding a meeting at the level of foreign ministers of Chile, Peru and Bolivia.', 'MeetingHeld')).toEqual([]);
    expect(sigs('Chile and Peru were holding a meeting in Lima on Monday.', 'MeetingHeld')).toEqual(['MeetingHeld CHL-PER']);
  });
  it('a phrase set off by a pair of dashes is an apposition inside the clause', () => {
    expect(sigs('According to the palace, the heads of the Chilean and Peruvian presidential offices – Ana Soto and Luis Vega – met in Lima on Monday.', 'MeetingHeld')).toEqual(['MeetingHeld CHL-PER']);
  });
  it('a backtick between letters is an apostrophe', () => {
    // (Read as a mark of its own, "Chile`s Home Minister" left the visitor to the official named before.)
    expect(sigs('The US urged dialogue, said Mark Toner, the State Department`s deputy spokesman. Recently, Chile`s Home Minister Luis Vega visited Peru.', 'VisitMade')).toEqual(['VisitMade CHL>PER']);
  });
});

describe('appeals for conduct named as a noun (1.29.6)', () => {
  it('"urging greater dialogue between A and B", "called for the resumption of dialogue with B", "called for restraint on both sides"', () => {
    expect(sigs('Norway is urging greater dialogue between Chile and Peru as relations deteriorate.', 'AppealMade')).toEqual(['AppealMade NOR>CHL', 'AppealMade NOR>PER']);
    expect(sigs('Chile on Friday called for the resumption of dialogue with Peru.', 'AppealMade')).toEqual(['AppealMade CHL>PER']);
    expect(sigs('Chile and Peru clashed on Monday. Norway called for restraint on both sides.', 'AppealMade')).toEqual(['AppealMade NOR>CHL', 'AppealMade NOR>PER']);
  });
  it('not a plan, no named sides, or an organisation', () => {
    expect(sigs('Norway will call for talks between Chile and Peru.', 'AppealMade')).toEqual([]);
    expect(sigs('Norway called for talks on the border.', 'AppealMade')).toEqual([]);
    expect(sigs('Norway called for talks between the EU and Peru.', 'AppealMade')).toEqual([]);
  });
});

describe('dates: "since 2014" opens a span, it dates no event (1.29.7)', () => {
  it('the event takes its own date, not the start of a span', () => {
    const visit = facts("This is Ana Soto's third visit to Chile since 2014, and follows the state visit of Peruvian President Luis Vega to Bolivia last month.").find((f) => f.type === 'VisitMade' && f.host === 'BOL');
    expect(visit?.date).toBe('2024-05');
  });
});

describe('round 29, wave 7 (1.29.8)', () => {
  it('"will provide (the government of) B with an additional $N" is aid to B', () => {
    expect(sigs('Norway will provide the government of Chile with an additional $4.5 billion.', 'AidPledged')).toEqual(['AidPledged NOR>CHL']);
    expect(sigs('Norway provided Chile with $5 million on Monday.', 'AidPledged')).toEqual(['AidPledged NOR>CHL']);
  });
  it('not goods of a trade', () => {
    expect(sigs('Norway provided Chile with $5 million worth of salmon under a trade deal.', 'AidPledged')).toEqual([]);
  });
  it('"the US, South and North Korea": a direction word coordinated before a state named by direction and name', () => {
    expect(sigs('The delegations of Japan, South and North Korea held a trilateral meeting on Thursday.', 'MeetingHeld')).toEqual(['MeetingHeld JPN-KOR-PRK']);
    expect(sigs('The delegations of Japan, South and North Korea will hold a trilateral meeting on Thursday.', 'MeetingHeld')).toEqual([]);
  });
});

describe('round 29, wave 8: aid in kind for a disaster (1.29.9)', () => {
  it('in kind with no recipient named goes to the article\'s disaster country', () => {
    expect(sigs('Devastating floods have hit Chile, killing 300 people. Norway and Peru sent aid including tents and food.', 'AidPledged')).toEqual(['AidPledged NOR>CHL', 'AidPledged PER>CHL']);
  });
  it('"A, B and other nations announced aid"', () => {
    expect(sigs('Devastating floods have hit Chile, killing 300 people. Norway, Peru and other nations announced aid including tents and food.', 'AidPledged')).toEqual(['AidPledged NOR>CHL', 'AidPledged PER>CHL']);
  });
  it('"airlifted relief material to B"', () => {
    expect(sigs('Norway has airlifted relief material to Chile on Monday.', 'AidPledged')).toEqual(['AidPledged NOR>CHL']);
    expect(sigs('Norway airlifted 200 stranded citizens from Chile on Monday.', 'AidPledged')).toEqual([]);
  });
  it('not without a disaster country', () => {
    expect(sigs('Norway and Peru sent tents and food on Monday.', 'AidPledged')).toEqual([]);
  });
});
