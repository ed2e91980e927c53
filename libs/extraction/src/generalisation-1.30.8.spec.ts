/**
 * Extractor 1.30.8: a fact's free-text fields (an agreement's subject, an aid pledge's purpose from a
 * signing, an appeal's or cooperation's `about`, a resolution's subject) are the article's own words,
 * as ANNOTATION.md's examples write them, not its tokens joined by spaces. 1.30.9: the states a
 * resolution concerns, and its subject, are read from its own phrase. 1.30.10: a two-letter family
 * name written first names its official again ("Xi"). 1.30.11: a wire report's usual shapes (an
 * appeal dated by the speech it was made in, a city flown to, "al-Assad", a place after a long name).
 * 1.30.12: an agreement's value is no target ("to lift trade to $100 billion"), its subject is its
 * noun phrase. 1.30.13: a body's size is the total of a vote in that body only; a resolution's subject
 * leaves out its tally. 1.30.14: a place written in capitals (a dateline) is named in title case.
 * 1.30.15: a closing attribution is no part of a fact's text. 1.30.16: a funding package signed
 * with the European Commission. 1.30.17: officials from a list opening with a state of two words.
 * 1.30.18: a demand's "that" clause is what it asks; "disbursed" gives aid. 1.30.19: an official of
 * no written state who meets a foreign one under a dateline is of the dateline's state. 1.30.20: the
 * subject of a passive signing is its instrument. 1.30.21: states listed after a fronted place are
 * subjects when a verb follows. 1.30.22: "the junta" is the state whose junta the article named.
 * 1.30.23: "the Kingdom" is the one kingdom the article names. 1.30.24: officials coordinated in an
 * appeal's subject each appeal, and are the pair "the two" refers to next. 1.30.25: and each travel.
 * 1.30.26: a report at second hand is hedged. 1.30.27: a combined pledge is each donor's, of an
 * unknown share. 1.30.28: a target is no sum a later signing points back to. 1.30.29: a fronted
 * occasion names no sender. 1.30.30: "Lee Jae-myung"; "his engagements included discussions with X".
 * 1.30.31: a speech's date only after a participle of its occasion. 1.30.32: ties upgraded to a
 * partnership. 1.30.33: "is in X for a state visit"; an emperor is an official. 1.30.34: "Cabinet
 * Secretary" is a title. 1.30.35: an adverbial clause after a comma is no part of a subject. 1.30.36:
 * any home office under a dateline, not an envoy. 1.30.37: a state represented at a gathering.
 * 1.30.38: a relative clause and the city of the signing are no part of its subject. 1.30.39: a list
 * set off by dashes in the subject. 1.30.40: a meeting judged is not the judge's. 1.30.41: an event
 * called off.
 * Sentences are invented.
 */
import { EXTRACTOR } from '.';
import type { FactDraft } from '../../domain/src/facts/fact.types';
import { analyse } from './analysis';
import { atLeast, facts, PUB, sigs } from './spec-signatures';
import { spanText } from './text/span-text';
import { tokenize } from './text/tokens';

describe('extractor version', () => {
  it('is 1.30.41 or later', () => expect(atLeast(EXTRACTOR.version, '1.30.41')).toBe(true));
});

const first = <T extends FactDraft['type']>(body: string, type: T) => facts(body).find((f) => f.type === type) as Extract<FactDraft, { type: T }>;

