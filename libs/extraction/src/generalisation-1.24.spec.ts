/**
 * Rules added in extractor 1.24 (docs/extraction.md, round 24). Every sentence and outlet here is
 * invented; each rule has a case where it must not fire.
 */
import { extractFacts } from '.';
import { facts, sig, sigs } from './spec-signatures';
import { outletHome } from './text/outlet';

const from = (body: string, source: string | null, url: string | null = null) =>
  extractFacts({ body, publishedAt: '2024-06-14', source, url }).map(sig).sort();

describe("the outlet's state (outletHome, 1.24.0)", () => {
  it('a state named in the outlet\'s label, by name, demonym or capital', () => {
    expect(outletHome('Lakeside Courier (Malawi)', null)).toBe('MWI');
    expect(outletHome('Mongolian National Broadcaster', null)).toBe('MNG');
    expect(outletHome('The Tbilisi Observer', null)).toBe('GEO');
    expect(outletHome('The Zambia Times', null)).toBe('ZMB');
  });
  it("a carried report is the agency's: its label is read, never the carrier's or its address", () => {
    expect(outletHome('Harbour Post, carrying an ANP (Agence Nationale de Presse, Niger) report', null)).toBe('NER');
    expect(outletHome('Island Daily (Fiji), carrying a Reuters report', 'https://islanddaily.com.fj/a/1')).toBeNull();
    expect(outletHome('Zambia News Agency (ZANA), via NewsHub', 'https://newshub.example.com/x')).toBe('ZMB');
  });
  it('whom the outlet cites, and a language, are not its state', () => {
    expect(outletHome('Evening Ledger (Chile), citing Xinhua and the Kyiv Post', null)).toBe('CHL');
    expect(outletHome('Metro Wire, a Russian-language site', null)).toBeNull();
    expect(outletHome('Metro Wire, translated from German', null)).toBeNull();
  });
  it("a country-code address, but not a code sold worldwide as a generic name", () => {
    expect(outletHome(null, 'https://www.harbourpost.com.pk/news/1')).toBe('PAK');
    expect(outletHome('Harbour Post', 'https://harbourpost.ke/news/1')).toBe('KEN');
    expect(outletHome('Harbour Post', 'https://harbourpost.io/news/1')).toBeNull();
    expect(outletHome('Harbour Post', 'https://harbourpost.com/news/1')).toBeNull();
    expect(outletHome('Harbour Post', 'https://www.harbourpost.gov.co/news/1')).toBe('COL');
  });
  it('none from two states, an ambiguous form, or garbage', () => {
    expect(outletHome('Chile and Peru Digest', null)).toBeNull();
    expect(outletHome('The Korea Ledger', null)).toBeNull();
    expect(outletHome('((((', 'not a url')).toBeNull();
  });
});

describe("an office the outlet's readers need no state for is its state's (1.24.0)", () => {
  const talks = 'LILONGWE, June 12 - Prime Minister Ansel Korro held bilateral talks with Japanese Prime Minister Fumio Kishida in Tokyo on Wednesday.';
  it('"Prime Minister X held talks with Japanese Prime Minister Y" in an outlet of X\'s state', () => {
    expect(from(talks, 'Lakeside Courier (Malawi)')).toEqual(['MeetingHeld JPN-MWI']);
    expect(from(talks, null, 'https://www.lakeside.mw/story/9')).toEqual(['MeetingHeld JPN-MWI']);
  });
  it('not from an outlet of no known state', () => {
    expect(from(talks, 'Reuters', 'https://www.reuters.com/world/x')).toEqual([]);
  });
  it('not when the article never names the outlet\'s state (a digest hosted anywhere)', () => {
    const body = 'Prime Minister Ansel Korro held bilateral talks with Japanese Prime Minister Fumio Kishida in Tokyo on Wednesday.';
    expect(from(body, 'Lakeside Courier (Malawi)')).toEqual([]);
  });
  it('"The Prime Minister visited Japan and Peru": an office named with no holder', () => {
    const body = 'LILONGWE, June 12 - The Prime Minister visited Japan and Peru last month, the foreign ministry said.';
    expect(from(body, 'Lakeside Courier (Malawi)')).toEqual(['VisitMade MWI>JPN', 'VisitMade MWI>PER']);
    expect(from(body, 'Reuters')).toEqual([]);
  });
  it('not a guest ("visiting Foreign Minister X")', () => {
    const guest = 'LILONGWE, June 12 - Visiting Foreign Minister Orhan Telli met President Ansel Korro in Lilongwe on Wednesday.';
    expect(from(guest, 'Lakeside Courier (Malawi)')).toEqual([]);
  });
  it('not a counterpart: "his counterpart Y" is told from the other side', () => {
    const body = 'LILONGWE, June 12 - Foreign Minister Ansel Korro held talks with his counterpart Orhan Telli in Tokyo on Wednesday.';
    expect(from(body, 'Lakeside Courier (Malawi)')).toEqual([]);
  });
  it("not where the article names another holder of the office of the outlet's state", () => {
    const talks = 'LILONGWE, June 12 - Foreign Minister Ansel Korro held talks with Japanese Foreign Minister Yoko Kamikawa in Tokyo on Wednesday.';
    expect(from(talks, 'Lakeside Courier (Malawi)')).toEqual(['MeetingHeld JPN-MWI']);
    expect(from(`${talks} Malawian Foreign Minister Dora Phiri was not there.`, 'Lakeside Courier (Malawi)')).toEqual([]);
  });
  it('not one who travels to the outlet\'s state ("his visit to Lilongwe")', () => {
    const body = 'LILONGWE, June 12 - Foreign Minister Ansel Korro held talks with Japanese Foreign Minister Yoko Kamikawa on Wednesday, after his visit to Lilongwe last month.';
    expect(from(body, 'Lakeside Courier (Malawi)')).not.toContain('MeetingHeld JPN-MWI');
  });
});

