import { ServiceUnavailableException } from '@nestjs/common';
import type { Config } from '@dyad/config';
import { IngestGate } from './ingest-gate';

const gateOf = (concurrency: number, queue: number) => new IngestGate({ INGEST_CONCURRENCY: concurrency, INGEST_QUEUE: queue } as Config);

describe('IngestGate', () => {
  it('lets INGEST_CONCURRENCY in, queues INGEST_QUEUE in arrival order, and refuses the rest with 503', async () => {
    const gate = gateOf(2, 2);
    await gate.acquire();
    await gate.acquire();
    const order: number[] = [];
    const w1 = gate.acquire().then(() => order.push(1));
    const w2 = gate.acquire().then(() => order.push(2));
    expect(gate.load).toEqual({ running: 2, waiting: 2 });
    await expect(gate.acquire()).rejects.toBeInstanceOf(ServiceUnavailableException);
    gate.release();
    await w1;
    expect(order).toEqual([1]);
    gate.release();
    await w2;
    expect(order).toEqual([1, 2]);
    expect(gate.load).toEqual({ running: 2, waiting: 0 });
    gate.release();
    gate.release();
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it('with no queue answers 503 as soon as every slot is taken', async () => {
    const gate = gateOf(1, 0);
    await gate.acquire();
    await expect(gate.acquire()).rejects.toThrow(/at capacity/);
    gate.release();
    await expect(gate.acquire()).resolves.toBeUndefined();
  });
});
