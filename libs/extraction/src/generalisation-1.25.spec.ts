/**
 * Rules added in extractor 1.25 (docs/extraction.md, round 25). Every sentence here is invented;
 * each rule has a case where it must not fire.
 */
import { EXTRACTOR } from '.';
import { facts, sigs } from './spec-signatures';

describe('extractor version', () => {
  it('is 1.25.2', () => expect(EXTRACTOR.version).toBe('1.25.2'));
});

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