describe('free text as the article writes it (1.30.8)', () => {
  it('keeps hyphens, brackets and currency signs as written, without the closing full stop', () => {
    const signing = first('Kenya and Tanzania signed an agreement on cross-border trade worth $120 million (about KSh 15 billion) on Tuesday.', 'AgreementSigned');
    expect(signing.subject).toBe('agreement on cross-border trade worth $120 million (about KSh 15 billion)');
    const appeal = first('Ghana urged Togo to reopen the Aflao-Lomé border crossing.', 'AppealMade');
    expect(appeal.about).toBe('reopen the Aflao-Lomé border crossing');
    const cooperation = first('Peru and Chile agreed to cooperate on anti-narcotics patrols along their maritime border.', 'CooperationAgreed');
    expect(cooperation.about).toBe('cooperate on anti-narcotics patrols along their maritime border');
  });

  it('gives a resolution its subject as written', () => {
    const vote = first('The UN General Assembly adopted a resolution demanding a cease-fire in Gaza. India abstained.', 'VoteAbstained');
    expect(vote.resolution?.subject).toBe('demanding a cease-fire in Gaza');
  });

  it('codes what a hyphenated word says: cooperation on a cease-fire is CAMEO 037, not the generic 030', () => {
    const cooperation = first('Armenia and Azerbaijan agreed to cooperate on monitoring the cease-fire along their border.', 'CooperationAgreed');
    expect(cooperation.about).toBe('cooperate on monitoring the cease-fire along their border');
    expect(cooperation.cameo).toEqual({ code: '037', goldstein: 5, quadClass: 1 });
  });

  it('writes a run of spaces or a tab inside the span as one space', () => {
    const appeal = first('Ghana urged Togo to reopen  the\tborder crossing.', 'AppealMade');
    expect(appeal.about).toBe('reopen the border crossing');
  });
});

describe('what a resolution concerns (1.30.9)', () => {
  const vote = (body: string) => first(body, 'VoteAbstained');

  it('is not a state that votes in a clause of its own', () => {
    expect(vote('Russia vetoed a UN Security Council resolution on Sudan on Thursday, while China abstained.').concerning).toEqual(['SDN']);
    expect(vote('The General Assembly adopted a resolution on Myanmar, while Thailand and Laos abstained.').concerning).toEqual(['MMR']);
    expect(sigs('The General Assembly adopted a resolution on Myanmar, while Thailand and Laos abstained.')).toEqual(['VoteAbstained LAO', 'VoteAbstained THA']);
  });

  it('is not a state listed as voting', () => {
    const f = vote('In the General Assembly, Russia voted against the resolution, India, China and South Africa abstained.');
    expect(f.concerning).toEqual([]);
    expect(sigs('In the General Assembly, Russia voted against the resolution, India, China and South Africa abstained.')).toEqual(
      ['VoteAbstained CHN', 'VoteAbstained IND', 'VoteAbstained ZAF', 'VoteCast RUS no'],
    );
  });

  it('still takes every state of a list the resolution names, and the list into its subject', () => {
    const f = vote('The General Assembly adopted a resolution condemning Russia, Belarus and Iran. Mongolia abstained.');
    expect(f.concerning).toEqual(['RUS', 'BLR', 'IRN']);
    expect(f.resolution?.subject).toBe('condemning Russia, Belarus and Iran');
  });

  it('leaves the vote\'s date out of the subject, before or after it', () => {
    expect(vote('Russia vetoed a UN Security Council resolution on Sudan on Thursday, while China abstained.').resolution?.subject).toBe('on Sudan');
    const f = vote('The General Assembly adopted a resolution on Wednesday March 2, 2022 demanding that Russia end its operations in Ukraine. India abstained.');
    expect(f.resolution?.subject).toBe('demanding that Russia end its operations in Ukraine');
  });
});

describe('a two-letter family name written first (1.30.10)', () => {
  it('names the official again', () => {
    expect(sigs('Chinese President Xi Jinping will meet French President Emmanuel Macron next week. Xi and Macron last met in Paris in May 2024.')).toEqual(['MeetingHeld CHN-FRA']);
    expect(first('Chinese President Xi Jinping will meet French President Emmanuel Macron next week. Xi and Macron last met in Paris in May 2024.', 'MeetingHeld').date).toBe('2024-05');
    expect(sigs('North Korean Foreign Minister Ri Son Gwon arrived in Moscow on Monday. Ri met Russian Foreign Minister Sergei Lavrov on Tuesday.', 'MeetingHeld')).toEqual(['MeetingHeld PRK-RUS']);
  });

  it('is not a particle of a European surname', () => {
    expect(sigs('French Foreign Minister Le Drian arrived in Berlin on Monday. Le Monde met Italian envoys on Tuesday.', 'MeetingHeld')).toEqual([]);
  });
});

