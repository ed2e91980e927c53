import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { Config, JsonLogger } from '@dyad/config';
import type { EventEnvelope } from '@dyad/domain';
import { isProjectedType, PROJECTED_TYPES } from '@dyad/projections';
import { PostgresEventStore, sqlOf, type Sql } from '@dyad/event-store';
import { CONFIG, DATA_SOURCE, LOGGER } from '@dyad/platform';
import type { DataSource } from 'typeorm';

/** One SSE connection as the feed sees it. */
export interface Subscriber {
  /** Position of the last event this subscriber has been sent or has passed over. */
  sent: number;
  deliver(e: EventEnvelope): void;
  close(): void;
}

const PAGE = 500;

/**
 * The live half of GET /streams/events. One poller per process reads the event store after its
 * position (gap-safe, see PostgresEventStore) and fans new events out to every live subscriber.
 * A new subscriber first catches up from the store on its own, and joins the live set only when it
 * has reached the poller's position, so it sees every event once: no gap, no duplicate.
 */
@Injectable()
export class EventFeedService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly live = new Set<Subscriber>();
  private position = 0;
  private timer: NodeJS.Timeout | null = null;
  private polling = false;
  /** A commit was signalled while a poll ran (its read may have started before that commit). */
  private again = false;
  private stopped = false;
  private lastWarning = 0;
  private readonly db: Sql;

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    @Inject(DATA_SOURCE) ds: DataSource,
    private readonly store: PostgresEventStore,
    @Inject(LOGGER) private readonly logger: JsonLogger,
  ) {
    this.db = sqlOf(ds);
  }

  async onApplicationBootstrap(): Promise<void> {
    this.position = await this.store.head(this.db);
    this.timer = setInterval(() => void this.poll(), this.config.SSE_POLL_MS);
  }

  get heartbeatMs(): number {
    return this.config.SSE_HEARTBEAT_MS;
  }

  get subscribers(): number {
    return this.live.size;
  }

  /** Sends history after `sub.sent`, then adds the subscriber to the live set. */
  async join(sub: Subscriber, isOpen: () => boolean): Promise<void> {
    for (;;) {
      const target = this.position;
      const page = await this.store.readAll(this.db, sub.sent, PAGE, PROJECTED_TYPES);
      if (!isOpen()) return;
      for (const e of page) {
        sub.deliver(e);
        sub.sent = e.globalPosition;
      }
      if (page.length < PAGE) {
        // The read started after the poller reached `target`, so it returned every fact up to it.
        sub.sent = Math.max(sub.sent, target);
        // No await since the check: the poller cannot move between it and the add.
        if (sub.sent >= this.position) {
          this.live.add(sub);
          return;
        }
      }
    }
  }

  leave(sub: Subscriber): void {
    this.live.delete(sub);
  }

  /**
   * A commit in this process appended events: read them now rather than at the next tick (only
   * when someone listens; the timer still finds other processes' commits).
   */
  nudge(): void {
    if (this.live.size === 0 || this.stopped) return;
    if (this.polling) this.again = true;
    else void this.poll();
  }

  private async poll(): Promise<void> {
    if (this.polling || this.stopped) return;
    this.polling = true;
    try {
      if (this.live.size === 0) {
        // Nobody listening: follow the head only (the head is gap-safe, see PostgresEventStore).
        // Reading and parsing every new event for nobody was ~8% of the API's CPU under ingest.
        // A subscriber that joined during the read has caught up to the old position only: then
        // the position stays, and the next poll reads the events for it.
        const head = await this.store.head(this.db);
        if (this.live.size === 0) this.position = Math.max(this.position, head);
        return;
      }
      for (;;) {
        const page = await this.store.readAll(this.db, this.position, PAGE);
        if (page.length === 0) break;
        for (const e of page) {
          if (isProjectedType(e.type)) {
            for (const sub of this.live) {
              if (e.globalPosition > sub.sent) {
                sub.deliver(e);
                sub.sent = e.globalPosition;
              }
            }
          }
        }
        this.position = page[page.length - 1].globalPosition;
        if (page.length < PAGE) break;
      }
    } catch (err) {
      // Postgres down: keep polling, but say so once every 10 s, not at every poll.
      if (Date.now() - this.lastWarning > 10_000) {
        this.lastWarning = Date.now();
        this.logger.warn({ msg: 'event feed poll failed; will retry', error: (err as Error).message }, 'EventFeed');
      }
    } finally {
      this.polling = false;
      if (this.again) {
        this.again = false;
        void this.poll();
      }
    }
  }

  beforeApplicationShutdown(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    for (const sub of this.live) sub.close();
    this.live.clear();
  }
}
