/**
 * Rules added in extractor 1.19, from the misses of fresh blind batches 19a–19c. Every sentence
 * here is invented (other states, invented names); each rule has a case where it must not fire.
 */
import { analyse } from './analysis';
import { guestStates } from './officials';
import { datelineEnd } from './roles';
import { facts, PUB, sigs } from './spec-signatures';
import { findMentions } from './text/mentions';
import { tokenize } from './text/tokens';

const of = (body: string, type: string, publishedAt = PUB) => facts(body, publishedAt).filter((f) => f.type === type);
const home = (body: string, name: string) => analyse({ body, publishedAt: PUB }).officials.find((o) => o.name === name)?.country ?? null;

describe('dates: a day only where the article gives one', () => {
  it('an undated fact is dated by the month of publication; a written day stays', () => {
    expect(of('Chile and Peru signed a memorandum of understanding on fisheries.', 'AgreementSigned').map((f) => f.date)).toEqual(['2024-06']);
    expect(of('Chile and Peru signed a memorandum of understanding on fisheries on Tuesday.', 'AgreementSigned').map((f) => f.date)).toEqual(['2024-06-11']);
  });
  it('a dateline split off as its own sentence is the day of the report, not of the story', () => {
    const body = 'LIMA, June 12. Chile and Peru signed a memorandum of understanding on fisheries.';
    expect(of(body, 'AgreementSigned').map((f) => f.date)).toEqual(['2024-06']);
    // A lower-case word makes it a sentence of the story.
    const told = 'On June 12, Chile and Peru signed a memorandum of understanding on fisheries.';
    expect(of(told, 'AgreementSigned').map((f) => f.date)).toEqual(['2024-06-12']);
  });
});

describe('officials of no written state', () => {
  it('"Indian officials said": a state\'s own side named by its demonym is evidence of home', () => {
    const body = 'Prime Minister Ravi Kumar held talks with Peruvian President Ana Rojas in Lima on Monday. Indian officials said the talks covered trade.';
    expect(home(body, 'Ravi Kumar')).toBe('IND');
    expect(sigs(body, 'MeetingHeld')).toEqual(['MeetingHeld IND-PER']);
    // The side he faces is no evidence of his own state.
    expect(home(body.replace('Indian officials', 'Peruvian officials'), 'Ravi Kumar')).toBeNull();
  });
  it('one state named once, away from the official, when no other competes and he met a foreign side', () => {
    const body = 'Prime Minister Ravi Kumar held talks with Peruvian President Ana Rojas on Monday.\n\nLima welcomes a bigger role by India in the region.';
    expect(home(body, 'Ravi Kumar')).toBe('IND');
    // Named in his own sentence, the state is what they talked about.
    expect(home('Prime Minister Ravi Kumar held talks with Peruvian President Ana Rojas on Monday about the role of India.', 'Ravi Kumar')).toBeNull();
    // Two states named once each: neither.
    expect(home(body.replace('by India', 'by India and Kenya'), 'Ravi Kumar')).toBeNull();
  });
  it('"X and Lavrov agreed … between Russia and India": the pair in his sentence gives him the other state', () => {
    const body = 'Foreign Minister Ravi Kumar met his Russian counterpart Oleg Petrov in Geneva on Monday. Kumar and Petrov agreed to keep coordinating between Russia and India in the key formats.';
    expect(home(body, 'Ravi Kumar')).toBe('IND');
    expect(home(body.replace(' between Russia and India', ''), 'Ravi Kumar')).toBeNull();
    // It goes before states counted elsewhere in the article.
    expect(home(`${body} They also discussed the Ukraine settlement and the Ukraine talks.`, 'Ravi Kumar')).toBe('IND');
  });
  it('"Besides A and B, the group\'s remaining members …": a list, not the dyad of the article', () => {
    const body = 'Prime Minister Tom Hale met German Chancellor Eva Brandt on Monday. Besides Germany and Chile, the members of the group are Peru and Kenya.';
    expect(home(body, 'Tom Hale')).toBeNull();
    expect(home(body.replace('Besides Germany and Chile, the members of the group are Peru and Kenya.', 'Relations between Germany and Chile are warm.'), 'Tom Hale')).toBe('CHL');
  });
  it('"with her counterparts from A, B and C": every state of the list is a side, none his home', () => {
    const raw = (text: string) => {
      const tokens = tokenize(text);
      return { s: null, index: 0, tokens, mentions: findMentions(tokens), words: new Set(tokens.map((t) => t.lower)) } as unknown as Parameters<typeof guestStates>[0];
    };
    expect(guestStates(raw('Kumar had talks with her counterparts from Peru, Trinidad and Tobago, and Nepal.'))).toEqual(['PER', 'TTO', 'NPL']);
    expect(guestStates(raw('Kumar, whose counterparts from Peru and Nepal stayed away, spoke.'))).toEqual([]);
  });
  it('"in Harbin, northeast China": the place of the talks is no evidence of home', () => {
    const body = 'Foreign Minister K Lal and his Turkish counterpart Ali Demir met in Harbin, northeast China, for two hours.\n\nThe meeting marks a thaw, said a statement issued by India.';
    expect(home(body, 'K Lal')).toBe('IND');
  });
  it('a story filed from a gathering: its dateline is not the home of who met there', () => {
    const body = 'TOKYO (PTI) – Foreign Minister Ravi Kumar met his Russian counterpart Oleg Petrov on the sidelines of a regional forum.';
    expect(home(body, 'Ravi Kumar')).toBeNull();
    // Without a gathering, the city of the dateline is where the host received his guest.
    expect(home('TOKYO (PTI) – Foreign Minister Ravi Kumar met his Russian counterpart Oleg Petrov.', 'Ravi Kumar')).toBe('JPN');
  });
  it('"S. Kumar": an initial opens the name', () => {
    const names = analyse({ body: 'External Affairs Minister S. Kumar met Peruvian President Ana Rojas.', publishedAt: PUB }).officials.map((o) => o.name);
    expect(names).toContain('S. Kumar');
    expect(names).not.toContain('S');
  });
});