describe("a wire report's usual shapes (1.30.11)", () => {
  it('dates an appeal by the speech its sentence tells, and leaves that speech out of what it asks', () => {
    const body = 'Secretary of State Antony Blinken held talks with Saudi Foreign Minister Prince Faisal bin Farhan on Tuesday.\n' +
      "Germany's Chancellor Olaf Scholz called on Iran to release detained German nationals, speaking at a news conference in Berlin on Wednesday.";
    const appeal = first(body, 'AppealMade');
    expect(appeal.about).toBe('release detained German nationals');
    expect(appeal.date).toBe('2024-06-12');
    // (A span's edge is no day of the speech: "speaking until Wednesday".)
    const edge = first(body.replace('on Wednesday', 'until Wednesday'), 'AppealMade');
    expect(edge.date).toBe('2024-06-11');
    // (Nor a date in what the speaker adds, 1.30.31: ", adding that talks would resume on Monday".)
    const added = first(body.replace('speaking at a news conference in Berlin on Wednesday', 'adding that talks would resume on Monday'), 'AppealMade');
    expect(added.date).toBe('2024-06-11');
    expect(added.about).toBe('release detained German nationals');
  });

  it('places a meeting in a city the traveller flew to', () => {
    const m = first('US Secretary of State Antony Blinken flew to Cairo on Tuesday, where he met Egyptian President Abdel Fattah el-Sissi.', 'MeetingHeld');
    expect(m.location).toEqual({ city: 'Cairo', country: 'EGY' });
    expect(sigs('US Secretary of State Antony Blinken flew to Cairo on Tuesday, where he met Egyptian President Abdel Fattah el-Sissi.')).toEqual(['MeetingHeld EGY-USA', 'VisitMade USA>EGY']);
  });

  it('reads a name with a particle joined by a hyphen, and follows it by its last part', () => {
    const body = 'Egyptian President Abdel Fattah el-Sissi met Syrian President Bashar al-Assad in Riyadh on Monday. Assad later met Iraqi Prime Minister Mohammed Shia al-Sudani.';
    const [first_, second] = facts(body).filter((f) => f.type === 'MeetingHeld') as Extract<FactDraft, { type: 'MeetingHeld' }>[];
    expect(first_.people?.map((p) => p.name)).toEqual(['Abdel Fattah el-Sissi', 'Bashar al-Assad']);
    expect(second.participants).toEqual(['SYR', 'IRQ']);
  });

  it('finds the place of a meeting after a long name, counting a named person as one word', () => {
    expect(first('Egyptian President Abdel Fattah el-Sissi met Syrian President Bashar al-Assad in Riyadh on Monday.', 'MeetingHeld').location).toEqual({ city: 'Riyadh', country: 'SAU' });
    // (Not past a comma after the trigger's object.)
    expect(first('Egyptian President Abdel Fattah el-Sissi met Syrian President Bashar al-Assad, who had flown in from Riyadh on Monday.', 'MeetingHeld').location).toBeNull();
  });
});

describe("an agreement's value and subject (1.30.12)", () => {
  const body = 'India and the United Arab Emirates signed a comprehensive economic partnership agreement on Wednesday, aiming to lift bilateral trade to $100 billion within five years.';

  it('takes no target of growth for its value', () => {
    expect(first(body, 'AgreementSigned').value).toBeNull();
    expect(first('Vietnam and Laos signed a deal to reach $5 billion in trade by 2030.', 'AgreementSigned').value).toBeNull();
    // (A sum the agreement is worth stays.)
    expect(first('Japan and the Philippines signed a loan agreement worth 167.2 billion yen to help build a railway.', 'AgreementSigned').value).toEqual({ amount: 167.2e9, currency: 'JPY' });
  });

  it('names the instrument with its modifiers, without the date and a participial adjunct', () => {
    expect(first(body, 'AgreementSigned').subject).toBe('comprehensive economic partnership agreement');
    // (A participle that says what the instrument holds stays.)
    expect(first('India and Japan signed two agreements, covering defence and space.', 'AgreementSigned').subject).toBe('agreements, covering defence and space');
  });
});

