/**
 * A meeting held beside a gathering (extractor 1.18.2). Every sentence is invented; each case says
 * which states must and must not be parties.
 */
import { sigs } from './spec-signatures';

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
    expect(meetings('On the sidelines of the summit, Kenyan President Amani Otieno met Ugandan President Grace Nabirye.')).toEqual(['MeetingHeld KEN-UGA']);
    expect(meetings('On the sidelines of the Japan-Africa summit, Japanese Prime Minister Ken Sato met Kenyan President Amani Otieno in Tokyo.')).toEqual(['MeetingHeld JPN-KEN']);
  });
});