describe('votes', () => {
  it('"include EU and NATO countries, as well as A and B": blocs before their members\' noun, then the named voters', () => {
    const body = 'The UN General Assembly adopted the resolution on Tuesday. The 90 countries voting in favour include EU and NATO countries, as well as Chile and Peru.';
    expect(sigs(body)).toEqual(['VoteCast CHL yes', 'VoteCast PER yes']);
    expect(sigs(body.replace('as well as Chile and Peru', 'as well as the African Union'))).toEqual([]);
  });
});

describe('appeals to "both sides"', () => {
  it('"called on both sides to …": the two states the nearest sentence names, besides the sender', () => {
    const body = 'Tensions between Chile and Peru rose after a border clash on Monday. Brazil called on both sides to exercise restraint.';
    expect(sigs(body, 'AppealMade')).toEqual(['AppealMade BRA>CHL', 'AppealMade BRA>PER']);
    // "the two countries" too.
    expect(sigs('Trade between Chile and Peru fell. Brazil urged the two countries to cut tariffs.', 'AppealMade')).toEqual(['AppealMade BRA>CHL', 'AppealMade BRA>PER']);
    // Three states in the nearest sentence: which two is not known.
    expect(sigs('Chile, Peru and Bolivia traded accusations on Monday. Brazil called on both sides to exercise restraint.', 'AppealMade')).toEqual([]);
    // A planned appeal is none.
    expect(sigs('Tensions between Chile and Peru rose on Monday. Brazil will call on both sides to exercise restraint.', 'AppealMade')).toEqual([]);
  });
});