describe("a vote's tally (1.30.13)", () => {
  const body = 'The U.N. General Assembly on Friday adopted a resolution calling for a humanitarian truce in Gaza by a vote of 120-14 with 45 abstentions. ' +
    'The United States and Israel voted against the measure, while Canada abstained. ' +
    "Earlier, Russia's draft resolution failed to get the minimum nine votes in the 15-member Security Council.";

  it("takes the size of another body for no total, and leaves the tally out of the resolution's subject", () => {
    const canada = first(body, 'VoteAbstained');
    expect(canada.tally).toEqual({ yes: 120, no: 14, abstain: 45 });
    expect(canada.resolution?.subject).toBe('calling for a humanitarian truce in Gaza');
  });

  it("takes the size of the vote's own body for its total", () => {
    const f = first('The 15-member Security Council adopted the resolution on Haiti with 13 votes in favour. China and Russia abstained.', 'VoteAbstained');
    expect(f.tally?.total).toBe(15);
  });
});

describe('a place written in capitals (1.30.14)', () => {
  it('is named in title case, every word of it', () => {
    const m = first('KUALA LUMPUR, May 3 (Bernama) -- Malaysian Prime Minister Anwar Ibrahim met Thai Prime Minister Srettha Thavisin on Friday.', 'MeetingHeld');
    expect(m.location).toEqual({ city: 'Kuala Lumpur', country: 'MYS' });
    const t = first('TOKYO (Kyodo) -- Sri Lankan President Anura Kumara Dissanayake held talks with Prime Minister Shigeru Ishiba of Japan on Monday.', 'MeetingHeld');
    expect(t.location).toEqual({ city: 'Tokyo', country: 'JPN' });
  });
});

describe('a closing attribution (1.30.15)', () => {
  it('is no part of what was agreed or asked', () => {
    expect(first('Japan and South Korea agreed to resume their bilateral currency swap, their finance ministers said after talks in Seoul.', 'CooperationAgreed').about).toBe('resume their bilateral currency swap');
    expect(first('Kenya and Uganda agreed to cooperate on railway construction, according to a joint statement.', 'CooperationAgreed').about).toBe('cooperate on railway construction');
  });

  it('is not a main clause that opens with a say verb after a fronted phrase', () => {
    const body = 'Japanese Foreign Minister Yoshimasa Hayashi arrived in Ulaanbaatar on Sunday. In a meeting in Ulaanbaatar, Hayashi told Mongolian Foreign Minister Batmunkh Battsetseg that the invasion of Ukraine violated international law.';
    expect(sigs(body)).toEqual(['MeetingHeld JPN-MNG', 'VisitMade JPN>MNG']);
  });
});

describe('a funding package signed with an organisation (1.30.16)', () => {
  it('is an agreement of the state with the organisation', () => {
    const f = first('The European Commission and Egypt signed a 7.4 billion euro funding package.', 'AgreementSigned');
    expect(f.parties).toEqual(['EGY']);
    expect(f.organisations).toEqual(['European Commission']);
    expect(f.subject).toBe('funding package');
    expect(f.value).toEqual({ amount: 7.4e9, currency: 'EUR' });
  });
});

describe('officials from a list of states (1.30.17)', () => {
  it('come from each of them, however many words the first is', () => {
    const m = first('Foreign ministers from Saudi Arabia, Egypt, Jordan and Qatar met in Riyadh on Thursday to discuss the war in Gaza.', 'MeetingHeld');
    expect(m.participants).toEqual(['SAU', 'EGY', 'JOR', 'QAT']);
    expect(m.location).toEqual({ city: 'Riyadh', country: 'SAU' });
  });

  it('leave a place and its country a place, where they met', () => {
    expect(first('Ministers from Kenya and Ghana met in Goa, India on Monday.', 'MeetingHeld').location).toEqual({ city: null, country: 'IND' });
  });
});

