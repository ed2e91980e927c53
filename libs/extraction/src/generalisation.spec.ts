/**
 * Rules added for unseen articles (extractor 1.3). Every sentence here is invented; each case names
 * the language pattern it stands for, not an article.
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

describe('modality: denials, plans and fronted phrases', () => {
  it.each([
    ["Peru's foreign ministry on Tuesday denied reports that Chilean and Peruvian officials held a meeting in Lima."],
    ['The spokesman dismissed a report saying Kenyan officials had met Somali envoys in Nairobi.'],
    ['Turkish President Recep Tayyip Erdogan plans to visit Qatar next month and sign a defence agreement.'],
    ['During the summit, the two presidents will discuss trade between Moscow and Beijing.'],
  ])('codes nothing in: %s', (body) => {
    expect(facts(body)).toEqual([]);
  });

  it('keeps a fact reported inside a fronted phrase when the main clause is a report', () => {
    const body = 'Italian Prime Minister Giorgia Meloni met Tunisian President Kais Saied in Rome. During their talks, Meloni told Saied that Italy would provide Tunisia with 50 million euros in aid.';
    expect(sigs(body)).toEqual(['AidPledged ITA>TUN', 'MeetingHeld ITA-TUN']);
  });

  it('reads a bare "sign" in a list of things agreed as a plan', () => {
    const body = 'Estonian and Latvian foreign ministers met in Tallinn. They agreed to hold regular consultations and early sign a new memorandum on energy.';
    expect(sigs(body).filter((x) => x.startsWith('AgreementSigned'))).toEqual([]);
    expect(sigs('Estonia, Latvia sign energy memorandum in Tallinn.')).toEqual(['AgreementSigned EST-LVA']);
  });

  it('reads "signing" as a goal after a preposition', () => {
    const body = 'Thai Foreign Minister Parnpree Bahiddha-Nukara and Malaysian Foreign Minister Zambry Abdul Kadir agreed to work on signing a border treaty.';
    expect(sigs(body)).toEqual(['CooperationAgreed MYS-THA']);
  });
});

describe('dates', () => {
  it('does not date an event by the day of its report', () => {
    const [m] = facts('Nepalese Prime Minister Pushpa Kamal Dahal met Indian Prime Minister Narendra Modi in New Delhi on Wednesday, according to the Nepalese foreign ministry on Thursday.');
    expect(m).toMatchObject({ type: 'MeetingHeld', date: '2024-06-12' });
  });

  it('does not date an event by a later, scheduled one in the same sentence', () => {
    const out = facts('On Tuesday, Ghanaian President Nana Akufo-Addo met his Togolese counterpart Faure Gnassingbe in Accra and was scheduled to visit Lome on Friday.');
    expect(out.find((f) => f.type === 'MeetingHeld')).toMatchObject({ date: '2024-06-11' });
  });

  it('does not date a vote by the event it came after', () => {
    const out = facts('Brazil abstained in the UN General Assembly vote, which came two days after a debate on Monday.');
    expect(out).toHaveLength(1);
    expect(out[0].date).not.toBe('2024-06-10');
  });
});

describe('aid', () => {
  it.each([
    ['The United States will give Jordan two billion dollars in aid over three years, the envoy announced on Friday.', 'USA>JOR', 2_000_000_000, 'USD'],
    ['Norway announced on Tuesday that it would provide $40 million in humanitarian aid to Sudan.', 'NOR>SDN', 40_000_000, 'USD'],
    ['The foreign minister announced today that Canada will give $25 million in relief aid to Haiti.', 'CAN>HTI', 25_000_000, 'USD'],
  ])('reads a reported pledge: %s', (body, pair, amount, currency) => {
    const out = facts(body);
    expect(out.map(sig)).toEqual([`AidPledged ${pair}`]);
    expect(out[0]).toMatchObject({ value: { amount, currency } });
  });

  it('does not take the destination of a visit for the recipient of aid', () => {
    const out = facts('US President Joe Biden announced $500 million in humanitarian assistance to Asia during a visit to Vietnam.');
    expect(out.map(sig)).toEqual(['VisitMade USA>VNM']);
  });

  it('gives a pledge with no recipient in its sentence to the partner of the loan agreement signed later', () => {
    const body = 'Korea will provide $300 million in funding for the new metro line. The loan agreement was signed between Uzbekistan and Korea on Thursday.';
    const out = sigs(body.replace('Korea will', 'South Korea will').replace('and Korea', 'and South Korea'));
    expect(out).toEqual(['AgreementSigned KOR-UZB', 'AidPledged KOR>UZB']);
  });
});

describe('agreements', () => {
  it('reads a passive "signed between X and Y"', () => {
    expect(sigs('A memorandum on fisheries was signed between Senegal and Mauritania on Monday.')).toEqual(['AgreementSigned MRT-SEN']);
  });

  it('names an organisation the text spells out', () => {
    const [a] = facts('Kenya signed a $200 million loan agreement with the African Development Bank on Monday.');
    expect(a).toMatchObject({ type: 'AgreementSigned', parties: ['KEN'], organisations: ['African Development Bank'] });
  });

  it('keeps a short quoted phrase inside its clause', () => {
    const body = 'Laotian Prime Minister Sonexay Siphandone and his Vietnamese counterpart discussed the "special relationship" between the two countries as the two sides signed four agreements.';
    expect(sigs(body)).toContain('AgreementSigned LAO-VNM');
  });
});

describe('appeals', () => {
  it('reads "urging it to" as addressed to the country just named', () => {
    expect(sigs('The Polish foreign ministry sent a note to Belarus urging it to free the detained journalist.')).toEqual(['AppealMade POL>BLR']);
  });
});

describe('meetings: who takes part', () => {
  it('splits bilateral talks with several guests into one meeting per guest', () => {
    const body = 'Indonesian Foreign Minister Retno Marsudi held bilateral talks with the foreign ministers of Peru and Chile on Monday.';
    expect(sigs(body)).toEqual(['MeetingHeld CHL-IDN', 'MeetingHeld IDN-PER']);
  });

  it('leaves the host of talks between two other countries out', () => {
    expect(sigs('Oman has hosted several rounds of talks in Muscat between representatives from Iran and Saudi Arabia.')).toEqual(['MeetingHeld IRN-SAU']);
  });

  it('reads "his <demonym> counterpart" with the official last named', () => {
    const body = 'Foreign Minister Penny Wong of Australia arrived in Suva on Monday. In the meeting with her Fijian counterpart, the two ministers discussed climate finance.';
    expect(sigs(body)).toContain('MeetingHeld AUS-FJI');
  });

  it('reads "their meeting" after a visit as the visit\'s pair', () => {
    const body = 'Chilean President Gabriel Boric visited Argentina on Monday. Following their one-on-one meeting, a joint statement was issued.';
    expect(sigs(body)).toEqual(['MeetingHeld ARG-CHL', 'VisitMade CHL>ARG']);
  });

  it('takes "delegations from X" for actors and a passive "received … by" for a meeting', () => {
    expect(sigs('The Ugandan president received delegations from Kenya on Sunday.')).toEqual(['MeetingHeld KEN-UGA']);
    expect(sigs('Spanish Foreign Minister Jose Manuel Albares was received on Monday by Moroccan King Mohammed.')).toEqual(['MeetingHeld ESP-MAR']);
  });

  it('does not make an official talked about a party, nor his planned visit a fact', () => {
    const body = 'Japanese Foreign Minister Yoko Kamikawa held talks with Canadian Foreign Minister Melanie Joly in Ottawa and discussed President Biden\'s state visit to Japan.';
    expect(sigs(body, 'Japan, Canada foreign ministers meet')).toEqual(['MeetingHeld CAN-JPN']);
  });

  it('reads an office run joined by "and" as one office', () => {
    const body = 'Deputy Prime Minister and Foreign Minister Vivian Balakrishnan met New Zealand\'s Minister of Foreign Affairs and Trade Winston Peters in Singapore.';
    expect(sigs(body)).toEqual(['MeetingHeld NZL-SGP']);
  });
});

describe('votes', () => {
  it.each([
    ['The UN General Assembly adopted the text. Belarus and Syria joined Russia in opposing the measure.', ['VoteCast(no) BLR', 'VoteCast(no) RUS', 'VoteCast(no) SYR']],
    ['The draft was vetoed by Russia in the UN Security Council on Friday.', ['VoteCast(no) RUS']],
    ['The UN General Assembly approved the text by 120 in favour to 2 against (Nauru and Palau) with 4 abstentions (Fiji, Georgia and Tonga).', ['VoteAbstained FJI', 'VoteAbstained GEO', 'VoteAbstained TON', 'VoteCast(no) NRU', 'VoteCast(no) PLW']],
  ])('reads the vote in: %s', (body, expected) => {
    expect(sigs(body)).toEqual(expected);
  });

  it('keeps a country\'s votes in two bodies apart', () => {
    const body = 'Peru abstained in the UN General Assembly on Wednesday. Days earlier, Peru had abstained in the Security Council.';
    expect(facts(body).map((f) => (f.type === 'VoteAbstained' ? f.body : '')).sort()).toEqual(['UNGA', 'UNSC']);
  });
});

describe('datelines', () => {
  it('still reads "CITY--" as a dateline, and a hyphenated name as none', () => {
    expect(sigs('DOHA--The Qatari emir met Egyptian President Abdel Fattah al-Sisi on Monday.')).toEqual(['MeetingHeld EGY-QAT']);
  });

  it('reads "City, Month Day (AGENCY)" as a dateline', () => {
    const out = facts('Lisbon, June 13 (LUSA) Angolan Foreign Minister Tete Antonio met his Portuguese counterpart on Wednesday.');
    expect(out.map(sig)).toEqual(['MeetingHeld AGO-PRT']);
    expect(out[0].date).toBe('2024-06-12');
  });
});

describe('officials of no stated country', () => {
  it('gives a leader meeting a foreign side the one other country the article acts for', () => {
    const body =
      'Prime Minister Sheikh Hasina held talks with Nepalese Prime Minister Pushpa Kamal Dahal on Monday. Bangladesh and Nepal have close ties, and Bangladesh buys power from Nepal.';
    expect(sigs(body)).toContain('MeetingHeld BGD-NPL');
  });

  it('infers nothing when the other countries are only destinations or parts', () => {
    const body = 'Prime Minister Ana Costa met French President Jean Dupont. She later left for Port Louis, the capital of Mauritius.';
    expect(sigs(body)).toEqual([]);
  });

  it('reads names with particles ("Marcelo Rebelo de Sousa") and follows them by surname', () => {
    const body = 'Brazilian President Luiz Inacio Lula da Silva met Portuguese President Marcelo Rebelo de Sousa in Lisbon. Sousa arrived in Brazil on Thursday on a state visit.';
    expect(sigs(body)).toEqual(['MeetingHeld BRA-PRT', 'VisitMade PRT>BRA']);
  });

  it('does not take the country an official travelled to for his own', () => {
    const body =
      'During his state visit to the United States, Prime Minister Ravi Kumar met American officials. The United States and the United States Congress welcomed him. Kumar later met French President Jean Dupont.';
    expect(sigs(body).filter((x) => x.includes('FRA'))).toEqual([]);
  });

  it('does not invent a meeting among the people an unknown official met', () => {
    expect(sigs('Okafor also met French President Emmanuel Macron, British Prime Minister Keir Starmer and German Chancellor Olaf Scholz.')).toEqual([]);
  });
});

describe('more aid, visits, appeals and dates', () => {
  it('gives one pledge to each coordinated recipient, past lower-case modifiers', () => {
    expect(sigs('The United States announced an additional $40 million in aid to flood-hit Pakistan and Afghanistan.')).toEqual(['AidPledged USA>AFG', 'AidPledged USA>PAK']);
    expect(sigs('Japan will provide $10 million for earthquake response in Nepal, the foreign ministry said.')).toEqual(['AidPledged JPN>NPL']);
  });

  it('finds the destination named after a later visit noun, and "a visit by a … to …"', () => {
    expect(sigs('Finnish President Alexander Stubb arrived here on Monday on a three-day visit, his first to Kenya.')).toEqual(['VisitMade FIN>KEN']);
    expect(sigs('The last visit by a Chilean President to Japan was in 2010.')).toEqual(['VisitMade CHL>JPN']);
  });

  it('reads "his visit to X" as a visit by the official last named', () => {
    const body = 'Malaysian Prime Minister Anwar Ibrahim spoke to reporters in Jakarta. It is the first time of his visit to Indonesia since taking office.';
    expect(sigs(body)).toEqual(['VisitMade MYS>IDN']);
  });

  it('reads "the ministry demanded from X to …" as the ministry named before', () => {
    const body = 'The Serbian Foreign Ministry summoned the Croatian ambassador on Monday. The ministry also demanded from Croatia to protect Serbian diplomats.';
    expect(sigs(body)).toEqual(['AppealMade SRB>HRV']);
  });

  it('dates "this morning" by the publication day', () => {
    const [m] = facts('Talks between Ghanaian President John Mahama and Ivorian President Alassane Ouattara were held this morning.');
    expect(m).toMatchObject({ type: 'MeetingHeld', date: PUB });
  });

  it('finds the agreement noun further back in its clause', () => {
    expect(sigs('A total of five memoranda of understanding between Kenya and Rwanda were signed, including one on trade.')).toEqual(['AgreementSigned KEN-RWA']);
  });
});

describe('talks that are not taking place, and other third-batch rules', () => {
  it.each([
    ['The Serbian foreign minister called on Monday for a quick resumption of stalled Serbian-Kosovar talks.'],
    ['Russia has called on North Korea to return to international talks on its nuclear program.'],
  ])('codes no meeting in: %s', (body) => {
    expect(sigs(body).filter((x) => x.startsWith('MeetingHeld'))).toEqual([]);
  });

  it('dates a meeting across a list of its participants', () => {
    const [m] = facts('A round of talks among Egypt, Sudan and Ethiopia took place in March 2023.');
    expect(m).toMatchObject({ type: 'MeetingHeld', participants: ['EGY', 'SDN', 'ETH'], date: '2023-03' });
  });

  it('reads "a visit by / of the <title> of <country> to <country>" and the PRC', () => {
    expect(sigs('They met during the visit by the President of the United States to Brazil.')).toContain('VisitMade USA>BRA');
    expect(sigs('State visit of the PRC Chairman Xi Jinping to Tajikistan began today.')).toEqual(['VisitMade CHN>TJK']);
  });

  it('reads a decimal comma before a scale word', () => {
    const [a] = facts('Brazil and Chile signed an agreement for a total of $12,5 billion on Monday.');
    expect(a).toMatchObject({ type: 'AgreementSigned', value: { amount: 12_500_000_000, currency: 'USD' } });
  });

  it("reads \"China's Li Zhaoxing\" as an actor, \"China's Xinjiang region\" not", () => {
    expect(sigs("Japanese Foreign Minister Nobutaka Machimura held talks with China's Li Zhaoxing on Saturday.")).toEqual(['MeetingHeld CHN-JPN']);
  });

  it('gives agreements signed "during X\'s visit" to the visit\'s pair', () => {
    const body = 'Chilean President Gabriel Boric visited Peru on Monday. During Boric\'s visit, several agreements on trade were also signed.';
    expect(sigs(body)).toEqual(['AgreementSigned CHL-PER', 'VisitMade CHL>PER']);
  });
});
