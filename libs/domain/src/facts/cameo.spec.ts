import { cameoFor } from './cameo';

describe('cameoFor', () => {
  it('maps a meeting to 040 consult, or 044 at a third location', () => {
    expect(cameoFor({ type: 'MeetingHeld', participants: ['JPN', 'MNG'], location: { city: 'Ulaanbaatar', country: 'MNG' } })).toEqual({ code: '040', goldstein: 1, quadClass: 1 });
    expect(cameoFor({ type: 'MeetingHeld', participants: ['RUS', 'UKR'], location: { city: 'Istanbul', country: 'TUR' } })?.code).toBe('044');
  });

  it('maps agreements, visits, aid, appeals and cooperation', () => {
    expect(cameoFor({ type: 'AgreementSigned', parties: ['JPN', 'MNG'] })).toEqual({ code: '057', goldstein: 8, quadClass: 1 });
    expect(cameoFor({ type: 'VisitMade', visitor: 'JPN', host: 'MNG' })?.code).toBe('042');
    expect(cameoFor({ type: 'AidPledged', donor: 'KWT', recipient: 'SYR', purpose: 'humanitarian aid' })?.code).toBe('0333');
    expect(cameoFor({ type: 'AidPledged', donor: 'JPN', recipient: 'PHL' })?.code).toBe('0331');
    expect(cameoFor({ type: 'AppealMade', from: 'JPN', to: 'MNG', about: 'join the pressure campaign' })?.code).toBe('022');
    expect(cameoFor({ type: 'AppealMade', from: 'JPN', to: 'CHN' })?.code).toBe('020');
    expect(cameoFor({ type: 'CooperationAgreed', parties: ['JPN', 'MNG'] })?.code).toBe('030');
  });

  it('gives votes no CAMEO code', () => {
    expect(cameoFor({ type: 'VoteAbstained', country: 'MNG', body: 'UNGA' })).toBeNull();
    expect(cameoFor({ type: 'VoteCast', country: 'BRA', body: 'UNGA', position: 'yes' })).toBeNull();
  });

  it('keeps every code in the verbal-cooperation band with a Goldstein weight in range', () => {
    for (const f of [
      { type: 'MeetingHeld' as const, participants: ['JPN', 'MNG'] },
      { type: 'CooperationAgreed' as const, parties: ['JPN', 'MNG'], about: 'military cooperation' },
      { type: 'AppealMade' as const, from: 'JPN', to: 'CHN', about: 'release a detained national' },
    ]) {
      const c = cameoFor(f)!;
      expect(c.goldstein).toBeGreaterThanOrEqual(-10);
      expect(c.goldstein).toBeLessThanOrEqual(10);
      expect([1, 2]).toContain(c.quadClass);
    }
  });
});