describe('a demand told in a "that" clause; aid disbursed (1.30.18)', () => {
  it('asks what the clause says', () => {
    expect(first('China demanded that the Philippines withdraw its vessels from the Second Thomas Shoal.', 'AppealMade').about).toBe('withdraw its vessels from the Second Thomas Shoal');
    expect(first('Russia demanded on Saturday that US and Turkish forces evacuate the area.', 'AppealMade').about).toBe('evacuate the area');
  });

  it('takes a sum disbursed to a state for aid', () => {
    expect(sigs('The United States disbursed $25 million in food aid to Haiti last month.')).toEqual(['AidPledged USA>HTI']);
    expect(sigs('The World Bank disbursed $25 million to Haiti last month.')).toEqual([]);
  });
});

describe("an official of no written state under a dateline (1.30.19)", () => {
  it("is of the dateline's state when he meets another state's official there", () => {
    expect(sigs('WASHINGTON (Reuters) - President Barack Obama met Indian Prime Minister Narendra Modi at the White House on Tuesday.')).toEqual(['MeetingHeld IND-USA']);
    expect(sigs('MOSCOW, June 5 (Reuters) - President Vladimir Putin held talks with Chinese leader Xi Jinping in the Kremlin on Friday.')).toEqual(['MeetingHeld CHN-RUS']);
    expect(sigs('KYIV (AP) — President Volodymyr Zelenskyy met U.S. Secretary of State Antony Blinken on Wednesday.')).toEqual(['MeetingHeld UKR-USA']);
  });

  it('is not where the meeting is elsewhere, at a gathering, or with an official of the dateline state', () => {
    expect(sigs('LILONGWE, June 12 - Prime Minister Ansel Korro held bilateral talks with Japanese Prime Minister Fumio Kishida in Tokyo on Wednesday.')).toEqual([]);
    expect(sigs('TOKYO (Reuters) - Foreign Minister Ravi Kumar met his Russian counterpart Oleg Petrov on the sidelines of a regional forum.')).toEqual([]);
    expect(sigs('BEIJING (Reuters) - Prime Minister Anthony Albanese met Chinese Premier Li Qiang on Monday.')).toEqual([]);
  });

  it('holds for any office of the home state, not for an envoy (1.30.36)', () => {
    expect(sigs('DHAKA (UNB) - Visiting Indian Foreign Secretary Vikram Misri paid a courtesy call on Chief Adviser Muhammad Yunus on Monday.', 'MeetingHeld')).toEqual(['MeetingHeld BGD-IND']);
    expect(sigs('DHAKA (Reuters) - Ambassador John Smith met Indian Foreign Secretary Vikram Misri on Monday.', 'MeetingHeld')).toEqual([]);
  });

  it("takes a leader named as such for his own state's leader", () => {
    // ("Chinese leader Xi Jinping" had given the stateless president of the sentence China.)
    const officials = analyse({ body: 'President Vladimir Putin held talks with Chinese leader Xi Jinping on Friday.', publishedAt: PUB }).officials;
    expect(officials.find((o) => o.name === 'Vladimir Putin')?.country ?? null).toBeNull();
    expect(officials.find((o) => o.name === 'Xi Jinping')?.country).toBe('CHN');
  });
});

describe('the subject of a passive signing (1.30.20)', () => {
  it('is the instrument named before the verb', () => {
    expect(first('A memorandum of understanding on fisheries was signed by Kenya and Tanzania.', 'AgreementSigned').subject).toBe('memorandum of understanding on fisheries');
    expect(first('The Development Objective Grant Agreement between Kenya and the United States was signed on Monday.', 'AgreementSigned').subject).toBe(
      'Development Objective Grant Agreement between Kenya and the United States',
    );
    expect(first('Under a 14-point memorandum signed by the two countries, Angola will supply oil to Zambia.', 'AgreementSigned').subject).toBe('14-point memorandum');
  });
});

describe('states listed after a fronted place (1.30.21)', () => {
  it('are the subjects when a verb follows them', () => {
    expect(sigs('At the UN Human Rights Council in Geneva, Qatar and Saudi Arabia voted in favour of the resolution on Iran.')).toEqual([
      'VoteCast QAT yes',
      'VoteCast SAU yes',
    ]);
  });

  it('are places when no verb follows', () => {
    expect(sigs('In Guatemala and Honduras, USDA will provide $30 million in food aid.')).toEqual([]);
  });
});

