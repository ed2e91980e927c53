/**
 * A meeting held beside a gathering (extractor 1.18.2) and a state's fund (1.18.3). Every sentence is invented; each case says
 * which states must and must not be parties.
 */
import { analyse } from './analysis';
import { facts, sigs } from './spec-signatures';

const meetings = (body: string) => sigs(body, 'MeetingHeld');

describe('1.18.2 meetings: states naming the gathering a meeting was held beside are no parties', () => {
  it('"on the sidelines of the Japan-Africa summit": the pair met, Japan did not take part', () => {
    expect(meetings('Kenyan President Amani Otieno met Ugandan President Grace Nabirye on Monday on the sidelines of the Japan-Africa summit in Tokyo.')).toEqual(['MeetingHeld KEN-UGA']);
  });
  it('"in the margins of the Forum for Caribbean-Pacific Cooperation and the EU-Japan ministerial meeting": one bilateral meeting', () => {
    const body = 'Fijian Prime Minister Ratu Seru held a bilateral meeting with Samoan Prime Minister Tala Fiame in the margins of the Forum for Caribbean-Pacific Cooperation and the EU-Japan ministerial meeting in Suva, Fiji.';
    expect(meetings(body)).toEqual(['MeetingHeld FJI-WSM']);
  });
  it('parties named outside the gathering\'s name still count', () => {
    expect(meetings('On the sidelines of that summit, Kenyan President Amani Otieno met Ugandan President Grace Nabirye.')).toEqual(['MeetingHeld KEN-UGA']);
    expect(meetings('On the sidelines of the Japan-Africa summit, Japanese Prime Minister Ken Sato met Kenyan President Amani Otieno in Tokyo.')).toEqual(['MeetingHeld JPN-KEN']);
  });
});

describe('1.18.3 organisations: a state\'s development fund is not the state', () => {
  const agreements = (body: string) => facts(body).filter((f) => f.type === 'AgreementSigned').map((f) => ({ parties: (f as { parties: string[] }).parties, organisations: (f as { organisations?: string[] }).organisations ?? [] }));
  it('"the Qatar Fund for Development and Sudan signed a grant agreement": Sudan and the fund', () => {
    const found = agreements('The Qatar Fund for Development and Sudan signed a grant agreement on Monday for new schools in Kassala.');
    expect(found.map((f) => f.parties)).toEqual([['SDN']]);
    expect(found[0].organisations.join(' ')).toMatch(/Qatar Fund/);
    expect(agreements('The Qatar Development Fund and Sudan signed a grant agreement on Monday for new schools.').map((f) => f.parties)).toEqual([['SDN']]);
  });
  it('the state itself, or a lower-case "funds", is still the state', () => {
    expect(sigs('Qatar and Sudan signed a grant agreement on Monday to fund new schools.', 'AgreementSigned')).toEqual(['AgreementSigned QAT-SDN']);
    expect(sigs('Qatar funds a hospital in Sudan under a grant agreement signed with Sudan on Monday.', 'AgreementSigned')).toEqual(['AgreementSigned QAT-SDN']);
  });
});

describe('1.18.3 mentions: a weekday or month before a state\'s name', () => {
  it('"On Monday Qatar and Sudan signed …" names both states; "Air Qatar" or "South Sudan" stay names of their own', () => {
    expect(sigs('On Monday Qatar and Sudan signed a grant agreement to fund new schools.', 'AgreementSigned')).toEqual(['AgreementSigned QAT-SDN']);
    expect(sigs('In March Kenya hosted the President of Uganda for talks in Nairobi.', 'MeetingHeld')).toEqual(['MeetingHeld KEN-UGA']);
    expect(sigs('On Monday South Sudan and Kenya signed a trade agreement.', 'AgreementSigned')).toEqual(['AgreementSigned KEN-SSD']);
  });
});

describe('1.18.7 meetings: what the sidelines rule and the date carry-over must leave alone', () => {
  it('"signed three documents on the sidelines of a bilateral meeting of A\'s and B\'s presidents": that meeting happened', () => {
    expect(sigs('Chile and Peru signed three documents on the sidelines of a bilateral meeting of Chilean President Ana Rojas and Peruvian President Luis Soto on Monday.', 'MeetingHeld')).toEqual(['MeetingHeld CHL-PER']);
  });
  it('talks told before a "previous visit … which saw talks" are today\'s, not that earlier meeting', () => {
    const body = [
      'Chilean President Ana Rojas arrived in Lima on Monday on a state visit to Peru.',
      'The two presidents held bilateral talks on trade and energy.',
      "It comes after Rojas's previous trip to Peru in March, when the two leaders also held talks on fisheries.",
    ].join('\n\n');
    expect(facts(body).filter((f) => f.type === 'MeetingHeld').map((f) => f.date)).toEqual(['2024-06-10', '2024-03']);
  });
});

describe('1.18.12 officials: "his counterparts from A" names where they come from, not where he is at home', () => {
  it('a minister of unwritten state meeting "his counterparts from Norway and Chile" is of neither', () => {
    const body = 'In Geneva, Foreign Minister Ravi Menon held talks with his counterparts from Norway and Chile on Monday.';
    expect(sigs(body, 'MeetingHeld')).not.toContain('MeetingHeld CHL-NOR');
    expect(analyse({ body, publishedAt: '2024-06-14' }).officials.find((o) => o.name === 'Ravi Menon')?.country ?? null).toBeNull();
  });
});
