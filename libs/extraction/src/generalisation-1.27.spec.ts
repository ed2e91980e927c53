/**
 * Rules added in extractor 1.27 (docs/extraction.md, round 27). Every sentence here is invented;
 * each rule has a case where it must not fire.
 */
import { EXTRACTOR, extractFacts } from '.';
import { atLeast, sigs } from './spec-signatures';
import { findMentions } from './text/mentions';
import { findOfficials } from './text/people';
import { tokenize } from './text/tokens';

describe('extractor version', () => {
  it('is 1.27.11 or later', () => expect(atLeast(EXTRACTOR.version, '1.27.11')).toBe(true));
});

describe('a body of one state receives a donation for its state (1.27.0)', () => {
  it('"Chilean health authorities received a donation of medicines from Norway"', () => {
    expect(sigs('Chilean health authorities received a donation of medicines from Norway on Monday.')).toEqual(['AidPledged NOR>CHL']);
  });
  it('a coordinated subject, and a language named in brackets, change nothing', () => {
    expect(
      sigs('Officials of the Chilean ministry of health and the Chilean Red Cross (CRC by its Spanish acronym) received in Santiago a donation from the Kingdom of Norway.'),
    ).toEqual(['AidPledged NOR>CHL']);
  });
  it('not when the subject names two states, nor for a delegation received', () => {
    expect(sigs('Chilean and Peruvian authorities received a donation of medicines from Norway.', 'AidPledged')).toEqual([]);
    expect(sigs('The Chilean ministry received a delegation from Norway.', 'AidPledged')).toEqual([]);
  });
});

describe('"told X that <state> must …" is an appeal to that state (1.27.1)', () => {
  const met = 'Norwegian Foreign Minister Espen Lund met Chilean Foreign Minister Ana Soto in Oslo on Friday.';
  it('told his counterpart, told him, told the official', () => {
    for (const demand of [
      'Lund told his Chilean counterpart that Chile must release the detained fishermen.',
      'Lund told her that Chile should release the detained fishermen.',
      'Lund told Soto that Chile had to release the detained fishermen.',
    ]) {
      expect(sigs(`${met} ${demand}`, 'AppealMade')).toEqual(['AppealMade NOR>CHL']);
    }
  });
  it('the demand is what follows the modal, without a dangling conjunction', () => {
    const [appeal] = extractFacts({
      title: '',
      body: `${met} Lund told Soto that Chile must honour the fishing deal and that the world was watching.`,
      publishedAt: '2024-06-14',
    }).filter((f) => f.type === 'AppealMade');
    expect(appeal).toMatchObject({ from: 'NOR', to: 'CHL', about: 'honour the fishing deal' });
  });
  it('not "told reporters", not a fact told, not a plan', () => {
    for (const other of [
      'Lund told reporters that Chile must release the detained fishermen.',
      'Lund told Soto that Chile has released the detained fishermen.',
      'Lund will tell Soto that Chile must release the detained fishermen.',
    ]) {
      expect(sigs(`${met} ${other}`, 'AppealMade')).toEqual([]);
    }
  });
});

describe('sentences that open on the list\'s plural keep it current (1.27.2)', () => {
  const list = 'Foreign ministers of Chile, Peru and Norway expressed concern on Monday over the fighting.';
  const middle = 'They reaffirmed their commitment to peace. The ministers also voiced concern over the blockade. They stressed the need for aid.';
  it('"They urged Iran to …" four sentences after the list is the listed states\' appeal', () => {
    expect(sigs(`${list} ${middle} They urged Iran to resume negotiations.`, 'AppealMade')).toEqual(['AppealMade CHL>IRN', 'AppealMade NOR>IRN', 'AppealMade PER>IRN']);
  });
  it('not when the sentences between open on someone else', () => {
    const other = 'Officials in Oslo gave no details. Reporters were not allowed in. The talks went on late.';
    expect(sigs(`${list} ${other} They urged Iran to resume negotiations.`, 'AppealMade')).toEqual([]);
  });
});

