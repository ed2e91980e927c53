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
  let heldRead: (() => void) | null = null;
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
    holdRead: false,
    /** A held read answers with the events as they were when it started. */
    async readAll(_db: unknown, after: number, limit: number) {
      const page = events.filter((e) => e.globalPosition > after).slice(0, limit);
      if (!store.holdRead) return page;
      return new Promise<EventEnvelope[]>((r) => (heldRead = () => r(page)));
    },
    releaseRead: () => heldRead?.(),
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

  it('reads at once when a commit is signalled, and reads again when one is signalled during a read', async () => {
    const store = log();
    const feed = new EventFeedService(config as never, ds as never, store as unknown as PostgresEventStore, logger as never);
    await feed.onApplicationBootstrap(); // the timer ticks once an hour: only nudges deliver here
    const settle = async () => { for (let i = 0; i < 10; i++) await new Promise((r) => setImmediate(r)); };
    try {
      const { sub, got } = subscriber(0);
      await feed.join(sub, () => true);
      store.append(1);
      feed.nudge();
      await settle();
      expect(got).toEqual([1]);
      // A read that started before event 3 committed: the nudge for 3 must not be lost.
      store.holdRead = true;
      store.append(2);
      feed.nudge();
      store.append(3);
      feed.nudge();
      store.holdRead = false;
      store.releaseRead();
      await settle();
      expect(got).toEqual([1, 2, 3]);
    } finally {
      feed.beforeApplicationShutdown();
    }
  });
});
