/**
 * Rules added in extractor 1.9: cities from the gazetteer as places, and what a fresh blind batch
 * showed. Every sentence here is invented; each case names the pattern it stands for, with
 * negative cases (a city as a name, a word or a person; planned events; ambiguous names).
 */
import { EXTRACTOR, extractFacts } from '.';
import { cityGazetteer } from '../../domain/src/countries';
import type { FactDraft } from '../../domain/src/facts/fact.types';
import { countriesOf } from './assemble';

const PUB = '2024-06-14'; // a Friday
const facts = (body: string, publishedAt = PUB, title = '') => extractFacts({ title, body, publishedAt });
const sig = (f: FactDraft) => {
  switch (f.type) {
    case 'AidPledged':
      return `AidPledged ${f.donor}>${f.recipient}`;
    case 'AppealMade':
      return `AppealMade ${f.from}>${f.to}`;
    case 'VisitMade':
      return `VisitMade ${f.visitor}>${f.host}`;
    default:
      return `${f.type} ${[...countriesOf(f)].sort().join('-')}`;
  }
};
const sigs = (body: string, type?: FactDraft['type'], publishedAt = PUB, title = '') =>
  facts(body, publishedAt, title)
    .filter((f) => !type || f.type === type)
    .map(sig)
    .sort();

describe('extractor version', () => {
  it('is 1.9.0', () => expect(EXTRACTOR.version).toBe('1.9.0'));
});

describe('city gazetteer', () => {
  it('keeps large cities of one country and leaves out ambiguous names, country forms and collisions', () => {
    const { places, stats } = cityGazetteer();
    expect(places.get('dar es salaam')).toBe('TZA');
    expect(places.get('osaka')).toBe('JPN');
    expect(places.get('jeddah')).toBe('SAU');
    expect(places.get('karachi')).toBe('PAK');
    // in two countries
    expect(places.has('hyderabad')).toBe(false);
    expect(places.has('valencia')).toBe(false);
    // a capital keeps its lexicon meaning; words and given names are no places
    expect(places.has('tokyo')).toBe(false);
    expect(places.has('split')).toBe(false);
    expect(places.has('nice')).toBe(false);
    expect(places.has('austin')).toBe(false);
    expect(stats.kept).toBeGreaterThan(2000);
    expect(stats.ambiguous).toBeGreaterThan(50);
  });
  it('is built once', () => expect(cityGazetteer()).toBe(cityGazetteer()));
});

describe('cities as places', () => {
  it('a visit to a city is a visit to its country', () => {
    expect(sigs('Kenyan President William Ruto arrived in Osaka on Wednesday for talks.', 'VisitMade')).toEqual(['VisitMade KEN>JPN']);
    expect(sigs('Brazilian Foreign Minister Mauro Vieira travelled to Jeddah last week.', 'VisitMade')).toEqual(['VisitMade BRA>SAU']);
    expect(sigs('The Indonesian foreign minister left for Karachi on Monday after talks in Dhaka.', 'VisitMade')).toContain('VisitMade IDN>PAK');
  });
  it('a meeting in a city is placed in its country', () => {
    const [m] = facts('Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Guayaquil on Tuesday.').filter((f) => f.type === 'MeetingHeld');
    expect(m && m.type === 'MeetingHeld' ? m.location : null).toEqual({ city: 'Guayaquil', country: 'ECU' });
  });
  it('a dateline city places the story', () => {
    expect(sigs('DAR ES SALAAM, June 12 (Xinhua) -- Finnish President Alexander Stubb arrived here on Wednesday for a state visit.', 'VisitMade')).toEqual(['VisitMade FIN>TZA']);
  });
  it('a city is never a party', () => {
    expect(sigs('Osaka and Busan signed a sister-city agreement on Monday.')).toEqual([]);
    expect(sigs('Karachi urged Lahore to share the water.')).toEqual([]);
  });
  it('a city inside a longer name, or a colliding word or name, is no place', () => {
    expect(sigs('Mexican President Claudia Sheinbaum visited the Osaka Castle on Monday.', 'VisitMade')).toEqual([]);
    expect(sigs('The Italian minister arrived in Split on Monday.', 'VisitMade')).toEqual([]);
    expect(sigs('The Italian minister sent a letter to Austin on Monday.', 'VisitMade')).toEqual([]);
  });
  it('a planned visit to a city is still no visit', () => {
    expect(sigs('Nigerian President Bola Tinubu will travel to Osaka next week.', 'VisitMade')).toEqual([]);
  });
});