describe('a speaker of parliament is an official of his state (1.27.3)', () => {
  it('"Chilean Speaker X visited Peru", "Chilean Speaker X met Peruvian President Y"', () => {
    expect(sigs('Chilean Speaker Rosa Campos visited Peru on Monday.')).toEqual(['VisitMade CHL>PER']);
    expect(sigs('Chilean Speaker Rosa Campos met Peruvian President Jorge Vega in Lima on Monday.', 'MeetingHeld')).toEqual(['MeetingHeld CHL-PER']);
  });
  it('a possessive right after the state names an institution, not a person', () => {
    const t = tokenize("A delegation led by the Speaker of Chile People's Assembly Rosa Campos arrived.");
    expect(findOfficials(t, findMentions(t)).officials.map((o) => o.name)).not.toContain('People');
    const u = tokenize("President of Chile Campos's visit ended.");
    expect(findOfficials(u, findMentions(u)).officials.map((o) => o.name)).toEqual(['Campos']);
  });
  it('not a speaker at a conference', () => {
    expect(sigs('The keynote speaker at the conference in Lima was Rosa Campos.')).toEqual([]);
  });
});

describe('"Un" at the end of a name is no body; gifts arriving at an airport are the city\'s state\'s (1.27.4)', () => {
  it('"North Korean leader Kim Jong Un held talks with …" is a meeting; "the UN held talks" is still a body\'s', () => {
    expect(sigs('North Korean leader Kim Jong Un held talks with Chilean President Ana Soto in Pyongyang on Tuesday.')).toEqual(['MeetingHeld CHL-PRK']);
    expect(sigs('The UN Security Council held talks on Chile and Peru on Tuesday.', 'MeetingHeld')).toEqual([]);
  });
  it('"donated by the Norwegian Government arrived at the International Airport in Lima"', () => {
    expect(sigs('Tents donated by the Norwegian Government arrived at the International Airport in Lima late on Monday.')).toEqual(['AidPledged NOR>PER']);
  });
  it('not goods bought, and "Ha Noi" is Viet Nam\'s capital', () => {
    expect(sigs('Tents bought from Norway arrived at the International Airport in Lima late on Monday.', 'AidPledged')).toEqual([]);
    expect(sigs('Relief supplies donated by Japan arrived in Ha Noi on Monday.')).toEqual(['AidPledged JPN>VNM']);
  });
});

describe('a meeting named with its parties and told ahead is no meeting (1.27.6)', () => {
  it('"The meeting of the foreign ministers of A and B will be held …"', () => {
    expect(sigs('The meeting of the foreign ministers of Chile and Peru will be held in Lima on 7 June.', 'MeetingHeld')).toEqual([]);
  });
  it('"… with the ministers of A, B and C is scheduled for Saturday": the list\'s commas stay in the phrase', () => {
    expect(sigs('The first meeting in three years with the foreign ministers of Chile, Peru and Bolivia is scheduled for Saturday in Lima.', 'MeetingHeld')).toEqual([]);
  });
  it('"In the next round of talks, <a titled name of several parts> is set to speak with …"', () => {
    expect(
      sigs('In the seventh round of talks, Chilean Minister Ana Soto-Vega is set to speak with her Peruvian and Bolivian counterparts Luis Paz and Eva Rios, respectively.', 'MeetingHeld'),
    ).toEqual([]);
  });
  it('the same meetings told as held are meetings', () => {
    expect(sigs('The meeting of the foreign ministers of Chile and Peru was held in Lima on 7 June.', 'MeetingHeld')).toEqual(['MeetingHeld CHL-PER']);
    expect(sigs('The first meeting in three years with the foreign ministers of Chile, Peru and Bolivia took place on Saturday in Lima.', 'MeetingHeld')).toEqual(['MeetingHeld BOL-CHL-PER']);
  });
});

describe('relative days count from the dateline\'s day when it is a day or two after the page\'s date (1.27.6)', () => {
  const dated = (body: string, publishedAt: string) =>
    extractFacts({ title: '', body, publishedAt }).filter((f) => f.type === 'MeetingHeld').map((f) => (f as { date?: string }).date);
  const body = (day: string) => `Quito, ${day} (AFP) Ecuadorian President Ana Soto held talks with Peruvian President Luis Paz here on Saturday.`;
  it('"Quito, Oct 20 (AFP) … on Saturday" in a page dated Friday the 19th is Saturday the 20th', () => {
    expect(dated(body('Oct 20'), '2018-10-19')).toEqual(['2018-10-20']);
  });
  it('not a dateline day before the page\'s date, nor one far after it', () => {
    expect(dated(body('Oct 18'), '2018-10-19')).toEqual(['2018-10-13']);
    expect(dated(body('Oct 26'), '2018-10-19')).toEqual(['2018-10-13']);
  });
});