describe('aid', () => {
  it('"A and B each pledged $X", "… $X each": every coordinated donor gives the amount', () => {
    expect(sigs('Norway and Denmark each pledged $20 million to Malawi on Wednesday.', 'AidPledged')).toEqual(['AidPledged DNK>MWI', 'AidPledged NOR>MWI']);
    expect(sigs('Norway and Denmark pledged $20 million each to Malawi on Wednesday.', 'AidPledged')).toEqual(['AidPledged DNK>MWI', 'AidPledged NOR>MWI']);
    // Without "each", the sum may be joint: only the nearest donor is read, as before.
    expect(sigs('Norway and Denmark pledged $20 million to Malawi on Wednesday.', 'AidPledged')).toEqual(['AidPledged DNK>MWI']);
  });
  it('"sent a search and rescue team", "is sending rescue workers": people sent to help are aid in kind', () => {
    expect(sigs('Chile sent a search and rescue team to Ecuador after the floods.', 'AidPledged')).toEqual(['AidPledged CHL>ECU']);
    expect(sigs('Norway is sending a group of medical workers to Malawi.', 'AidPledged')).toEqual(['AidPledged NOR>MWI']);
    // A team sent for talks is no aid.
    expect(sigs('Chile sent a team to Ecuador for the border talks.', 'AidPledged')).toEqual([]);
  });
});

describe('votes: lists after a dash, positions in quotation marks', () => {
  it('"N countries joined A in voting against it - B, C and D": the counted subject listed after the dash', () => {
    const body = 'The UN General Assembly adopted the text on Tuesday. Only three states joined Iran in voting against it - Cuba, Laos and Eritrea.';
    expect(sigs(body)).toEqual(['VoteCast CUB no', 'VoteCast ERI no', 'VoteCast IRN no', 'VoteCast LAO no']);
    // A dash before words that are no list adds nobody.
    expect(sigs('The UN General Assembly adopted the text on Tuesday. Three states joined Iran in voting against it - a rare sight.')).toEqual(['VoteCast IRN no']);
  });
  it('\'A and B "abstained"\': the position in quotation marks', () => {
    expect(sigs('The UN General Assembly adopted the text on Tuesday. Chile and Peru "abstained" this time.')).toEqual(['VoteAbstained CHL', 'VoteAbstained PER']);
    expect(sigs('The UN General Assembly adopted the text on Tuesday. Chile and Peru said they "abstained" in spirit only.')).toEqual([]);
  });
});

describe('one person under a bare surname and a full name', () => {
  it('"President Lopez" in a heading is the "Chilean President Ana Lopez" of the story', () => {
    const body = 'President Lopez and President Vera\n\nChilean President Ana Lopez held talks with her Peruvian counterpart Juan Vera in Lima on Monday.';
    const names = analyse({ body, publishedAt: PUB }).officials.map((o) => o.name);
    expect(names).toContain('Ana Lopez');
    expect(names).not.toContain('Lopez');
    // Another office under the same surname is another person.
    const other = analyse({ body: 'Minister Lopez spoke.\n\nChilean President Ana Lopez held talks with her Peruvian counterpart Juan Vera in Lima on Monday.', publishedAt: PUB }).officials.map((o) => o.name);
    expect(other).toContain('Lopez');
  });
});

describe('meetings announced or scheduled are not held', () => {
  it('"announced on Monday a meeting with X", "the confirmed meeting with X", "a planned meeting"', () => {
    expect(sigs('Chilean President Ana Lopez announced on Monday a meeting with Peruvian President Juan Vera.', 'MeetingHeld')).toEqual([]);
    expect(sigs('Chilean President Ana Lopez spoke of the confirmed meeting with Peruvian President Juan Vera.', 'MeetingHeld')).toEqual([]);
    expect(sigs('Chilean President Ana Lopez held a meeting with Peruvian President Juan Vera on Monday.', 'MeetingHeld')).toEqual(['MeetingHeld CHL-PER']);
  });
});

describe('votes: a full breakdown in bulleted lines', () => {
  const body = [
    'The UN General Assembly adopted the resolution on Tuesday. Peru had earlier abstained on a draft at the UN Security Council.',
    'How each country voted',
    'Against:\n- Cuba\n- Laos',
    'Abstained:\n- Chile\n- Kenya',
    'Did not vote:\n- Nepal',
    'Notes:\n- Ghana sent no delegate',
  ].join('\n\n');
  it('one vote per bulleted state under a heading naming the position, in the body of the article\'s vote', () => {
    expect(sigs(body).filter((x) => !x.includes('PER'))).toEqual(['VoteAbstained CHL', 'VoteAbstained KEN', 'VoteCast CUB no', 'VoteCast LAO no']);
    expect(facts(body).filter((f) => (f.type === 'VoteCast' || f.type === 'VoteAbstained') && f.country !== 'PER').every((f) => 'body' in f && f.body === 'UNGA')).toBe(true);
  });
});

