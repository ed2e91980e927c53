/**
 * Rules added in extractor 1.20, from the misses of fresh blind batches 20a and 20b. Every sentence
 * here is invented (other states); each rule has a case where it must not fire.
 */
import { sigs } from './spec-signatures';
import { officeStyle } from './text/people';

describe('votes told by an elliptical clause', () => {
  const COUNCIL = 'The Security Council adopted the text on Friday by 12 votes. ';
  it('"A abstained, as did B": B voted the same way', () => {
    expect(sigs(`${COUNCIL}Gabon abstained, as did Ecuador.`, 'VoteAbstained')).toEqual(['VoteAbstained ECU', 'VoteAbstained GAB']);
  });
  it('"A voted against the draft, as did B and C": past the position\'s object, a list', () => {
    expect(sigs(`${COUNCIL}Brazil voted against the draft, as did Kenya and Ghana.`, 'VoteCast')).toEqual(['VoteCast BRA no', 'VoteCast GHA no', 'VoteCast KEN no']);
  });
  it('"A abstained, and so did B"', () => {
    expect(sigs(`${COUNCIL}Chile abstained, and so did Peru.`, 'VoteAbstained')).toEqual(['VoteAbstained CHL', 'VoteAbstained PER']);
  });
  it('not when the clause names no state, or repeats the voter ("as it did last year")', () => {
    expect(sigs(`${COUNCIL}Brazil abstained, as did many others in the region.`, 'VoteAbstained')).toEqual(['VoteAbstained BRA']);
    expect(sigs(`${COUNCIL}Chile abstained, as it did last year when Peru proposed a similar text.`, 'VoteAbstained')).toEqual(['VoteAbstained CHL']);
  });
  it('not across a clause break: "A abstained, while B voted no, as did C" gives C the nearer position', () => {
    expect(sigs(`${COUNCIL}Gabon abstained, while Brazil voted against it, as did Kenya.`, 'VoteAbstained')).toEqual(['VoteAbstained GAB']);
    expect(sigs(`${COUNCIL}Gabon abstained, while Brazil voted against it, as did Kenya.`, 'VoteCast')).toEqual(['VoteCast BRA no', 'VoteCast KEN no']);
  });
});

describe('a style of office that one state alone uses names the state (1.20.1)', () => {
  it('"External Affairs Minister" is India\'s foreign minister where the article writes no state beside him', () => {
    expect(officeStyle(['External', 'Affairs', 'Minister'])).toBe('IND');
    expect(officeStyle(['Foreign', 'Minister'])).toBeUndefined();
    expect(sigs('External Affairs Minister Ravi Menon held talks with his Peruvian counterpart in Lima on Monday.', 'MeetingHeld')).toEqual(['MeetingHeld IND-PER']);
    expect(sigs('External Affairs Minister Ravi Menon met Chilean Foreign Minister Ana Rojas in Santiago on Tuesday.', 'MeetingHeld')).toEqual(['MeetingHeld CHL-IND']);
  });
  it('a state written beside him wins, and he is no Indian where he faces India', () => {
    expect(sigs('Sri Lankan External Affairs Minister Ravi Menon met Peruvian Foreign Minister Ana Rojas in Lima on Monday.', 'MeetingHeld')).toEqual(['MeetingHeld LKA-PER']);
    expect(sigs('External Affairs Minister Ravi Menon met Indian Foreign Minister Arun Das in Delhi on Monday.', 'MeetingHeld')).toEqual([]);
  });
  it('a plain "Foreign Minister" of no written state gets no state from his title', () => {
    expect(sigs('Foreign Minister Ravi Menon met Chilean Foreign Minister Ana Rojas in Santiago on Tuesday.', 'MeetingHeld')).toEqual([]);
  });
});

describe('Ireland\'s offices, styled in Irish (1.20.2)', () => {
  it('the Taoiseach is Ireland\'s head of government, the Tánaiste his deputy', () => {
    expect(sigs('Taoiseach Sean Murphy met French President Anne Roux in Paris on Monday.', 'MeetingHeld')).toEqual(['MeetingHeld FRA-IRL']);
    expect(sigs('Tánaiste Niamh Walsh held talks with her Portuguese counterpart in Lisbon on Monday.', 'MeetingHeld')).toEqual(['MeetingHeld IRL-PRT']);
  });
});

describe('a relative clause that lists the object\'s members goes on with the object (1.20.2)', () => {
  it('"met counterparts that included A, B and C": one meeting with each', () => {
    const body = 'Chilean Foreign Minister Ana Rojas held bilateral meetings with counterparts that included Peru, Ghana and Kenya in New York on Monday.';
    expect(sigs(body, 'MeetingHeld')).toEqual(['MeetingHeld CHL-GHA', 'MeetingHeld CHL-KEN', 'MeetingHeld CHL-PER']);
  });
  it('any other relative clause still ends it', () => {
    const body = 'Chilean Foreign Minister Ana Rojas held talks with her Peruvian counterpart on Monday that angered Ghana and Kenya.';
    expect(sigs(body, 'MeetingHeld')).toEqual(['MeetingHeld CHL-PER']);
  });
});

