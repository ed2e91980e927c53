/**
 * Rules added in extractor 1.30 (docs/extraction.md, round 30). They were written from the miss
 * classes that round 29 named, before round 30's pages were read. Every sentence here is invented;
 * each rule has a case where it must not fire.
 */
import { EXTRACTOR } from '.';
import { sigs } from './spec-signatures';

describe('extractor version', () => {
  it('is 1.30.0', () => expect(EXTRACTOR.version).toBe('1.30.0'));
});

describe('appeals told indirectly (1.30.0)', () => {
  it('a hope that another state will act is an appeal to it', () => {
    expect(sigs('Chile hoped that both Peru and Bolivia can exercise restraint and settle their dispute through talks, the foreign ministry said.', 'AppealMade')).toEqual(['AppealMade CHL>BOL', 'AppealMade CHL>PER']);
    expect(sigs('The Chilean government hopes that Peru will release the detained fishermen soon.', 'AppealMade')).toEqual(['AppealMade CHL>PER']);
    expect(sigs('Chile expressed the hope that Peru would reconsider its decision.', 'AppealMade')).toEqual(['AppealMade CHL>PER']);
  });
  it('not a hope for shared ties, a hope of nobody named, or one in a purpose phrase', () => {
    expect(sigs('Chile hopes that Peru will deepen cooperation in mining.', 'AppealMade')).toEqual([]);
    expect(sigs('It is hoped that Peru will release the detained fishermen soon.', 'AppealMade')).toEqual([]);
    expect(sigs('Chile sent an envoy in the hope that Peru would release the fishermen.', 'AppealMade')).toEqual([]);
  });
  it('"it is imperative / essential that B <verb>", said by A, is an appeal from A to B', () => {
    expect(sigs('Chile said on Monday it is imperative that Peru respect the ruling of the court.', 'AppealMade')).toEqual(['AppealMade CHL>PER']);
    expect(sigs('"It is essential that Peru and Bolivia refrain from any further escalation," the Chilean Foreign Ministry said in a statement.', 'AppealMade')).toEqual(['AppealMade CHL>BOL', 'AppealMade CHL>PER']);
    expect(sigs('Chile said in a statement that it is imperative that Peru take credible action against the smugglers.', 'AppealMade')).toEqual(['AppealMade CHL>PER']);
  });
  it('not a necessity that states a fact, one said by nobody named, or one about the speaker', () => {
    expect(sigs('Chile said it is important that Peru remains a partner.', 'AppealMade')).toEqual([]);
    expect(sigs('It is imperative that Peru respect the ruling, analysts said.', 'AppealMade')).toEqual([]);
    expect(sigs("Chile said it was necessary that Peru's mines stay open.", 'AppealMade')).toEqual([]);
  });
  it('"A said B should …" with no "that"', () => {
    expect(sigs('Chile said Peru and Bolivia should return to the negotiating table.', 'AppealMade')).toEqual(['AppealMade CHL>BOL', 'AppealMade CHL>PER']);
    expect(sigs('Chile said Peru must be able to export through its ports.', 'AppealMade')).toEqual([]);
  });
});

describe('meetings one by one (1.30.0)', () => {
  it('"received in separate meetings / separately the ambassadors of B, C and D" meets each', () => {
    expect(sigs('The Chilean Speaker Ana Soto received in separate meetings today, Monday, the Ambassadors of Peru, Bolivia and Ecuador.', 'MeetingHeld')).toEqual(['MeetingHeld BOL-CHL', 'MeetingHeld CHL-ECU', 'MeetingHeld CHL-PER']);
    expect(sigs('The Chilean Prime Minister received separately the foreign ministers of Peru and Bolivia on Monday.', 'MeetingHeld')).toEqual(['MeetingHeld BOL-CHL', 'MeetingHeld CHL-PER']);
  });
  it('no meeting when the host has no state, nor one to come', () => {
    expect(sigs('The Speaker Ana Soto received in separate meetings today, Monday, the Ambassadors of Peru, Bolivia and Ecuador.', 'MeetingHeld')).toEqual([]);
    expect(sigs('The Chilean Speaker Ana Soto will receive in separate meetings the Ambassadors of Peru and Bolivia.', 'MeetingHeld')).toEqual([]);
  });
});