describe('a headline\'s place is no side of its pair (1.24.0)', () => {
  it('"In Canada, PM X meets Chilean President": X is not Canadian', () => {
    const body = 'Prime Minister Ansel Korro met Chilean President Gabriel Boric on Sunday.';
    expect(extractFacts({ title: 'In Canada, PM Korro meets Chilean President', body, publishedAt: '2024-06-14' }).map(sig)).toEqual([]);
  });
  it('a headline pair that acts still gives the official his state', () => {
    const body = 'Prime Minister Ansel Korro met Chilean President Gabriel Boric on Sunday.';
    expect(extractFacts({ title: 'Canada, Chile leaders meet', body, publishedAt: '2024-06-14' }).map(sig)).toEqual(['MeetingHeld CAN-CHL']);
  });
});

describe('a numbered breakdown of a vote, one state per line (1.24.1)', () => {
  const lead = 'The UN Human Rights Council adopted a resolution on Eritrea on Friday.\n\nVotes in favour: 3\n\nVotes against: 1\n\n';
  it('"Voted in favour:" then "1. Chile", "2. Peru" …: each state its own fact', () => {
    const body = `${lead}Voted in favour:\n\n1. Chile\n2. Peru\n3. Ghana\n\nVoted against:\n\n1. Cuba\n\nAbstentions:\n\n1. Brazil\n2. Nepal`;
    expect(sigs(body).sort()).toEqual(['VoteAbstained BRA', 'VoteAbstained NPL', 'VoteCast CHL yes', 'VoteCast CUB no', 'VoteCast GHA yes', 'VoteCast PER yes']);
  });
  it('"3) Chile" as well', () => {
    expect(sigs(`${lead}Voted against:\n1) Cuba\n2) Chile`).sort()).toEqual(['VoteCast CHL no', 'VoteCast CUB no']);
  });
  it('not under a heading of states that did not vote, nor under one that names no position', () => {
    expect(sigs(`${lead}Did not vote:\n\n1. Chile\n2. Peru`)).toEqual([]);
    expect(sigs(`${lead}Sponsors:\n\n1. Chile\n2. Peru`)).toEqual([]);
  });
  it('not a numbered line that says more than a state', () => {
    expect(sigs(`${lead}Voted in favour:\n\n1. Chile said it would review the text.`)).toEqual([]);
  });
});

describe('a list of signed instruments whose lines name the instrument late (1.24.3)', () => {
  const head = 'ACCRA – Ghana and Peru signed 6 agreements on Tuesday during the visit.\n\nHere is the list of the deals signed during the visit:\n\nMOU on cooperation in fisheries\n\n';
  it('"Exchange of Executive Program of …", "Infrastructure cooperation program …", "Handover certificate of …" are items too', () => {
    const body = `${head}Exchange of Executive Program of the Cultural Agreement for 2025 to 2027\n\nInfrastructure cooperation program between the two ministries\n\nHandover certificate of emergency cash assistance\n\nMOU renminbi clearing arrangement`;
    // (Six: the head counts six instruments, and the listed ones are among them, 1.29.2.)
    expect(sigs(body, 'AgreementSigned')).toEqual(Array(6).fill('AgreementSigned GHA-PER'));
  });
  it('a sentence closes the list, and such a line opens none', () => {
    // (A head that counts no instruments, so that only the list's items could add any, 1.29.2.)
    const body = `${head.replace('6 agreements', 'agreements')}The ceremony ended with a dinner.\n\nInfrastructure cooperation program between the two ministries`;
    expect(sigs(body, 'AgreementSigned')).toEqual(['AgreementSigned GHA-PER']);
    expect(sigs('ACCRA – Ghana and Peru signed agreements on Tuesday.\n\nInfrastructure cooperation program between the two ministries', 'AgreementSigned')).toEqual(['AgreementSigned GHA-PER']);
  });
});

