import { isDatabaseUnavailable, isTransientConflict } from './unavailable';

describe('isDatabaseUnavailable', () => {
  it.each([
    Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
    Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
    new Error('Connection terminated unexpectedly'),
    new Error('timeout exceeded when trying to connect'),
    Object.assign(new Error('query failed'), { driverError: { code: '57P01' } }),
    Object.assign(new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })], '')),
  ])('recognises %s', (err) => expect(isDatabaseUnavailable(err)).toBe(true));

  it.each([
    Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' }),
    Object.assign(new Error('date/time field value out of range'), { code: '22008' }),
    new TypeError('Cannot read properties of undefined'),
    null,
    'ECONNREFUSED',
  ])('does not mistake %s for an outage', (err) => expect(isDatabaseUnavailable(err)).toBe(false));
});

describe('isTransientConflict', () => {
  it.each([
    Object.assign(new Error('deadlock detected'), { code: '40P01' }),
    Object.assign(new Error('could not serialize access'), { code: '40001' }),
    Object.assign(new Error('query failed'), { driverError: { code: '40P01' } }),
  ])('recognises %s', (err) => expect(isTransientConflict(err)).toBe(true));

  it.each([Object.assign(new Error('duplicate key'), { code: '23505' }), Object.assign(new Error('down'), { code: '57P01' }), null])(
    'does not mistake %s for a lost race',
    (err) => expect(isTransientConflict(err)).toBe(false),
  );
});