describe('an envoy\'s remit is no party (1.27.7)', () => {
  it('"met X, the Special Envoy of the United Nations Secretary-General for Chile"', () => {
    expect(sigs('Peruvian Foreign Minister Luis Paz met Ana Soto, the Special Envoy of the United Nations Secretary-General for Chile.', 'MeetingHeld')).toEqual([]);
  });
  it('"the US Special Envoy for Chile": the envoy\'s own state is the party', () => {
    expect(sigs('Peruvian Foreign Minister Luis Paz met the US Special Envoy for Chile Ana Soto.', 'MeetingHeld')).toEqual(['MeetingHeld PER-USA']);
  });
  it('a state\'s own envoy, and a state named after "for" elsewhere, are unchanged', () => {
    expect(sigs('Peruvian Foreign Minister Luis Paz met the Chilean envoy in Lima.', 'MeetingHeld')).toEqual(['MeetingHeld CHL-PER']);
  });
});

describe('a pledge still to be made is no pledge (1.27.8)', () => {
  it('"said it will pledge $N" is a plan; "said it will provide $N" and "pledged $N" are pledges', () => {
    expect(sigs('Ahead of the conference, the Norwegian government said it will pledge $27 million in new aid for Chile.', 'AidPledged')).toEqual([]);
    expect(sigs('The Norwegian government said it will provide $27 million in new aid for Chile.', 'AidPledged')).toEqual(['AidPledged NOR>CHL']);
    expect(sigs('Norway pledged $27 million in new aid for Chile.', 'AidPledged')).toEqual(['AidPledged NOR>CHL']);
  });
});

describe('the state an envoy is accredited to is not the one he travels for (1.27.9)', () => {
  it('"US Ambassador to Peru Ana Soto visited Chile", "The US Ambassador to Peru visited Chile"', () => {
    expect(sigs('US Ambassador to Peru Ana Soto visited Chile on Thursday.', 'VisitMade')).toEqual(['VisitMade USA>CHL']);
    expect(sigs('The US Ambassador to Peru visited Chile on Thursday.', 'VisitMade')).toEqual(['VisitMade USA>CHL']);
  });
  it('a minister still visits for his own state', () => {
    expect(sigs('Peruvian President Luis Paz visited Chile on Thursday.', 'VisitMade')).toEqual(['VisitMade PER>CHL']);
  });
});

describe('"abstained from voting including A, B" lists the abstainers; a hyphened number counts whole (1.27.10)', () => {
  const body = 'The UN General Assembly rejected the draft, with 86 nations voting in favour and 57 against. Thirty-three countries abstained from voting including Chile, Peru and Norway.';
  it('each listed state abstained', () => {
    expect(sigs(body, 'VoteAbstained')).toEqual(['VoteAbstained CHL', 'VoteAbstained NOR', 'VoteAbstained PER']);
  });
  it('"Thirty-three" is 33 in the tally', () => {
    const [vote] = extractFacts({ title: '', body, publishedAt: '2024-06-14' }).filter((f) => f.type === 'VoteAbstained');
    expect((vote as { tally?: { abstain?: number } }).tally?.abstain).toBe(33);
  });
  it('a later position still owns its own list', () => {
    expect(sigs('In the UN General Assembly 100 voted in favour of the resolution, 12 voted against including Chile and Peru.', 'VoteCast')).toEqual(['VoteCast CHL no', 'VoteCast PER no']);
  });
});

describe('voters listed with a counted group; an owner or an agent is no voter (1.27.11)', () => {
  it('"A, B, and 11 other council members abstained"', () => {
    expect(sigs('Chile, Peru, and 11 other council members abstained in the UN Security Council vote on Wednesday.', 'VoteAbstained')).toEqual(['VoteAbstained CHL', 'VoteAbstained PER']);
  });
  it('"a resolution tabled by Norway, A, B, and 11 other members abstained": the agent is no voter', () => {
    expect(
      sigs('While the UN Security Council turned down a resolution tabled by Norway, Chile, Peru, and 11 other council members abstained from voting.', 'VoteAbstained'),
    ).toEqual(['VoteAbstained CHL', 'VoteAbstained PER']);
  });
  it('"13 members abstained from Norway\'s resolution": the owner is no voter; "came from A, B" still lists', () => {
    expect(sigs("Thirteen members of the UN Security Council abstained from Norway's resolution on Wednesday.", 'VoteAbstained')).toEqual([]);
    expect(sigs('The twelve abstentions in the UN General Assembly came from Chile, Peru and Norway.', 'VoteAbstained')).toEqual(['VoteAbstained CHL', 'VoteAbstained NOR', 'VoteAbstained PER']);
  });
});
