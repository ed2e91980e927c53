/**
 * Lists of instruments signed at one event (extractor 1.18.5, detectors/instrument-list.ts). Every
 * text is invented (other states, invented bodies); each case says how many agreements it holds.
 */
import { facts, sigs } from './spec-signatures';

const agreements = (body: string) => facts(body).filter((f) => f.type === 'AgreementSigned').map((f) => [...(f as { parties: string[] }).parties].sort().join('-'));

describe('1.18.5 agreements: a listed instrument is one agreement each', () => {
  it('a numbered list after "Agreements signed by the two governments today:"', () => {
    const body = [
      'Ghana and Togo signed three agreements on Monday during the Togolese President\'s state visit to Accra.',
      'Agreements signed by the two governments today:',
      '1. Memorandum of Understanding for joint fisheries research in the Gulf of Guinea.',
      '2. Agreement on the avoidance of double taxation.',
      '3. Protocol on cross-border trade in livestock.',
    ].join('\n\n');
    expect(agreements(body)).toEqual(['GHA-TGO', 'GHA-TGO', 'GHA-TGO']);
  });
  it('a bulleted list under "Three MoUs signed between A and B", an item told as a signing of its own', () => {
    const body = [
      'Peru and Chile signed three MoUs in Lima on Friday.',
      'Three MoUs signed between Peru and Chile',
      '- MoU on cooperation in mining safety',
      '- The Ministry of Culture signed an MoU with the Chilean Heritage Service on museum exchanges',
      '- MoU on the training of customs officers',
      'The ceremony was followed by a lunch hosted by the Peruvian President.',
    ].join('\n\n');
    expect(agreements(body)).toEqual(['CHL-PER', 'CHL-PER', 'CHL-PER']);
  });
  it('a list of planned signings, or a list with no pair, gives no more agreements', () => {
    const planned = [
      'Ghana and Togo held talks in Accra on Monday.',
      'The following agreements will be signed next month:',
      '1. Agreement on the avoidance of double taxation.',
      '2. Protocol on cross-border trade in livestock.',
    ].join('\n\n');
    expect(agreements(planned)).toEqual([]);
    const noPair = ['Documents signed at the regional forum:', '- Agreement on a shared weather service', '- Protocol on river navigation'].join('\n\n');
    expect(agreements(noPair)).toEqual([]);
  });
});

describe('1.18.8 agreements: "sealed" headings and items with a capitalised name before the instrument', () => {
  it('"The agreements sealed in Accra are:" then "- Joint Work Plan for …" and "- Cooperation Protocol on …"', () => {
    const body = [
      'Ghana and Togo sealed four agreements on Monday during the Togolese President\'s state visit to Accra.',
      'The agreements sealed in Accra are:',
      '- Joint Work Programme for the years 2025 to 2027',
      '- Cooperation Protocol on customs data',
      '- Memorandum of Understanding for joint fisheries research',
      '- Treaty on extradition',
    ].join('\n\n');
    expect(agreements(body)).toEqual(['GHA-TGO', 'GHA-TGO', 'GHA-TGO', 'GHA-TGO']);
  });
});

describe('1.18.9 agreements and visits: a signing witnessed by two states\' leaders', () => {
  it('"signed on <day> in the presence of visiting <Demonym> President X and his <Demonym> counterpart Y"', () => {
    const body = 'The five agreements were signed on Monday in the presence of visiting Ghanaian President Kofi Mensah and his Togolese counterpart Faure Adjo.';
    // (Five: each instrument counted is a signing, 1.29.2.)
    expect(sigs(body)).toEqual([...Array(5).fill('AgreementSigned GHA-TGO'), 'VisitMade GHA>TGO']);
  });
  it('witnesses of one state only, or no state, name no parties', () => {
    expect(sigs('The five agreements were signed on Monday in the presence of the Ghanaian ambassador.', 'AgreementSigned')).toEqual([]);
    expect(sigs('The five agreements were signed on Monday in the presence of the press.', 'AgreementSigned')).toEqual([]);
  });
});
