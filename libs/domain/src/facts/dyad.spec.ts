import fc from 'fast-check';
import { dyadKey, factDyads, factKey, parseDyad } from './dyad';

const iso3 = fc.stringMatching(/^[A-Z]{3}$/);

describe('dyads', () => {
  it('are symmetric and sorted', () => {
    fc.assert(
      fc.property(iso3, iso3, (a, b) => {
        fc.pre(a !== b);
        const k = dyadKey(a, b);
        expect(k).toBe(dyadKey(b, a));
        expect(parseDyad(k)).toEqual([a, b].sort());
      }),
    );
  });

  it('refuse one country twice', () => {
    expect(() => dyadKey('JPN', 'JPN')).toThrow(/distinct/);
    expect(parseDyad('JPN-JPN')).toBeNull();
    expect(parseDyad('nonsense')).toBeNull();
  });

  it('of a multilateral meeting are every pair of participants', () => {
    expect(factDyads({ type: 'MeetingHeld', participants: ['USA', 'JPN', 'KOR'] })).toEqual(['JPN-KOR', 'JPN-USA', 'KOR-USA']);
  });

  it('of a vote pair the voter with each country concerned; none when it concerns no one', () => {
    const vote = { type: 'VoteAbstained' as const, country: 'MNG', body: 'UNGA', concerning: ['RUS', 'UKR'] };
    expect(factDyads(vote)).toEqual(['MNG-RUS', 'MNG-UKR']);
    expect(factKey(vote)).toBe('MNG-RUS');
    const bare = { type: 'VoteCast' as const, country: 'MNG', body: 'UNGA', position: 'yes' as const };
    expect(factDyads(bare)).toEqual([]);
    expect(factKey(bare)).toBe('MNG');
  });

  it('keep direction out of the key: donor and recipient give one dyad', () => {
    expect(factKey({ type: 'AidPledged', donor: 'JPN', recipient: 'MNG' })).toBe('JPN-MNG');
    expect(factKey({ type: 'AidPledged', donor: 'MNG', recipient: 'JPN' })).toBe('JPN-MNG');
  });
});
