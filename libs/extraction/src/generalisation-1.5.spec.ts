/**
 * Rules added in extractor 1.5 (general mechanisms, not phrase rules). Every sentence here is
 * invented; each case names the pattern it stands for.
 */
import { extractFacts } from '.';
import type { FactDraft } from '../../domain/src/facts/fact.types';
import { countriesOf } from './assemble';

const PUB = '2024-06-14'; // a Friday
const facts = (body: string, title = '') => extractFacts({ title, body, publishedAt: PUB });
const directed = (f: FactDraft) => f.type === 'AidPledged' || f.type === 'AppealMade' || f.type === 'VisitMade';
const sig = (f: FactDraft) =>
  `${f.type}${f.type === 'VoteCast' ? `(${f.position})` : ''} ${directed(f) ? countriesOf(f).join('>') : [...countriesOf(f)].sort().join('-')}`;
const sigs = (body: string, title = '') => facts(body, title).map(sig).sort();

describe('votes in the General Assembly main committees', () => {
  it('reads a Main Committee as the Assembly', () => {
    const body = 'The Third Committee approved a draft by a vote of 120 in favour to 2 against (Freedonia, Chile) with 4 abstentions (Peru, Bolivia).';
    expect(sigs(body)).toEqual(['VoteAbstained BOL', 'VoteAbstained PER', 'VoteCast(no) CHL']);
    expect(facts(body).every((f) => (f as { body?: string }).body === 'UNGA')).toBe(true);
  });

  it('keeps two votes with different tallies apart, and merges restatements', () => {
    const body =
      'The Sixth Committee approved one text by a vote of 150 in favour to 1 against (Chile) with 2 abstentions (Peru, Bolivia). ' +
      'A second text was approved by a recorded vote of 140 in favour to 3 against (Chile, Peru, Bolivia). Chile voted against both texts.';
    expect(sigs(body)).toEqual(['VoteAbstained BOL', 'VoteAbstained PER', 'VoteCast(no) BOL', 'VoteCast(no) CHL', 'VoteCast(no) CHL', 'VoteCast(no) PER']);
  });
});

describe('meetings with several counterparts', () => {
  it('gives one bilateral per counterpart', () => {
    const body = 'The Kenyan foreign minister met with his Ugandan and Tanzanian counterparts in Nairobi on Tuesday.';
    expect(sigs(body)).toEqual(['MeetingHeld KEN-UGA', 'MeetingHeld KEN-TZA'].sort());
  });
});

describe('attributive visitors', () => {
  it('reads "the visiting president of X" as a visit to the place named', () => {
    const body = 'The visiting president of Ghana opened a trade fair in Nairobi on Thursday.';
    expect(sigs(body)).toEqual(['VisitMade GHA>KEN']);
  });

  it('reads "and visiting <Demonym> minister" as a visit to the other side', () => {
    const body = 'Peruvian Foreign Minister Ana Ruiz and visiting Bolivian Foreign Minister Luis Soto held talks on Tuesday, the ministry said.';
    expect(sigs(body)).toEqual(['MeetingHeld BOL-PER', 'VisitMade BOL>PER']);
  });

  it('codes no visit for a planned visitor', () => {
    expect(facts('The visiting delegation will meet officials later.').filter((f) => f.type === 'VisitMade')).toEqual([]);
  });
});

describe('home country of an official who travels', () => {
  it('infers the home of an official who arrived in a foreign capital', () => {
    const body =
      'Prime Minister Rahul Dev arrived in Washington on Monday. Dev said Nepal wants more trade with the United States. ' +
      'Nepal and the US have close ties, Dev said, and Nepal will send a delegation.';
    expect(sigs(body)).toContain('VisitMade NPL>USA');
  });
});

describe('officials of no stated country: the dyad of the article', () => {
  it('gives an official facing one member of a named pair the other member', () => {
    const body =
      'Prime minister Rahul Varma returned home after a trip during which Nepal and the United States decided to deepen their ties. ' +
      'Varma met US Secretary of State Jane Roe in Washington on Monday.';
    expect(sigs(body)).toContain('MeetingHeld NPL-USA');
  });

  it('does not read a list of guests as a pair', () => {
    const body = 'Minister Ana Costa held talks with the top diplomats of Chile and Peru on Sunday. Costa also discussed President Lopez\'s visit to Chile.';
    expect(facts(body).some((f) => f.type === 'VisitMade')).toBe(false);
  });
});

