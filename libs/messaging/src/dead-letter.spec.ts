import { deadLetterOf, DLQ_HEADERS } from './dead-letter';

describe('dead letters', () => {
  it('keep the original key, bytes and headers, and add why and where from', () => {
    const value = Buffer.from([0xff, 0x00, 0x7b]);
    const m = deadLetterOf(
      { key: Buffer.from('JPN-MNG'), value, headers: { type: 'X' }, offset: '41', timestamp: '1700000000000', attributes: 0 },
      { topic: 'dyad.facts.v1', partition: 3 },
      'undecodable: message value is not JSON',
      new Date('2026-01-01T00:00:00Z'),
    );
    expect(m.key).toEqual(Buffer.from('JPN-MNG'));
    expect(m.value).toBe(value);
    expect(m.headers).toEqual({
      type: 'X',
      [DLQ_HEADERS.reason]: 'undecodable: message value is not JSON',
      [DLQ_HEADERS.sourceTopic]: 'dyad.facts.v1',
      [DLQ_HEADERS.sourcePartition]: '3',
      [DLQ_HEADERS.sourceOffset]: '41',
      [DLQ_HEADERS.at]: '2026-01-01T00:00:00.000Z',
    });
  });
});
