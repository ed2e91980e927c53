import { Injectable } from '@nestjs/common';
import { EventFeedService } from '../streams/event-feed.service';
import { OutboxRelayService } from '../outbox-relay.service';

/**
 * Told after every commit that appended events: the outbox relay publishes them and the SSE feed
 * reads them now, instead of at their next poll (commits of other API processes are still found
 * by the polls).
 */
@Injectable()
export class AfterCommit {
  constructor(
    private readonly relay: OutboxRelayService,
    private readonly feed: EventFeedService,
  ) {}

  appended(): void {
    this.relay.nudge();
    this.feed.nudge();
  }
}