describe('"the junta" (1.30.22)', () => {
  it('is the state whose junta, regime or king the article named, though others were named beside it', () => {
    expect(sigs("Niger's military junta expelled French troops. Nigerian President Bola Tinubu urged the junta to restore civilian rule.")).toEqual(['AppealMade NGA>NER']);
    expect(sigs('The Burmese junta arrested protesters and China sent envoys. Japan called on the junta to release them.', 'AppealMade')).toEqual(['AppealMade JPN>MMR']);
  });

  it('is no one when two states\' juntas were named', () => {
    expect(sigs("Mali's junta and Niger's junta met French envoys. Nigeria urged the junta to hold elections.", 'AppealMade')).toEqual([]);
  });
});

describe('"the Kingdom" (1.30.23)', () => {
  it('is the one kingdom the article names (world-countries\' official names)', () => {
    const body = 'RIYADH: Saudi Crown Prince Mohammed bin Salman received Iranian Foreign Minister Abbas Araghchi in Riyadh on Wednesday. Araghchi arrived in the Kingdom on Tuesday.';
    expect(sigs(body, 'VisitMade')).toEqual(['VisitMade IRN>SAU']);
  });

  it('is no one when the article names two kingdoms, or none', () => {
    expect(sigs('Jordanian officials met Saudi envoys in Amman. The Iranian minister arrived in the Kingdom on Tuesday.', 'VisitMade')).toEqual([]);
    expect(sigs('Egyptian officials met Iranian envoys in Cairo. The Iranian minister arrived in the Kingdom on Tuesday.', 'VisitMade')).toEqual([]);
  });
});

describe("officials coordinated in an appeal's subject (1.30.24)", () => {
  const body = 'Brazilian President Luiz Inacio Lula da Silva and his Colombian counterpart Gustavo Petro called on Venezuela on Thursday to publish detailed voting data.';

  it('each appeal for their state', () => {
    expect(sigs(body)).toEqual(['AppealMade BRA>VEN', 'AppealMade COL>VEN']);
    // (Not a conjunct that names no state.)
    expect(sigs("Brazil's president and the head of the IMF urged Argentina to cut spending.")).toEqual(['AppealMade BRA>ARG']);
  });

  it('are the pair "the two leaders" refers to next', () => {
    expect(sigs(`${body} The two leaders agreed to keep working together on the crisis.`, 'CooperationAgreed')).toEqual(['CooperationAgreed BRA-COL']);
  });
});

describe('officials coordinated before a verb of travel (1.30.25)', () => {
  it('each travel', () => {
    expect(sigs('Brazilian President Lula and his Colombian counterpart Gustavo Petro visited Caracas on Friday.')).toEqual(['VisitMade BRA>VEN', 'VisitMade COL>VEN']);
  });

  it('not a companion of no state', () => {
    expect(sigs('Brazilian President Lula and his wife visited Caracas on Friday.')).toEqual(['VisitMade BRA>VEN']);
  });
});

describe('a report at second hand (1.30.26)', () => {
  const modality = (body: string) => facts(body).map((f) => f.modality);
  it('is hedged: "is said to have", "according to diplomatic sources", "sources told"', () => {
    expect(modality('Chinese Premier Li Qiang is said to have met North Korean officials in Pyongyang last month.')).toEqual(['hedged']);
    expect(modality('According to diplomatic sources, Turkey and Egypt held secret talks in Cairo last week.')).toEqual(['hedged']);
    expect(modality('Turkey and Egypt held secret talks in Cairo last week, sources told Reuters.')).toEqual(['hedged']);
  });

  it('is not an attribution to a named source', () => {
    expect(modality('Turkey and Egypt held talks in Cairo last week, the ministry said.')).toEqual(['asserted']);
  });
});

describe('a combined pledge (1.30.27)', () => {
  it("is each coordinated donor's, with no value of its own", () => {
    const fs = facts('Britain, France and Germany pledged a combined 500 million euros in aid to Lebanon.').filter((f) => f.type === 'AidPledged');
    expect(fs.map((f) => (f.type === 'AidPledged' ? `${f.donor}>${f.recipient} ${f.value === null}` : '')).sort()).toEqual(['DEU>LBN true', 'FRA>LBN true', 'GBR>LBN true']);
    expect(sigs('Norway and Denmark jointly pledged $20 million to Malawi.')).toEqual(['AidPledged DNK>MWI', 'AidPledged NOR>MWI']);
  });
});