describe('visits: noun phrases, departures and presence', () => {
  it('finds the possessive determiner past hyphenated modifiers', () => {
    const body = 'Kenyan President William Ruto arrived on Monday. During his four-day state visit to Ghana, Ruto met Ghanaian President John Mahama.';
    expect(sigs(body)).toContain('VisitMade KEN>GHA');
  });

  it('reads "left for <place>" with a bare title subject as a departure of the official last named', () => {
    const body = 'Kenyan President William Ruto met Ghanaian Foreign Minister Sam Ablakwa in Accra. After the talks, the president left for Lusaka, the capital of Zambia.';
    expect(sigs(body)).toContain('VisitMade KEN>ZMB');
    // Two presidents just named: "the president" is ambiguous.
    const two = 'Kenyan President William Ruto met Ghanaian President John Mahama in Accra. After the talks, the president left for Lusaka, the capital of Zambia.';
    expect(sigs(two).filter((x) => x.startsWith('VisitMade'))).toEqual([]);
  });

  it('reads "a trip that took him to X and Y"', () => {
    const body = 'Kenyan President William Ruto returned home after a nine-day trip that took him to Ghana and Togo.';
    expect(sigs(body)).toEqual(['VisitMade KEN>GHA', 'VisitMade KEN>TGO']);
  });

  it('reads "<official> was in <capital> from …" as a visit, but not a present "is in"', () => {
    expect(sigs('Kenyan President William Ruto was in Accra from June 3-5 at the invitation of the government.')).toEqual(['VisitMade KEN>GHA']);
    expect(sigs('Kenyan President William Ruto is in Accra to attend a conference.')).toEqual([]);
  });

  it('reads "met visiting <title> <name>" with titles between', () => {
    const body = 'President John Mahama of Ghana on Wednesday met visiting Defence Minister Aden Duale of Kenya in Accra.';
    expect(sigs(body)).toContain('VisitMade KEN>GHA');
  });

  it('keeps a departure planned with "will" out', () => {
    expect(sigs('Kenyan President William Ruto will leave for Accra on Friday.')).toEqual([]);
  });
});

describe('pronouns follow the subject', () => {
  it('does not give "She" to the official met when the subject has no country', () => {
    const body = 'Prime Minister Ana Costa met French President Jean Dupont. She later left for Port Louis, the capital of Mauritius.';
    expect(sigs(body)).toEqual([]);
  });
});

describe('aid: gapping, participles, nouns and passives', () => {
  it('shares the verb across "<Country> <amount>" pairs', () => {
    const body = 'Donors met in Kuwait to pledge aid for Syria. Britain pledged 100 million pounds (USD 164 million), Norway USD 75 million, Denmark 26.8 million euros and Iraq USD 13 million.';
    expect(sigs(body)).toEqual(['AidPledged DNK>SYR', 'AidPledged GBR>SYR', 'AidPledged IRQ>SYR', 'AidPledged NOR>SYR']);
    const dk = facts(body).find((f) => f.type === 'AidPledged' && f.donor === 'DNK');
    expect(dk && dk.type === 'AidPledged' && dk.value).toEqual({ amount: 26800000, currency: 'EUR' });
  });

  it('reads a comma-attached participle with the main subject as donor', () => {
    const body = 'Dozens of countries pledged humanitarian aid in Yemen on Thursday. Canada was among the large donors, pledging $50 million toward aid.';
    expect(sigs(body)).toContain('AidPledged CAN>YEM');
  });

  it('reads "<Country>\'s initial offer of $N" as a pledge to the aid recipient', () => {
    const body = 'Chile has announced additional assistance of $2 million to Peru. Peru accepted Chile\'s initial offer of $1 million, to be routed through the United Nations.';
    const chl = facts(body).filter((f) => f.type === 'AidPledged' && f.donor === 'CHL' && f.recipient === 'PER');
    expect(chl.map((f) => (f.type === 'AidPledged' ? f.value?.amount : null)).sort()).toEqual([1000000, 2000000]);
  });

  it('reads a passive pledge announced by the donor\'s official', () => {
    const body = 'Peruvian President Dina Boluarte announced that 5 million U.S. dollars in humanitarian aid will be provided to Ecuador.';
    const f = facts(body).find((x) => x.type === 'AidPledged');
    expect(f && sig(f)).toBe('AidPledged PER>ECU');
    expect(f && f.type === 'AidPledged' && f.value).toEqual({ amount: 5000000, currency: 'USD' });
  });
});

