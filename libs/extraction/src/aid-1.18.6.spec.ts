/**
 * Pledges told without an aid noun or as an unveiled package (extractor 1.18.6). Every sentence is
 * invented; each rule has cases where it must not fire.
 */
import { sigs } from './spec-signatures';

const pledges = (body: string) => sigs(body, 'AidPledged');

describe('1.18.6 aid: a sum given straight to a state, and a package made public', () => {
  it('"announced on Monday it will provide $N to <State> for …" is a pledge of the announcer', () => {
    expect(pledges('Norway announced on Monday it will provide $12 million to Malawi for school meals.')).toEqual(['AidPledged NOR>MWI']);
    expect(pledges('Norway will provide $12 million to Malawi for school meals.')).toEqual(['AidPledged NOR>MWI']);
  });
  it('but not a possible one, a purchase, or a payment', () => {
    expect(pledges('Norway announced on Monday it may provide $12 million to Malawi.')).toEqual([]);
    expect(pledges('Norway will provide $12 million to Malawi for the purchase of Norwegian fish exports.')).toEqual([]);
    expect(pledges('Norway paid $12 million to Malawi for the embassy plot.')).toEqual([]);
  });
  it('"unveiled / approved a $N aid package (a grant of $N) for / to <State>"', () => {
    expect(pledges('Japan unveiled a $5 million aid package for Laos on Monday.')).toEqual(['AidPledged JPN>LAO']);
    expect(pledges('The Thai government approved a grant of $2 million to Cambodia on Monday.')).toEqual(['AidPledged THA>KHM']);
  });
  it('not a package still to come, denied, or a trade deal', () => {
    expect(pledges('Japan will unveil a $5 million aid package for Laos next week.')).toEqual([]);
    expect(pledges('Japan did not announce a $5 million aid package for Laos.')).toEqual([]);
    expect(pledges('Japan unveiled a $5 million trade deal with Laos on Monday.')).toEqual([]);
  });
});