describe('dates: datelines closed by a colon, days inside quotations, undated facts in merging', () => {
  it('"City [Country], Month Day (AGENCY): …" is a dateline whose day is the report\'s', () => {
    const dl = (x: string) => datelineEnd(tokenize(x));
    expect(dl('Lima [Peru], June 12 (EFE): Chile and Peru signed a deal.')).toBe(11);
    expect(dl('Lima [Peru], June 12 : Chile and Peru signed a deal.')).toBe(8);
    // Without a date a colon closes a place, as before; a colon in running text closes nothing.
    expect(dl('Lima: Chile and Peru signed a deal.')).toBe(1);
    expect(dl('The deal covers three areas: Trade, Fisheries and Energy.')).toBe(0);
    expect(of('Lima [Peru], June 12 (EFE): Chile and Peru signed a memorandum of understanding on fisheries.', 'AgreementSigned').map((f) => f.date)).toEqual(['2024-06']);
  });
  it('a day inside a quotation is the speaker\'s, not the story\'s', () => {
    const body = 'Chilean Foreign Minister Ana Soto held talks with her Peruvian counterpart Luis Vera in Lima.\n\n"Lima looked lovely this afternoon," Soto posted.';
    expect(of(body, 'MeetingHeld').map((f) => f.date)).toEqual(['2024-06']);
    const told = 'Chilean Foreign Minister Ana Soto held talks with her Peruvian counterpart Luis Vera in Lima.\n\nSoto said on Thursday that the talks went well.';
    expect(of(told, 'MeetingHeld').map((f) => f.date)).toEqual(['2024-06-13']);
  });
});

describe('votes: an apposition between the voters and the position', () => {
  it('"A, a close ally of B, vetoed", "A and B, two permanent members, voted no": the voters, not what the apposition names', () => {
    expect(sigs('The UN Security Council voted on the draft on Tuesday. Brazil, a close partner of Chile, vetoed the text.')).toEqual(['VoteCast BRA no']);
    expect(sigs('The UN Security Council voted on the draft on Tuesday. Ghana and Kenya, two elected members, voted against it.')).toEqual(['VoteCast GHA no', 'VoteCast KEN no']);
    // "vetoed by permanent member A": a member noun between "by" and the voter.
    expect(sigs('The UN Security Council voted on the draft on Tuesday. The draft failed, vetoed by permanent member Brazil.')).toEqual(['VoteCast BRA no']);
    expect(sigs('The UN Security Council voted on the draft on Tuesday. The draft failed, vetoed by the member of parliament.')).toEqual([]);
    // A list of voters with a serial comma is no apposition.
    expect(sigs('The UN Security Council voted on the draft on Tuesday. Ghana, Kenya, and Chile abstained.')).toEqual(['VoteAbstained CHL', 'VoteAbstained GHA', 'VoteAbstained KEN']);
  });
});

describe('a clause of cause is told as fact', () => {
  it('"The draft was rejected because A vetoed it": the main clause\'s words do not reach into "because"', () => {
    expect(sigs('The UN Security Council voted on the draft on Tuesday. The text was rejected because Brazil vetoed it.')).toEqual(['VoteCast BRA no']);
    // What the clause itself denies stays denied.
    expect(sigs('Chile stayed away because Peru has not signed the accord with Bolivia.', 'AgreementSigned')).toEqual([]);
  });
});

describe('votes: a counted group listed in brackets', () => {
  it('"Four members (A, B, C and D) voted no": the states in the brackets', () => {
    const body = 'The UN General Assembly adopted the text on Tuesday. Four members (Chile, Ghana, Nepal and Peru) voted no, and 20 abstained.';
    expect(sigs(body)).toEqual(['VoteCast CHL no', 'VoteCast GHA no', 'VoteCast NPL no', 'VoteCast PER no']);
    // Brackets that hold no list of states name no voters.
    expect(sigs('The UN General Assembly adopted the text on Tuesday. Four members (all of them small) voted no.')).toEqual([]);
  });
});
