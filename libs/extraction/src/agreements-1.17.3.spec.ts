/**
 * Several instruments signed by one pair of states on one day (extractor 1.17.3). Every sentence is
 * invented (other states, invented names); each rule has cases where the signings stay one.
 */
import { facts } from './spec-signatures';
import { findMentions } from './text/mentions';
import { findOfficials } from './text/people';
import { tokenize } from './text/tokens';

const agreements = (body: string) => facts(body).filter((f) => f.type === 'AgreementSigned');

describe('1.17.3 agreements: one more instrument, or other signatories, is another agreement', () => {
  it('signings in two sentences by officials with no name in common are two agreements', () => {
    const body =
      'On Friday, Peruvian Foreign Minister Ana Ruiz and Chilean Foreign Minister Luis Soto signed an agreement on fisheries in Lima. ' +
      'An agreement on border crossings was signed on Friday by Peruvian Transport Minister Jorge Paz and Chilean Interior Minister Marta Vial.';
    expect(agreements(body)).toHaveLength(2);
    expect(agreements(body).map((f) => (f as { signatories: string[] }).signatories)).toEqual([['Ana Ruiz', 'Luis Soto'], ['Jorge Paz', 'Marta Vial']]);
  });
  it('"also signed a further accord" is one more instrument; so is "A protocol … was also signed by …"', () => {
    const body =
      'On Friday, Peruvian Foreign Minister Ana Ruiz and Chilean Foreign Minister Luis Soto signed an agreement on fisheries in Lima. ' +
      'Ruiz and Soto also signed a further accord to protect investors. ' +
      'A protocol on water sharing between the two governments was also signed by the two ministers.';
    expect(agreements(body)).toHaveLength(3);
  });
  it('the same signing told again stays one agreement', () => {
    // The same signatories; "the agreement" points back; "also" with a definite instrument.
    const one = [
      'On Friday, Peruvian Foreign Minister Ana Ruiz and Chilean Foreign Minister Luis Soto signed an agreement on fisheries in Lima. The agreement was signed by Ruiz and Soto after two hours of talks.',
      'On Friday, Peruvian Foreign Minister Ana Ruiz and Chilean Foreign Minister Luis Soto signed an agreement on fisheries in Lima. Ruiz also signed the agreement for the coastal regions.',
      'Peru and Chile signed an agreement on fisheries on Friday. The agreement, signed by Peruvian Foreign Minister Ana Ruiz and Chilean Foreign Minister Luis Soto, sets catch limits.',
    ];
    for (const body of one) expect(agreements(body)).toHaveLength(1);
  });
});

describe('1.17.3 officials: a minister\'s portfolio is part of the title', () => {
  const officials = (text: string) => {
    const tokens = tokenize(text);
    return findOfficials(tokens, findMentions(tokens)).officials.map((o) => `${o.name}/${o.country}/${o.role}`);
  };
  it('"<Demonym> Transport Minister <Name>", "Minister of Energy and Mines <Name>"', () => {
    expect(officials('Peruvian Transport Minister Jorge Lema arrived on Monday.')).toEqual(['Jorge Lema/PER/transport minister']);
    expect(officials('The deal was signed by Chile\'s Minister of Housing and Urban Planning Marta Vial.')).toEqual(['Marta Vial/CHL/minister housing urban planning']);
    expect(officials('Ghanaian Minister of Energy and Mines Kofi Adjei spoke first.')).toEqual(['Kofi Adjei/GHA/minister energy mines']);
  });
  it('portfolio words outside a ministerial title stay ordinary words', () => {
    expect(officials('Health workers from Peru met Jorge Lema on Monday.')).toEqual([]);
    expect(officials('Transport and Energy experts met Jorge Lema on Monday.')).toEqual([]);
    expect(officials('The Regional Development Fund sent Jorge Lema to Peru.')).toEqual([]);
  });
});