describe('appeals in a subjunctive "that"-clause and "told X to"', () => {
  it.each([
    ['The Chilean vice foreign minister demanded that Peru issue an apology for the incident.', 'AppealMade CHL>PER'],
    ['Chile told Peru to withdraw its troops from the border.', 'AppealMade CHL>PER'],
  ])('%s', (body, expected) => {
    expect(sigs(body)).toEqual([expected]);
  });

  it('codes nothing for "told reporters" or "demanded that the talks continue"', () => {
    expect(sigs('The Chilean minister told reporters that Peru should act.')).toEqual([]);
    expect(sigs('Chile demanded that the talks continue.')).toEqual([]);
  });
});

describe('meetings: meals, definite "the meeting", dyad partner, groups of guests', () => {
  it('reads a working breakfast as a meeting', () => {
    expect(sigs('Today, Chilean President Gabriel Boric and Peruvian President Dina Boluarte held a working breakfast in Lima.')).toEqual(['MeetingHeld CHL-PER']);
  });

  it('splits a host meeting two separately described guests into two bilaterals', () => {
    const body = 'Chilean Foreign Minister Alberto van Klaveren also held talks with his counterpart from Peru and a minister of Bolivia.';
    expect(sigs(body)).toEqual(['MeetingHeld BOL-CHL', 'MeetingHeld CHL-PER']);
  });

  it('keeps a trilateral when the sentence says the three met together', () => {
    const body = 'Chilean Foreign Minister Alberto van Klaveren held trilateral talks with Peru\'s Javier Gonzalez and Bolivian Foreign Minister Celinda Sosa.';
    expect(sigs(body)).toEqual(['MeetingHeld BOL-CHL-PER']);
  });
});

describe('dates by offset', () => {
  it('dates a vote "two days after … on Monday"', () => {
    const body = 'Peru abstained in the UN General Assembly on a draft resolution on Friday. This vote comes two days after the debate in the Assembly on Monday.';
    const f = extractFacts({ title: '', body: 'Peru abstained in the UN General Assembly on a draft resolution. This vote comes two days after a debate in the Assembly on Monday.', publishedAt: PUB });
    expect(body.length).toBeGreaterThan(0);
    expect(f.map((x) => x.date)).toEqual(['2024-06-12']);
  });
});

describe('summoned envoys told to act', () => {
  it('reads a summons followed by a demand as appeals to each envoy\'s country', () => {
    const body =
      'Chile on Monday summoned diplomats representing Peru and Bolivia to object to their statements. ' +
      'The diplomats were told their governments should withdraw the statements, the ministry said.';
    expect(sigs(body)).toEqual(['AppealMade CHL>BOL', 'AppealMade CHL>PER']);
  });

  it('reads a passive summons by a ministry', () => {
    const body = "Peru's ambassador was summoned by the Chilean Foreign Ministry on Tuesday. The ministry demanded an apology.";
    expect(sigs(body)).toEqual(['AppealMade CHL>PER']);
  });

  it('codes no appeal for a summons without a demand', () => {
    expect(sigs('Chile on Monday summoned the Peruvian ambassador over the remarks.')).toEqual([]);
  });
});

describe('cooperation verbs beyond "agreed"', () => {
  it.each([
    ['Chile and Peru pledged to work closely to enhance bilateral ties in mining and trade.'],
    ['The Chilean and Peruvian ministers concurred to strengthen cooperation in education.'],
  ])('%s', (body) => {
    expect(sigs(body)).toEqual(['CooperationAgreed CHL-PER']);
  });

  it('does not read a pledge of aid or a vow of retaliation as cooperation', () => {
    expect(sigs('Chile and Peru vowed to retaliate against the tariffs.').filter((x) => x.startsWith('Cooperation'))).toEqual([]);
    expect(sigs('Chile pledged to provide aid to Peru.').filter((x) => x.startsWith('Cooperation'))).toEqual([]);
  });
});