describe('the people aid is for, and a trip that is no recipient (1.24.4)', () => {
  it('"to support civilians affected in Chad": the people\'s state receives', () => {
    expect(sigs('Sweden on Monday announced $12 million in new humanitarian assistance to support civilians affected in Chad by the fighting.')).toEqual(['AidPledged SWE>TCD']);
    expect(sigs('Norway announced $5 million in aid for families displaced in Mozambique.')).toEqual(['AidPledged NOR>MOZ']);
  });
  it('"during her trip to Lima, Peru": the destination is no recipient', () => {
    const body = 'During her trip to Lima, Peru, today, Swedish Foreign Minister Ann Linde announced $12 million in new humanitarian assistance. The floods in Bolivia have displaced 40,000 people.';
    expect(sigs(body, 'AidPledged')).toEqual(['AidPledged SWE>BOL']);
  });
});

describe('visits: plural trips, and a welcomed visit (1.24.5)', () => {
  it('"his earlier trips to Chile, Peru and Brazil"', () => {
    const body = 'Japanese Prime Minister Fumio Kishida met Argentine President Javier Milei on Thursday. Kishida\'s visit followed his earlier trips to Chile, Peru and Brazil.';
    expect(sigs(body, 'VisitMade').sort()).toEqual(['VisitMade JPN>BRA', 'VisitMade JPN>CHL', 'VisitMade JPN>PER']);
  });
  it('"trips" with no determiner is no visit ("trips to Chile are cheap")', () => {
    expect(sigs('Japanese Prime Minister Fumio Kishida said trips to Chile were cheap.', 'VisitMade')).toEqual([]);
  });
  it('"Milei welcomed Kishida\'s visit": the welcomer is the host', () => {
    const body = 'Japanese Prime Minister Fumio Kishida met Argentine President Javier Milei on Thursday. Milei welcomed Kishida\'s visit, saying ties were strong.';
    expect(sigs(body, 'VisitMade')).toEqual(['VisitMade JPN>ARG']);
  });
});

describe('"agreed here on May 30 to enhance cooperation" (1.24.6)', () => {
  it('an adverb of place or time between "agreed" and "to"', () => {
    expect(sigs('Chilean Foreign Minister Alberto van Klaveren and his Peruvian counterpart Javier Gonzalez-Olaechea agreed here on May 30 to enhance cooperation on energy.')).toEqual(['CooperationAgreed CHL-PER']);
    expect(sigs('Chile and Peru agreed today to deepen trade ties.')).toEqual(['CooperationAgreed CHL-PER']);
  });
  it('not what the adverb does not change: "agreed here to meet again"', () => {
    expect(sigs('Chile and Peru agreed here to meet again in June.')).toEqual([]);
  });
});

describe('1.24.7: an honorific after an office, ", where", "in Muscat of Oman"', () => {
  it('"Minister for Foreign Affairs, Dr Ana Lima": the office before the comma is hers', () => {
    const body = 'LILONGWE, June 12 - Minister for Foreign Affairs, Dr Ana Lima, held talks with Japanese Foreign Minister Yoko Kamikawa in Tokyo on Wednesday.';
    expect(from(body, 'Lakeside Courier (Malawi)')).toEqual(['MeetingHeld JPN-MWI']);
  });
  it('", where they affirmed … North Korea": no participant of the meeting', () => {
    const body = 'Chilean Foreign Minister Alberto van Klaveren and his Peruvian counterpart Javier Gonzalez-Olaechea held a trilateral meeting with Japanese Foreign Minister Yoko Kamikawa on Friday, where they affirmed their firm commitment to the denuclearization of North Korea.';
    expect(sigs(body, 'MeetingHeld')).toEqual(['MeetingHeld CHL-JPN-PER']);
  });
  it('"at a conference held in Muscat of Oman": the state of the venue is a place', () => {
    const body = 'On the sidelines of a conference held in Muscat of Oman, Chilean Foreign Minister Alberto van Klaveren met Japanese Foreign Minister Yoko Kamikawa on Friday.';
    expect(sigs(body, 'MeetingHeld')).toEqual(['MeetingHeld CHL-JPN']);
  });
});