describe('a target told before a signing (1.30.28)', () => {
  it('is no value of the instruments signed after it', () => {
    const body = 'Vietnamese Prime Minister Pham Minh Chinh held talks with Cambodian Prime Minister Hun Manet in Hanoi, pledging to bring bilateral trade to 20 billion U.S. dollars. ' +
      'After the talks, the two prime ministers witnessed the signing of several cooperation documents.';
    expect(first(body, 'AgreementSigned').value).toBeNull();
    // (A grant told before "the agreement was signed" is its value.)
    expect(first('Japan gave Laos a grant worth $10 million. The agreement was signed by the two ministers on Monday.', 'AgreementSigned').value).toEqual({ amount: 10e6, currency: 'USD' });
  });
});

describe('a fronted phrase of the occasion (1.30.29)', () => {
  it('names whom the sender spoke with, not the sender', () => {
    expect(sigs('In a phone call with his Turkish counterpart, Iranian Foreign Minister Abbas Araghchi urged Turkey to stop trade with Israel.')).toEqual(['AppealMade IRN>TUR']);
    expect(sigs('During talks with Kenyan officials, the Ugandan president urged Kenya to reopen the border.', 'AppealMade')).toEqual(['AppealMade UGA>KEN']);
  });
});

describe('a given name of syllables; meetings named as his engagements (1.30.30)', () => {
  it('reads a lower-case syllable joined by a hyphen as part of the name', () => {
    const m = first('South Korean President Yoon Suk-yeol met Japanese Prime Minister Fumio Kishida on Monday.', 'MeetingHeld');
    expect(m.people?.map((p) => p.name)).toEqual(['Yoon Suk-yeol', 'Fumio Kishida']);
  });

  it("takes the discussions his engagements included for the last-named official's meetings", () => {
    const body = 'Indian External Affairs Minister S. Jaishankar arrived in Singapore on Sunday. His engagements included discussions with Singaporean Prime Minister Lawrence Wong.';
    expect(sigs(body, 'MeetingHeld')).toEqual(['MeetingHeld IND-SGP']);
  });
});

describe('ties upgraded to a partnership (1.30.32)', () => {
  it('are cooperation agreed, about the partnership', () => {
    const f = first('Vietnam and Indonesia have upgraded their ties to a comprehensive strategic partnership.', 'CooperationAgreed');
    expect([f.parties, f.about]).toEqual([['VNM', 'IDN'], 'comprehensive strategic partnership']);
    const body = 'Indonesian President Prabowo Subianto met Vietnamese President Luong Cuong in Hanoi. The two countries elevated their relations to a comprehensive strategic partnership.';
    expect(sigs(body, 'CooperationAgreed')).toEqual(['CooperationAgreed IDN-VNM']);
  });

  it('not an upgrade still ahead', () => {
    expect(sigs('Vietnam and Indonesia will upgrade their ties to a comprehensive strategic partnership next year.')).toEqual([]);
  });
});

describe('a stay for a visit; an emperor (1.30.33)', () => {
  it('"is in Ghana for a three-day state visit" is a visit, "for talks" no', () => {
    expect(sigs('Kenyan President William Ruto is in Ghana for a three-day state visit.')).toEqual(['VisitMade KEN>GHA']);
    expect(sigs('Kenyan President William Ruto is in Ghana for talks on trade.')).toEqual([]);
  });

  it('an emperor or empress is an official of his state', () => {
    expect(sigs('The Japanese emperor and empress made a state visit to Mongolia in July.')).toEqual(['VisitMade JPN>MNG']);
    expect(sigs('Japanese Emperor Naruhito received Vietnamese President Luong Cuong on Monday.')).toEqual(['MeetingHeld JPN-VNM']);
  });
});

