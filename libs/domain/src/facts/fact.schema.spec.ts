import { validateFactInput } from './fact.schema';

const errorsOf = (input: unknown) => {
  const r = validateFactInput(input);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
};

describe('validateFactInput', () => {
  it('accepts a minimal client fact without confidence, modality or extractor', () => {
    const r = validateFactInput({ type: 'MeetingHeld', participants: ['JPN', 'MNG'], date: '2022-05-01' });
    expect(r).toEqual({ ok: true, fact: { type: 'MeetingHeld', participants: ['JPN', 'MNG'], date: '2022-05-01' } });
  });

  it('names the field of an unknown country code', () => {
    expect(errorsOf({ type: 'MeetingHeld', participants: ['JPN', 'XYZ'] })).toEqual([{ path: 'participants[1]', message: 'unknown country code "XYZ"' }]);
    expect(errorsOf({ type: 'AidPledged', donor: 'jpn', recipient: 'MNG' })[0].path).toBe('donor');
  });

  it.each(['2022', '2022-03', '2022-03-02'])('accepts the date %s', (date) => {
    expect(validateFactInput({ type: 'VisitMade', visitor: 'JPN', host: 'MNG', date }).ok).toBe(true);
  });

  it.each(['22-03', '2022-13', '2022-02-30', '2022/03/02', 'March 2022'])('rejects the date %s', (date) => {
    expect(errorsOf({ type: 'VisitMade', visitor: 'JPN', host: 'MNG', date })[0].path).toBe('date');
  });

  it('requires two distinct countries where the type does', () => {
    expect(errorsOf({ type: 'MeetingHeld', participants: ['JPN', 'JPN'] })[0].path).toBe('participants');
    expect(errorsOf({ type: 'CooperationAgreed', parties: ['JPN'] })[0].path).toBe('parties');
    expect(errorsOf({ type: 'VisitMade', visitor: 'JPN', host: 'JPN' })[0].path).toBe('host');
    expect(errorsOf({ type: 'AppealMade', from: 'JPN', to: 'JPN' })[0].path).toBe('to');
  });

  it('allows one country plus an organisation to sign', () => {
    expect(validateFactInput({ type: 'AgreementSigned', parties: ['EGY'], organisations: ['European Union'], value: { amount: 68e6, currency: 'EUR' } }).ok).toBe(true);
    expect(errorsOf({ type: 'AgreementSigned', parties: ['EGY'] })[0].path).toBe('parties');
  });

  it('checks votes: body required, position yes|no', () => {
    expect(validateFactInput({ type: 'VoteAbstained', country: 'MNG', body: 'UNGA', concerning: ['RUS', 'UKR'], tally: { yes: 141, total: 193 } }).ok).toBe(true);
    expect(errorsOf({ type: 'VoteAbstained', country: 'MNG' })[0].path).toBe('body');
    expect(errorsOf({ type: 'VoteCast', country: 'BRA', body: 'UNGA', position: 'abstain' })[0].path).toBe('position');
    expect(errorsOf({ type: 'VoteCast', country: 'BRA', body: 'UNGA', position: 'yes', concerning: ['RUS', 'ZZZ'] })[0].path).toBe('concerning[1]');
  });

  it('rejects unknown types and non-objects with a message', () => {
    expect(errorsOf({ type: 'WarDeclared' })[0]).toMatchObject({ path: 'type' });
    expect(errorsOf(null)[0].path).toBe('');
    expect(errorsOf([1, 2])[0].path).toBe('');
  });

  it('checks common fields when sent', () => {
    expect(errorsOf({ type: 'MeetingHeld', participants: ['JPN', 'MNG'], confidence: 2 })[0].path).toBe('confidence');
    expect(errorsOf({ type: 'MeetingHeld', participants: ['JPN', 'MNG'], modality: 'rumoured' })[0].path).toBe('modality');
    expect(errorsOf({ type: 'AidPledged', donor: 'JPN', recipient: 'MNG', value: { amount: 1, currency: 'yen' } })[0].path).toBe('value.currency');
  });
});