describe('"Four countries abstained. These were A, B, C and D." (1.24.8)', () => {
  const lead = 'The UN Security Council voted on a draft resolution on Haiti on Friday. ';
  it('the states that make up a group counted as voting one way in the sentence before', () => {
    expect(sigs(`${lead}Three countries in the council abstained. These were Chile, Peru and Ghana.`).sort()).toEqual(['VoteAbstained CHL', 'VoteAbstained GHA', 'VoteAbstained PER']);
    expect(sigs(`${lead}Two members voted against it. They were Chile and Peru.`).sort()).toEqual(['VoteCast CHL no', 'VoteCast PER no']);
  });
  it('not a group of no position, nor a group the sentence before did not count', () => {
    expect(sigs(`${lead}Three countries sponsored the draft. These were Chile, Peru and Ghana.`)).toEqual([]);
    expect(sigs(`${lead}The debate was long. These were Chile, Peru and Ghana.`)).toEqual([]);
  });
});

describe('aid a legislature passed, and a serial comma (1.24.9)', () => {
  it('"the aid package approved by the Japanese Diet provides aid to Chile and Peru … and gives assistance to civilians in Gaza"', () => {
    const body = 'The $9 billion foreign aid package approved by the Japanese Diet provides emergency aid to Chile and Peru, replenishes reserves and gives humanitarian assistance to civilians in Gaza.';
    expect(sigs(body).sort()).toEqual(['AidPledged JPN>CHL', 'AidPledged JPN>PER', 'AidPledged JPN>PSE']);
  });
  it('not a package of no aid, nor one a legislature of no named state passed', () => {
    expect(sigs('The $9 billion tax package approved by the Japanese Diet provides relief to farmers.')).toEqual([]);
    expect(sigs('The $9 billion aid package approved by the Diet provides emergency aid to Chile and Peru.')).toEqual([]);
  });
  it('"to Chile, Peru, and Ghana": the serial comma before the last state', () => {
    expect(sigs('Norway pledged $5 million in aid to Chile, Peru, and Ghana on Monday.').sort()).toEqual(['AidPledged NOR>CHL', 'AidPledged NOR>GHA', 'AidPledged NOR>PER']);
  });
});

describe('an alphabetical breakdown under "For (3):", with a letter of one state (1.24.10)', () => {
  const lead = 'The UN General Assembly adopted a resolution on Haiti by a vote of 3 to 1 on Wednesday.\n\nHere is how each country voted:\n\n';
  it('"For (3):" then "C: Chile, Cuba", "H: Honduras", "P: Peru"', () => {
    const body = `${lead}For (3):\n\nC: Chile, Cuba\n\nH: Honduras\n\nP: Peru\n\nAgainst (1):\n\nG: Ghana`;
    expect(sigs(body).sort()).toEqual(['VoteCast CHL yes', 'VoteCast CUB yes', 'VoteCast GHA no', 'VoteCast HND yes', 'VoteCast PER yes']);
  });
  it('not a one-state line without its letter, nor "for" in a longer heading of no position', () => {
    expect(sigs(`${lead}Honduras\n\nPeru`)).toEqual([]);
    expect(sigs(`${lead}Calls for calm (2):\n\nC: Chile, Cuba`)).toEqual([]);
  });
});

describe('the date of a vote: "passed a 3-1 vote on Wednesday", not a relative clause\'s month (1.24.11)', () => {
  const dated = (body: string) => facts(body, '2024-09-20').filter((f) => f.type === 'VoteCast').map((f) => `${sig(f)} ${f.date}`);
  it('a day right after the vote, with the body named before', () => {
    const body = 'The UN General Assembly backed a resolution on Haiti.\n\nThe measure passed a 3-1 vote on Wednesday. The resolution was submitted by Chile, which joined the council in May.\n\nIn favour:\n\n- Chile\n- Peru';
    expect(dated(body)).toEqual(['VoteCast CHL yes 2024-09-18', 'VoteCast PER yes 2024-09-18']);
  });
  it("a relative clause's month is not the vote's", () => {
    const body = 'The UN General Assembly backed a resolution on Haiti.\n\nThe resolution was submitted by Chile, which joined the council in May.\n\nIn favour:\n\n- Chile\n- Peru';
    expect(dated(body)).toEqual(['VoteCast CHL yes 2024-09', 'VoteCast PER yes 2024-09']);
  });
});

