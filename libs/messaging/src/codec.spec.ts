import fc from 'fast-check';
import { decodeEnvelope, encodeEnvelope, HEADERS, PoisonMessageError } from './codec';

const envelope = {
  eventId: 'e-1',
  type: 'MeetingHeld',
  schemaVersion: 1,
  streamId: 'article-1',
  streamVersion: 2,
  globalPosition: 42,
  occurredAt: '2022-05-01T00:00:00.000Z',
  recordedAt: '2022-05-01T00:00:01.000Z',
  data: { participants: ['JPN', 'MNG'] },
  metadata: { correlationId: 'c-1', causationId: 'e-0' },
};

describe('Kafka codec', () => {
  it('round-trips an envelope and sets the headers', () => {
    const m = encodeEnvelope('JPN-MNG', envelope);
    expect(m.key).toBe('JPN-MNG');
    expect(m.headers).toEqual({ [HEADERS.type]: 'MeetingHeld', [HEADERS.schemaVersion]: '1', [HEADERS.correlationId]: 'c-1', [HEADERS.eventId]: 'e-1' });
    expect(decodeEnvelope(Buffer.from(m.value))).toEqual(envelope);
  });

  it('turns any other bytes into a PoisonMessageError, never another error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.constant('null')), (s) => {
        try {
          decodeEnvelope(Buffer.from(s));
        } catch (err) {
          expect(err).toBeInstanceOf(PoisonMessageError);
        }
      }),
    );
    expect(() => decodeEnvelope(null)).toThrow(PoisonMessageError);
    expect(() => decodeEnvelope(JSON.stringify({ ...envelope, globalPosition: '42' }))).toThrow(/globalPosition/);
  });
});
