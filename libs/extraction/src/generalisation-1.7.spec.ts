/**
 * Rules added in extractor 1.7: multilateral meetings. Every sentence here is invented; each case
 * names the pattern it stands for.
 */
import { extractFacts } from '.';
import type { FactDraft } from '../../domain/src/facts/fact.types';
import { countriesOf } from './assemble';

const PUB = '2024-06-14'; // a Friday
const facts = (body: string) => extractFacts({ title: '', body, publishedAt: PUB });
const meetings = (body: string) =>
  facts(body)
    .filter((f: FactDraft) => f.type === 'MeetingHeld')
    .map((f) => [...countriesOf(f)].sort().join('-'))
    .sort();

describe('multilateral meetings', () => {
  it('reads "the ministers of A, B and C met" as one meeting of all three', () => {
    expect(meetings('The trade ministers of Chile, Peru and Bolivia met in Lima on Tuesday.')).toEqual(['BOL-CHL-PER']);
    expect(meetings('Leaders of Kenya, Uganda and Rwanda held talks in Kigali on Monday.')).toEqual(['KEN-RWA-UGA']);
  });

  it('reads coordinated demonyms before the office: "the Chilean, Peruvian and Bolivian ministers"', () => {
    expect(meetings('The Chilean, Peruvian and Bolivian trade ministers met in Lima on Tuesday.')).toEqual(['BOL-CHL-PER']);
    expect(meetings('Kenyan, Ugandan and Rwandan leaders held talks on Monday.')).toEqual(['KEN-RWA-UGA']);
  });

  it('does not take a league of states for sport', () => {
    expect(meetings('The foreign ministers of Chile, Peru and Bolivia held a meeting on Monday on the sidelines of an Arab League session in Cairo.')).toEqual(['BOL-CHL-PER']);
    expect(meetings('Chile met Peru in the league match on Sunday.')).toEqual([]);
  });

  it('leaves out mediators and facilitators not described as parties', () => {
    expect(meetings('The foreign ministers of Chile, Peru and Bolivia met in Lima on Monday, with Brazil acting as mediator.')).toEqual(['BOL-CHL-PER']);
    expect(meetings('Armenian and Azerbaijani officials met in Tbilisi. The meeting between the two sides was facilitated by Georgian President Tamar Lomidze and Swiss diplomats.')).toEqual(['ARM-AZE']);
  });

  it('keeps every state of "leaders from A, B, C and D" and leaves out "under the auspices of X"', () => {
    expect(meetings('Leaders from Kenya, Uganda, Rwanda and Burundi met in Arusha on Friday.')).toEqual(['BDI-KEN-RWA-UGA']);
    expect(meetings('Heads of state from Kenya, Uganda and Rwanda met in Arusha on Friday under the auspices of Tanzania.')).toEqual(['KEN-RWA-UGA']);
  });

  it('leaves out the host country named as the place: "met in host country X"', () => {
    expect(meetings('The presidents of Chile and Peru met on Monday in host country Bolivia.')).toEqual(['CHL-PER']);
  });

  it('does not read a fronted topic as an event: "With regard to the … negotiations, …"', () => {
    expect(meetings('With regard to the long river dam negotiations, Chilean Foreign Minister Ana Soto briefed her Peruvian and Bolivian counterparts on the recent meeting between Chilean President Luis Vera and Argentine President Pablo Ruiz in Salta.')).toEqual(['ARG-CHL']);
  });

  it('reads officials who "gathered" or "convened" as meeting, but not citizens or a body', () => {
    expect(meetings('Foreign ministers from Chile, Peru and Bolivia gathered in Lima on Monday for talks on migration.')).toEqual(['BOL-CHL-PER']);
    expect(meetings('The presidents of Kenya, Rwanda and Uganda convened in Kigali on Tuesday.')).toEqual(['KEN-RWA-UGA']);
    expect(meetings('Citizens of Chile and Peru gathered in Lima to protest.')).toEqual([]);
    expect(meetings('The Security Council convened at the request of Chile and Peru.')).toEqual([]);
    expect(meetings('Chile called for talks with Peru.')).toEqual([]);
  });

  it('splits plural "meetings with his A and B counterparts", even beside a summit', () => {
    expect(meetings('Chilean Foreign Minister Ana Soto had meetings with her Peruvian and Bolivian counterparts on the sidelines of the regional summit in Quito on Monday.')).toEqual([
      'BOL-CHL',
      'CHL-PER',
    ]);
  });

  it('reads "the two Koreas" as both Koreas', () => {
    expect(meetings('Six-party talks among the two Koreas, the United States, Japan, Russia and China took place in Beijing in June 2004.')).toEqual([
      'CHN-JPN-KOR-PRK-RUS-USA',
    ]);
  });

  it('does not read a body\'s named session or a hyphenated planned meeting as a bilateral meeting', () => {
    expect(meetings("Chile's Foreign Minister Ana Soto attended the Andean Forum Foreign Ministers Meeting in Lima last week.")).toEqual([]);
    expect(meetings("Chile's Foreign Minister Ana Soto is touring the region to prepare for high-level talks with her Peruvian counterpart.")).toEqual([]);
  });

  it('tells no meeting of "his A and B counterparts" when the host\'s state is unknown', () => {
    expect(meetings('Foreign Minister Tomas Ruiz took part in a tripartite meeting with his Peruvian and Bolivian counterparts in New York.')).toEqual([]);
    expect(meetings('Chilean Foreign Minister Tomas Ruiz took part in a tripartite meeting with his Peruvian and Bolivian counterparts in New York.')).toEqual(['BOL-CHL-PER']);
  });

  it('refers "the three ministers" and "the sides" back to the group that last met', () => {
    const body =
      'The foreign ministers of Chile, Peru and Bolivia held a meeting in Lima on Monday. ' +
      'The three ministers held talks on migration. The sides also agreed to strengthen cooperation on border trade.';
    expect(meetings(body)).toEqual(['BOL-CHL-PER']);
    const coop = facts(body).filter((f) => f.type === 'CooperationAgreed').map((f) => [...countriesOf(f)].sort().join('-'));
    expect(coop).toEqual(['BOL-CHL-PER']);
    const two = facts('The foreign ministers of Chile, Peru and Bolivia held a meeting in Lima on Monday. The two sides agreed to strengthen cooperation.');
    expect(two.filter((f) => f.type === 'CooperationAgreed')).toEqual([]);
  });
});

describe('visits', () => {
  it('reads "Visiting <demonym> <title>" right after a dateline as a visit to the dateline\'s state', () => {
    const visits = facts('NAIROBI, Jan. 4 (Kyodo) - Visiting Chilean Foreign Minister Ana Soto said Friday that Chile will open an embassy.')
      .filter((f) => f.type === 'VisitMade')
      .map((f) => countriesOf(f).join('>'));
    expect(visits).toEqual(['CHL>KEN']);
  });
});
