import { ServiceUnavailableException } from '@nestjs/common';
import type { Config } from '@dyad/config';
import { IngestGate } from './ingest-gate';

const gateOf = (maxArticles: number, queue: number) => new IngestGate({ INGEST_MAX_ARTICLES: maxArticles, INGEST_QUEUE: queue } as Config);

describe('IngestGate', () => {
  it('admits up to INGEST_MAX_ARTICLES articles, queues INGEST_QUEUE requests in arrival order, and refuses the rest with 503', async () => {
    const gate = gateOf(100, 2);
    const a = await gate.acquire(60); // a batch of 60
    const b = await gate.acquire(40); // full
    const order: string[] = [];
    const batch = gate.acquire(100).then((w) => (order.push('batch'), w));
    const single = gate.acquire(1).then((w) => (order.push('single'), w)); // behind the batch: not overtaking it
    expect(gate.load).toEqual({ articles: 100, waiting: 2 });
    await expect(gate.acquire(1)).rejects.toBeInstanceOf(ServiceUnavailableException);
    gate.release(a);
    await Promise.resolve();
    expect(order).toEqual([]); // 40 in work + 100 does not fit yet, and the single waits behind it
    gate.release(b);
    const w1 = await batch;
    expect(order).toEqual(['batch']);
    gate.release(w1);
    const w2 = await single;
    expect(order).toEqual(['batch', 'single']);
    gate.release(w2);
    expect(gate.load).toEqual({ articles: 0, waiting: 0 });
  });

  it('weighs a request larger than the whole capacity as the capacity, so it still gets in', async () => {
    const gate = gateOf(50, 0);
    expect(await gate.acquire(100)).toBe(50);
    await expect(gate.acquire(1)).rejects.toThrow(/at capacity/);
    gate.release(50);
    expect(await gate.acquire(1)).toBe(1);
  });
});
