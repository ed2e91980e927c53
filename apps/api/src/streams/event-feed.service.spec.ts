import type { EventEnvelope } from '@dyad/domain';
import type { PostgresEventStore } from '@dyad/event-store';
import { EventFeedService, type Subscriber } from './event-feed.service';

/**
 * The feed's hand-over between a subscriber's catch-up and the live poller, with the interleaving
 * forced: an in-memory log stands in for the event store so that the test decides when a read
 * answers. (The same guarantee against real Postgres and Kafka: test/sse-join.e2e-spec.ts.)
 */
function log() {
  const events: EventEnvelope[] = [];
  let heldHead: ((p: number) => void) | null = null;
  const fact = (p: number) => ({ eventId: `e${p}`, type: 'MeetingHeld', schemaVersion: 1, streamId: 's', streamVersion: p, globalPosition: p, occurredAt: '', recordedAt: '', data: {}, metadata: {} }) as unknown as EventEnvelope;
  const store = {
    holdHead: false,
    append: (p: number) => events.push(fact(p)),
    async head() {
      if (!store.holdHead) return events.length;
      return new Promise<number>((r) => (heldHead = r));
    },
    /** Answers the held head() with the head as it is now. */
    releaseHead: () => heldHead?.(events.length),
    async readAll(_db: unknown, after: number, limit: number) {
      return events.filter((e) => e.globalPosition > after).slice(0, limit);
    },
  };
  return store;
}

const config = { SSE_POLL_MS: 3_600_000, SSE_HEARTBEAT_MS: 15_000 };
const logger = { warn: () => undefined };
const ds = { createQueryRunner: () => ({}) };

function subscriber(sent: number) {
  const got: number[] = [];
  const sub: Subscriber = { sent, deliver: (e) => got.push(e.globalPosition), close: () => undefined };
  return { sub, got };
}

describe('EventFeedService', () => {
  it('does not skip events for a subscriber that joins while the idle feed reads the head', async () => {
    const store = log();
    for (let p = 1; p <= 5; p++) store.append(p);
    const feed = new EventFeedService(config as never, ds as never, store as unknown as PostgresEventStore, logger as never);
    await feed.onApplicationBootstrap(); // position 5
    try {
      store.holdHead = true;
      const poll = (feed as unknown as { poll(): Promise<void> }).poll();
      // While the idle poller waits for the head: 6–8 commit, a subscriber from 5 catches up and joins.
      for (let p = 6; p <= 8; p++) store.append(p);
      const { sub, got } = subscriber(5);
      await feed.join(sub, () => true);
      expect(got).toEqual([6, 7, 8]);
      store.append(9); // commits after the catch-up, before the head is read
      store.releaseHead();
      await poll;
      store.holdHead = false;
      store.append(10);
      await (feed as unknown as { poll(): Promise<void> }).poll();
      expect(got).toEqual([6, 7, 8, 9, 10]);
    } finally {
      feed.beforeApplicationShutdown();
    }
  });

  it('follows the head without reading events while nobody listens, then serves a new subscriber from where it starts', async () => {
    const store = log();
    const feed = new EventFeedService(config as never, ds as never, store as unknown as PostgresEventStore, logger as never);
    await feed.onApplicationBootstrap();
    try {
      const reads = jest.spyOn(store, 'readAll');
      for (let p = 1; p <= 4; p++) store.append(p);
      await (feed as unknown as { poll(): Promise<void> }).poll();
      expect(reads).not.toHaveBeenCalled();
      const { sub, got } = subscriber(2);
      await feed.join(sub, () => true);
      store.append(5);
      await (feed as unknown as { poll(): Promise<void> }).poll();
      expect(got).toEqual([3, 4, 5]);
    } finally {
      feed.beforeApplicationShutdown();
    }
  });
});