describe('"Cabinet Secretary" (1.30.34)', () => {
  it('is a title, not a name', () => {
    const m = first("Kenya's Foreign Affairs Cabinet Secretary Musalia Mudavadi held talks with Somalia's Foreign Minister Ahmed Moallim Fiqi in Nairobi.", 'MeetingHeld');
    expect(m.people?.map((p) => [p.name, p.role])).toEqual([['Musalia Mudavadi', 'foreign minister'], ['Ahmed Moallim Fiqi', 'foreign minister']]);
  });
});

describe('an adverbial clause after the instrument (1.30.35)', () => {
  it('is no part of its subject', () => {
    const body = 'Kazakhstan and Uzbekistan on Friday signed agreements on water sharing and a new border crossing, as Uzbek President Shavkat Mirziyoyev paid a state visit to Astana.';
    expect(first(body, 'AgreementSigned').subject).toBe('agreements on water sharing and a new border crossing');
  });
});

describe('a state represented at a gathering (1.30.37)', () => {
  it('takes part in the gathering just told', () => {
    const body = 'The summit was attended by the leaders of Jordan, Qatar, Bahrain and Kuwait. Saudi Arabia was represented by its foreign minister.';
    expect(sigs(body)).toEqual(['MeetingHeld BHR-JOR-KWT-QAT-SAU']);
  });

  it('not without a gathering', () => {
    expect(sigs('Jordan and Qatar signed a trade deal. Saudi Arabia was represented by its foreign minister.', 'MeetingHeld')).toEqual([]);
  });
});

describe("an agreement's subject without a relative clause or the signing's city (1.30.38)", () => {
  it('stops before them', () => {
    expect(first('Russia and North Korea signed a comprehensive strategic partnership treaty in Pyongyang, which includes a mutual defence clause.', 'AgreementSigned').subject).toBe(
      'comprehensive strategic partnership treaty',
    );
    // (A state at the end is more often part of what was agreed.)
    expect(first('Japan and Mongolia signed an agreement to host Mongolian officials at graduate schools in Japan.', 'AgreementSigned').subject).toBe(
      'agreement to host Mongolian officials at graduate schools in Japan',
    );
  });
});

describe('a list set off by dashes in the subject (1.30.39)', () => {
  it('names the participants', () => {
    expect(sigs('The foreign ministers of the Quad — the United States, Japan, India and Australia — met in Tokyo on Tuesday.')).toEqual(['MeetingHeld AUS-IND-JPN-USA']);
  });
});

describe('a meeting judged (1.30.40)', () => {
  it("is not a meeting of the state that judges it", () => {
    expect(sigs('North Korea condemned the meeting and called on Washington to withdraw its troops.')).toEqual(['AppealMade PRK>USA']);
  });

  it('still is one of the parties named after it', () => {
    expect(sigs('China welcomed the talks between Japan and South Korea.')).toEqual(['MeetingHeld JPN-KOR']);
  });
});

describe('an event called off (1.30.41)', () => {
  it('did not take place', () => {
    expect(sigs('The visit by the Chinese premier to Australia was called off.')).toEqual([]);
    expect(sigs('The visit by the Chinese premier to Australia was postponed indefinitely.')).toEqual([]);
  });

  it('unlike one that was anything else', () => {
    expect(sigs('The visit by the Chinese premier to Australia was a success.')).toEqual(['VisitMade CHN>AUS']);
  });
});

describe('spanText', () => {
  const sentence = (text: string, start = 100) => ({ text, start, tokens: tokenize(text, start) });

  it('is the text between two tokens, with sentence punctuation trimmed off its end', () => {
    const s = sentence('They signed a cross-border deal; talks went on.');
    expect(spanText(s, 2, s.tokens.length)).toBe('a cross-border deal; talks went on');
    expect(spanText(s, 2, 7)).toBe('a cross-border deal');
    expect(spanText(s, 5, 5)).toBe('');
    expect(spanText(s, 7, 8)).toBe('');
  });

  it('keeps the full stop of an abbreviation with inner dots', () => {
    const s = sentence('It was backed by the U.S.');
    expect(spanText(s, 3, s.tokens.length)).toBe('by the U.S.');
    const t = sentence('It was backed by the US.');
    expect(spanText(t, 3, t.tokens.length)).toBe('by the US');
  });
});