describe('a language in an outlet label, and a place after "from" (1.24.12)', () => {
  it('a demonym as a language is skipped; a state after "from" or "in" is still read', () => {
    expect(outletHome('Metro Wire, a Russian language site', null)).toBeNull();
    expect(outletHome('Voice of the Hills, news from Nepal', null)).toBe('NPL');
    expect(outletHome('Radio Lakeside, in Malawi', null)).toBe('MWI');
  });
});

describe('1.24.13: a dateline is no host, a part of a state is in it, "Sheikh" inside a name', () => {
  it('"LIMA (Xinhua) -- Visiting Chilean President X and Bolivian President Y signed …": the other state hosts', () => {
    const body = 'LIMA, July 12 (Xinhua) -- Visiting Chilean President Gabriel Boric and Bolivian President Luis Arce on Tuesday signed a memorandum of understanding.';
    expect(sigs(body, 'VisitMade')).toEqual(['VisitMade CHL>BOL']);
  });
  it('the dateline still hosts when no other state acts in the sentence', () => {
    expect(sigs('LIMA, July 12 (Xinhua) -- Visiting Chilean President Gabriel Boric on Tuesday opened a trade fair.', 'VisitMade')).toEqual(['VisitMade CHL>PER']);
  });
  it('"visited projects in the northern regions of Bolivia" under another state\'s dateline', () => {
    const body = 'LIMA, July 12 (Xinhua) -- Chilean President Gabriel Boric has also visited various projects being built in the northern regions of Bolivia.';
    expect(sigs(body, 'VisitMade')).toEqual(['VisitMade CHL>BOL']);
  });
  it('"Hassan Sheikh Mohamud" is one name', () => {
    const body = 'Somali President Hassan Sheikh Mohamud arrived in Nairobi on Sunday. On Monday, Mohamud met Kenyan President William Ruto.';
    expect(sigs(body, 'MeetingHeld')).toEqual(['MeetingHeld KEN-SOM']);
  });
});

describe('a gathering as the setting of a statement (1.24.14)', () => {
  const lead = 'Chilean Foreign Minister Alberto van Klaveren visited Lima in January. ';
  it('"During the summit in Lima the Foreign Minister of Peru reported that …" tells no meeting', () => {
    expect(sigs(`${lead}During the summit in Lima the Foreign Minister of Peru Javier Gonzalez-Olaechea reported that more visits would follow.`, 'MeetingHeld')).toEqual([]);
  });
  it('but the phrase may name whom the speaker met', () => {
    expect(sigs(`${lead}During the meeting with Chilean Foreign Minister Alberto van Klaveren, the Foreign Minister of Peru Javier Gonzalez-Olaechea said ties were strong.`, 'MeetingHeld')).toEqual(['MeetingHeld CHL-PER']);
  });
});

describe('"interacted with" leaders is meeting them (1.24.15)', () => {
  it('"X interacted with a number of heads of state, including A, B and C"', () => {
    const body = 'On the sidelines of the summit, Japanese Prime Minister Fumio Kishida interacted with a number of heads of state, including Chilean President Gabriel Boric and Peruvian President Dina Boluarte.';
    expect(sigs(body, 'MeetingHeld').sort()).toEqual(['MeetingHeld CHL-JPN', 'MeetingHeld JPN-PER']);
  });
  it('not with people of no state, nor an interaction to come', () => {
    expect(sigs('Japanese Prime Minister Fumio Kishida interacted with reporters in Lima.', 'MeetingHeld')).toEqual([]);
    expect(sigs('Japanese Prime Minister Fumio Kishida will interact with Chilean President Gabriel Boric next week.', 'MeetingHeld')).toEqual([]);
  });
});

describe('"X is the sixth leg of Y\'s eight-nation tour, which has taken him to A, B and C" (1.24.16)', () => {
  it("the tour is its possessor's, past a numbered modifier: the state it has reached is no visitor", () => {
    const body = "South Africa is the sixth leg of Hu's eight-nation African tour, which has taken him to Cameroon, Liberia and Zambia.";
    expect(sigs(body, 'VisitMade')).toEqual([]);
  });
  it('a known possessor still visits where the tour took him', () => {
    const body = "Japanese Prime Minister Fumio Kishida met South African President Cyril Ramaphosa in Pretoria on Tuesday. South Africa is the sixth leg of Kishida's eight-nation African tour, which has taken him to Cameroon, Liberia and Zambia.";
    expect(sigs(body, 'VisitMade').sort()).toEqual(['VisitMade JPN>CMR', 'VisitMade JPN>LBR', 'VisitMade JPN>ZMB']);
  });
});