describe('restated appeals and possessive modifiers', () => {
  it('merges two sentences restating one request', () => {
    const body = 'Chile on Thursday urged Peru to stop arms sales to the rebels. Chile urges Peru to be aware of the harm of the arms sales issue, the spokesman said.';
    expect(sigs(body)).toEqual(['AppealMade CHL>PER']);
  });

  it('keeps two different requests apart', () => {
    const body = 'Chile urged Peru to release the detained fisherman. Chile also urged Peru to guarantee fair treatment of migrants.';
    expect(sigs(body)).toEqual(['AppealMade CHL>PER', 'AppealMade CHL>PER']);
  });

  it('reads "his Peru agenda" as a modifier, not a party', () => {
    const body = 'The Chilean foreign minister began his Peru agenda on Sunday by meeting with leaders of friendship groups.';
    expect(sigs(body)).toEqual([]);
  });
});

describe('pledges without an amount', () => {
  it('reads a past act of sending material aid to a named country', () => {
    const f = facts('Chile sent humanitarian aid to Peru on Tuesday after the floods.');
    expect(f.map(sig)).toEqual(['AidPledged CHL>PER']);
    expect(f[0].type === 'AidPledged' && f[0].value).toBeNull();
  });

  it('does not read political support or a planned shipment as aid', () => {
    expect(sigs('Chile provided political support to Peru.')).toEqual([]);
    expect(sigs('Chile will send aid to Peru next week.')).toEqual([]);
  });
});

describe('splitting groups of guests needs a real host and no "together" cue', () => {
  it('keeps a trilateral with two counterparts', () => {
    const body = 'Chilean Foreign Minister Alberto van Klaveren on Monday discussed trade with his Peruvian and Bolivian counterparts at a trilateral meeting in Santiago.';
    expect(sigs(body)).toEqual(['MeetingHeld BOL-CHL-PER']);
  });

  it('does not take a place in a list for a host', () => {
    const body = 'His stay in Lima, La Paz and Quito was filled with serious discussions.';
    expect(sigs(body).filter((x) => x.startsWith('MeetingHeld') && x.split('-').length === 2)).toEqual([]);
  });

  it('reads "in <City>, <Country>," as a place', () => {
    const body = 'Chilean Foreign Minister Alberto van Klaveren met his Peruvian counterpart on the sidelines of a summit in Kazan, Russia, on Monday.';
    expect(sigs(body)).toEqual(['MeetingHeld CHL-PER']);
  });
});

describe('places described, datelines with credits, groups', () => {
  it('reads "Baku, capital of Azerbaijan" as a place', () => {
    const body = 'Foreign Ministers of Chile, Peru and Bolivia held a trilateral meeting yesterday in Baku, capital of Azerbaijan.';
    expect(sigs(body)).toEqual(['MeetingHeld BOL-CHL-PER']);
  });

  it('reads a multi-city dateline with a bracketed credit as a dateline', () => {
    const body = 'LIMA/SANTIAGO (Agency News / Wire - 08th February, 2021) The foreign ministers of Chile and Peru held a meeting on Monday.';
    expect(sigs(body)).toEqual(['MeetingHeld CHL-PER']);
  });

  it('gives "the first trilateral summit" the group that met', () => {
    const body = 'The foreign ministers of Chile, Peru and Bolivia held a trilateral meeting in Lima on Monday. The first trilateral summit was held on March 24, 2019.';
    expect(facts(body).filter((f) => f.type === 'MeetingHeld').map((f) => f.date).sort()).toEqual(['2019-03-24', '2024-06-10']);
  });

  it('reads a visit to "the <Demonym> capital" and a future "will offer" pledge', () => {
    const body = 'Visiting Japanese Foreign Minister Taro Aso spoke in the Kenyan capital on Friday. Aso said Japan will offer $5 million in aid to Kenya.';
    expect(sigs(body)).toEqual(['AidPledged JPN>KEN', 'VisitMade JPN>KEN']);
  });
});
