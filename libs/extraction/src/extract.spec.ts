/**
 * Behaviour of the whole extractor on hand-written sentences (not from the corpus): each case
 * states what a reader would code, by type and countries.
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

describe('extractFacts: meetings and visits', () => {
  it.each([
    ['French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Tuesday.', ['MeetingHeld DEU-FRA']],
    ['Indian Prime Minister Narendra Modi held talks with his Australian counterpart in Canberra.', ['MeetingHeld AUS-IND']],
    ['Kenya and Ethiopia held talks on Monday on the border dispute.', ['MeetingHeld ETH-KEN']],
    ['Egyptian Foreign Minister Sameh Shoukry arrived in Ankara on Thursday for a two-day visit.', ['VisitMade EGY>TUR']],
    ['Brazilian President Lula visited China and Vietnam last month.', ['VisitMade BRA>CHN', 'VisitMade BRA>VNM']],
    ['The Mongolian ambassador paid a courtesy call on Japanese Foreign Minister Yoshimasa Hayashi on Tuesday.', ['MeetingHeld JPN-MNG']],
    ['Chinese Vice Premier He Lifeng met Pakistani officials during a visit by He Lifeng to Islamabad.', ['MeetingHeld CHN-PAK', 'VisitMade CHN>PAK']],
  ])('%s', (body, expected) => {
    expect(sigs(body)).toEqual([...expected].sort());
  });

  it('reads the date and place of a meeting', () => {
    const [m] = facts('French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Tuesday.');
    expect(m).toMatchObject({ type: 'MeetingHeld', date: '2024-06-11', location: { city: 'Berlin', country: 'DEU' } });
  });

  it.each([
    'Macron will meet Scholz in Berlin next week.',
    'French President Emmanuel Macron could meet German Chancellor Olaf Scholz in Berlin.',
    'The Kremlin ruled out a meeting between Russia and Ukraine.',
    'Kenya denied that its officials had held talks with Ethiopia.',
    'French President Emmanuel Macron spoke with German Chancellor Olaf Scholz in a phone call on Tuesday.',
    'Japan is expected to host talks with China next month.',
    'Egyptian Foreign Minister Sameh Shoukry will not visit Turkey this year.',
    'Egyptian Foreign Minister Sameh Shoukry plans to travel to Ankara.',
    'Japan and Mongolia agreed to hold talks on energy next year.',
    'Japanese Foreign Minister Yoshimasa Hayashi held a phone call with his Mongolian counterpart on Tuesday.',
    'The Turkish foreign ministry welcomed the proposal by Brazil for new talks with Argentina.',
  ])('finds nothing in the unreal: %s', (body) => {
    expect(facts(body)).toEqual([]);
  });
});

describe('extractFacts: agreements, aid, appeals and cooperation', () => {
  it('codes an aid agreement as AgreementSigned and AidPledged with the implied currency', () => {
    const out = facts('Germany and Kenya signed an agreement on Monday for 50 million in German aid for water projects.');
    expect(out.map(sig).sort()).toEqual(['AgreementSigned DEU-KEN', 'AidPledged DEU>KEN']);
    const agreement = out.find((f) => f.type === 'AgreementSigned');
    expect(agreement).toMatchObject({ date: '2024-06-10', value: { amount: 50_000_000, currency: 'EUR' } });
  });

  it('does not code a negated signing', () => {
    expect(facts('Germany and Kenya did not sign the agreement on Monday.')).toEqual([]);
  });

  it('reads pledges with their amounts', () => {
    expect(sigs('At a donor conference for Sudan, Saudi Arabia pledged $100 million and Qatar pledged $50 million.')).toEqual(['AidPledged QAT>SDN', 'AidPledged SAU>SDN']);
  });

  it('reads "called for X to …" as an appeal, and since 1.29.6 "called for talks between A and B" too', () => {
    expect(sigs('The Turkish foreign ministry called for Israel to halt its operations.')).toEqual(['AppealMade TUR>ISR']);
    // (An appeal to both to negotiate, CAMEO 026; round 29's annotators code it so: 1.29.6.)
    expect(sigs('The Turkish foreign ministry called for talks between Israel and Egypt.')).toEqual(['AppealMade TUR>EGY', 'AppealMade TUR>ISR']);
    expect(facts('The Turkish foreign ministry called for talks on the border.')).toEqual([]);
  });

  it('reads an appeal and marks hedging', () => {
    const [a] = facts('Indian Foreign Minister S. Jaishankar reportedly urged Nepal to reopen the border crossing.');
    expect(a).toMatchObject({ type: 'AppealMade', from: 'IND', to: 'NPL', modality: 'hedged' });
  });

  it('reads agreed cooperation', () => {
    expect(sigs('Vietnam and the Philippines agreed to strengthen maritime cooperation.')).toEqual(['CooperationAgreed PHL-VNM']);
  });

  it('does not code a sports contract as an agreement between countries', () => {
    expect(facts('The Brazilian striker signed a new contract with the Italian club on Saturday.')).toEqual([]);
  });
});

describe('extractFacts: votes', () => {
  it('codes named countries in an international body, not counts', () => {
    const body =
      'The UN General Assembly adopted a resolution on Gaza on Tuesday. The text passed with 120 votes in favour. Israel and the United States voted against it, while India, Ukraine and Canada abstained.';
    expect(sigs(body)).toEqual(['VoteAbstained CAN', 'VoteAbstained IND', 'VoteAbstained UKR', 'VoteCast(no) ISR', 'VoteCast(no) USA']);
    const v = facts(body).find((f) => f.type === 'VoteAbstained');
    expect(v).toMatchObject({ body: 'UNGA', date: '2024-06-11' });
  });

  it.each([
    ['The Security Council adopted the resolution by 13 votes in favour to none against, with two abstentions (China, Russia).', ['VoteAbstained CHN', 'VoteAbstained RUS']],
    ['The UN General Assembly voted on Tuesday. Hungary and Israel were the only two countries to vote against, while Brazil was among the 12 countries that abstained.', ['VoteAbstained BRA', 'VoteCast(no) HUN', 'VoteCast(no) ISR']],
    ['NEW DELHI: India on Thursday abstained in the UN General Assembly on a resolution on Ukraine.', ['VoteAbstained IND']],
    ['The UN General Assembly adopted the resolution. Among those abstaining were China, India and South Africa.', ['VoteAbstained CHN', 'VoteAbstained IND', 'VoteAbstained ZAF']],
    ['The UN General Assembly adopted the text. Countries voting against included Russia and Belarus.', ['VoteCast(no) BLR', 'VoteCast(no) RUS']],
    ['Russia vetoed a U.N. Security Council resolution on Friday. The vote was 10-1, with China and Gabon abstaining.', ['VoteAbstained CHN', 'VoteAbstained GAB', 'VoteCast(no) RUS']],
    ['The UN Human Rights Council rejected the motion. Indonesia and Qatar were among those that voted against it.', ['VoteCast(no) IDN', 'VoteCast(no) QAT']],
  ])('reads the vote in: %s', (body, expected) => {
    expect(sigs(body)).toEqual(expected);
  });

  it('completes every vote with the tally the article gives later', () => {
    const out = facts('Russia vetoed a U.N. Security Council resolution on Friday. The vote was 10-1, with China and Gabon abstaining.');
    for (const f of out) expect(f).toMatchObject({ body: 'UNSC', tally: { yes: 10, no: 1 }, date: '2024-06-14' });
  });

  it.each(['India will abstain in the General Assembly vote on Friday, officials said.', 'India did not vote against the resolution in the UN General Assembly.'])('codes no vote in: %s', (body) => {
    expect(facts(body)).toEqual([]);
  });

  it('codes nothing for a national parliament', () => {
    expect(facts('The parliament rejected the bill after 120 lawmakers voted against it and 12 abstained.')).toEqual([]);
  });
});

describe('extractFacts: people and metonyms', () => {
  it('follows an official introduced once', () => {
    const body = 'Japanese Foreign Minister Yoko Kamikawa arrived in Manila on Sunday. Kamikawa met Philippine President Ferdinand Marcos on Monday.';
    expect(sigs(body)).toEqual(['MeetingHeld JPN-PHL', 'VisitMade JPN>PHL']);
  });

  it('reads capitals as countries', () => {
    expect(sigs('Tokyo and Seoul signed a currency swap agreement on Wednesday.')).toEqual(['AgreementSigned JPN-KOR']);
  });

  it('leaves an ambiguous demonym out unless the article settles it', () => {
    expect(sigs('A Korean delegation met Chinese officials in Beijing.')).toEqual([]);
    expect(sigs('A Korean delegation met Chinese officials in Beijing. South Korea said the talks went well.')).toEqual(['MeetingHeld CHN-KOR']);
  });
});

describe('extractFacts: context', () => {
  it('settles an official of unstated country from a two-country headline', () => {
    const body = 'Prime Minister Fumio Kishida and Vietnamese President Vo Van Thuong agreed Monday to upgrade ties. During their talks in Tokyo, Kishida told Thuong that Japan would provide Vietnam with 50 billion yen in aid.';
    expect(sigs(body, 'Japan, Vietnam agree to boost ties')).toEqual(['AidPledged JPN>VNM', 'CooperationAgreed JPN-VNM', 'MeetingHeld JPN-VNM']);
  });

  it('makes an official of unstated country the host of a meeting in a third country, and no more', () => {
    const host = 'TOKYO (Kyodo) -- Prime Minister Fumio Kishida met Mongolian President Ukhnaa Khurelsukh in Tokyo on Wednesday.';
    expect(sigs(host)).toEqual(['MeetingHeld JPN-MNG']);
    // In the foreign side's own capital the official may be the visitor: nothing is inferred.
    expect(facts('ULAANBAATAR (Kyodo) -- Foreign Minister Yoshimasa Hayashi met Mongolian Foreign Minister Batmunkh Battsetseg in Ulaanbaatar.')).toEqual([]);
    // Officials of organisations have no country.
    expect(facts('UN chief Antonio Guterres met Kuwaiti Emir Sheikh Nawaf in Kuwait City on Monday.')).toEqual([]);
  });

  it('does not take a dateline for an actor or its date for the event', () => {
    const [m] = facts('KUWAIT CITY (Reuters) - Japan and Mongolia held talks on Thursday.');
    expect(sig(m)).toBe('MeetingHeld JPN-MNG');
    expect(m.date).toBe('2024-06-13');
  });

  it('reads a sentence-initial pronoun as the last official named', () => {
    expect(sigs('Japanese Foreign Minister Yoko Kamikawa met Philippine officials in Manila. She later visited Vietnam.')).toEqual(['MeetingHeld JPN-PHL', 'VisitMade JPN>VNM']);
  });

  it('ignores the vocabulary of diplomacy in sport', () => {
    expect(facts('Brazil met Germany in the World Cup semi-final on Tuesday, and the Brazilian striker signed a new deal.')).toEqual([]);
  });

  it('keeps topics out of the participants', () => {
    expect(sigs('U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Malta on Saturday to discuss Taiwan and the war in Ukraine.')).toEqual(['MeetingHeld CHN-USA']);
  });
});

describe('extractFacts: output contract', () => {
  it('stamps evidence, confidence, modality, extractor and CAMEO on every fact', () => {
    const body = 'Intro line.\n\nFrench President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Tuesday.';
    const [f] = facts(body);
    expect(body.slice(f.evidence!.start, f.evidence!.end)).toBe(f.evidence!.sentence);
    expect(f.confidence).toBeGreaterThan(0);
    expect(f.confidence).toBeLessThanOrEqual(1);
    expect(f.modality).toBe('asserted');
    expect(f.extractor).toEqual({ name: 'dyad-rules', version: expect.any(String) });
    expect(f.cameo).toEqual({ code: '040', goldstein: 1, quadClass: 1 });
  });

  it('is deterministic', () => {
    const body = 'Germany and Kenya signed an agreement on Monday for 50 million in German aid.';
    expect(facts(body)).toEqual(facts(body));
  });
});