describe('a style of office comes before inferences from offices and places (1.20.3)', () => {
  it('the heading\'s office of the partner state is not the style\'s holder\'s', () => {
    const title = 'Trade on the table as Menon sees Minister of Foreign Affairs of Peru';
    const body = 'In Geneva on Monday, External Affairs Minister Ravi Menon sat down for talks with Ana Rojas, Minister of Foreign Affairs of Peru.';
    expect(sigs(body, 'MeetingHeld', undefined, title)).toEqual(['MeetingHeld IND-PER']);
  });
});

describe('the style\'s short form (1.20.4)', () => {
  it('"EAM" is the External Affairs Minister', () => {
    expect(sigs('EAM Ravi Menon met his Peruvian counterpart Ana Rojas in Lima on Monday.', 'MeetingHeld')).toEqual(['MeetingHeld IND-PER']);
    expect(sigs('EAM S Ravi Menon held talks with Chilean Foreign Minister Ana Rojas in Santiago on Tuesday.', 'MeetingHeld')).toEqual(['MeetingHeld CHL-IND']);
  });
});

describe('"Secretary of State" before a name is the US office (1.20.5)', () => {
  it('the secretary and his deputies, where no state is written', () => {
    expect(sigs('Secretary of State John Carter met Peruvian Foreign Minister Ana Rojas in Lima on Monday.', 'MeetingHeld')).toEqual(['MeetingHeld PER-USA']);
    expect(sigs('Deputy Secretary of State John Carter held talks with his Chilean counterpart in Santiago on Tuesday.', 'MeetingHeld')).toEqual(['MeetingHeld CHL-USA']);
  });
  it('not a portfolio secretary of state ("… for Foreign Affairs"), nor the Holy See\'s cardinal', () => {
    expect(sigs('Secretary of State for Foreign Affairs John Carter met Peruvian Foreign Minister Ana Rojas in Lima on Monday.', 'MeetingHeld')).toEqual([]);
    expect(sigs('Secretary of State Cardinal Pietro Rossi met Peruvian Foreign Minister Ana Rojas in Rome on Monday.', 'MeetingHeld')).toEqual([]);
  });
});

describe('an event that is the object of a purpose infinitive is not yet held (1.20.6)', () => {
  it('"left for B to take part in the meeting", "arrived to participate in talks"', () => {
    expect(sigs('Peru\'s top diplomat flew from Lima to Chile on Sunday to take part in the annual Pacific Alliance meeting with his Chilean host.', 'MeetingHeld')).toEqual([]);
    expect(sigs('The Peruvian foreign minister arrived in Santiago to participate in talks with his Chilean counterpart.', 'MeetingHeld')).toEqual([]);
  });
  it('a meeting told beside the purpose, or one taken part in, is held', () => {
    expect(sigs('The Peruvian foreign minister came to Santiago to attend the summit and met his Chilean counterpart on Monday.', 'MeetingHeld')).toEqual(['MeetingHeld CHL-PER']);
    expect(sigs('The Peruvian foreign minister took part in a trilateral meeting with Chile and Bolivia in Lima on Monday.', 'MeetingHeld')).toEqual(['MeetingHeld BOL-CHL-PER']);
  });
});

describe('talks a traveller came for are still ahead (1.20.7)', () => {
  it('"arrived in B on Thursday for talks with …" is a visit, not yet a meeting', () => {
    const body = 'Chilean Foreign Minister Ana Rojas arrived in Lima on Thursday for talks with her Peruvian counterpart.';
    expect(sigs(body, 'VisitMade')).toEqual(['VisitMade CHL>PER']);
    expect(sigs(body, 'MeetingHeld')).toEqual([]);
  });
  it('only a verb of travel makes the talks a purpose ("heads of state" is a noun; 1.20.10)', () => {
    expect(sigs('On Monday the Peruvian and Chilean heads of state sat down for talks on trade in Lima.', 'MeetingHeld')).toEqual(['MeetingHeld CHL-PER']);
  });
  it('talks told as held after an arrival are held', () => {
    expect(sigs('Chilean Foreign Minister Ana Rojas arrived in Lima on Thursday and held talks with her Peruvian counterpart.', 'MeetingHeld')).toEqual(['MeetingHeld CHL-PER']);
  });
});

describe('talks being prepared have not begun (1.20.8)', () => {
  it('"the talks between A and B are being organised", "talks in Lima are expected to open"', () => {
    expect(sigs('The talks between Peru and Chile are being organised by Brazil, officials said.', 'MeetingHeld')).toEqual([]);
    expect(sigs('Talks in Lima between Peru and Chile are expected to open on Friday.', 'MeetingHeld')).toEqual([]);
  });
  it('talks told as held or ended are held', () => {
    expect(sigs('The talks between Peru and Chile were held in Lima on Monday.', 'MeetingHeld')).toEqual(['MeetingHeld CHL-PER']);
    expect(sigs('Talks in Lima between Peru and Chile ended on Monday.', 'MeetingHeld')).toEqual(['MeetingHeld CHL-PER']);
  });
});

describe('the gathering a meeting was held beside is its setting (1.20.9)', () => {
  it('"On the sidelines of the summit, A held bilateral meetings with the leaders of B, C and D": one meeting with each', () => {
    const body = 'On the sidelines of the summit, Chilean President Ana Rojas held bilateral meetings with the leaders of Brazil, Peru and Ghana.';
    expect(sigs(body, 'MeetingHeld')).toEqual(['MeetingHeld BRA-CHL', 'MeetingHeld CHL-GHA', 'MeetingHeld CHL-PER']);
  });
});
