import { Inject, Injectable, ServiceUnavailableException, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Config } from '@dyad/config';
import { CONFIG } from '@dyad/platform';
import type { HttpRequest } from '../common/http-types';
import { defer, finalize, mergeMap, type Observable } from 'rxjs';

/**
 * Bounds the ingest work in flight, counted in articles (a batch of 100 weighs 100, one article
 * 1): at most INGEST_MAX_ARTICLES are worked on at once, INGEST_QUEUE more requests wait their
 * turn in arrival order (first come, first served, so a batch is not starved by singles), and the
 * rest answer 503 (with Retry-After) at once. Memory and latency stay bounded under overload
 * instead of growing with the backlog.
 */
@Injectable()
export class IngestGate {
  private inFlight = 0;
  private readonly waiting: { weight: number; go: () => void }[] = [];

  constructor(@Inject(CONFIG) private readonly config: Config) {}

  /** Resolves when `weight` articles may be worked on; throws 503 when the queue is full. */
  async acquire(weight = 1): Promise<number> {
    const w = Math.max(1, Math.min(weight, this.config.INGEST_MAX_ARTICLES));
    if (this.waiting.length === 0 && this.inFlight + w <= this.config.INGEST_MAX_ARTICLES) {
      this.inFlight += w;
      return w;
    }
    if (this.waiting.length >= this.config.INGEST_QUEUE) {
      throw new ServiceUnavailableException(`ingest is at capacity (${this.inFlight} articles in work, ${this.waiting.length} requests waiting); retry later`);
    }
    await new Promise<void>((go) => this.waiting.push({ weight: w, go }));
    return w;
  }

  release(weight: number): void {
    this.inFlight -= weight;
    // Admit waiting requests in order while the head fits (the head is never overtaken).
    while (this.waiting.length > 0 && this.inFlight + this.waiting[0].weight <= this.config.INGEST_MAX_ARTICLES) {
      const next = this.waiting.shift()!;
      this.inFlight += next.weight;
      next.go();
    }
  }

  get load(): { articles: number; waiting: number } {
    return { articles: this.inFlight, waiting: this.waiting.length };
  }
}

/** Runs an ingest endpoint inside the gate, weighed by the number of articles in its body. */
@Injectable()
export class IngestGateInterceptor implements NestInterceptor {
  constructor(private readonly gate: IngestGate) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const body = ctx.switchToHttp().getRequest<HttpRequest>().body as { articles?: unknown } | undefined;
    const weight = Array.isArray(body?.articles) ? body.articles.length : 1;
    return defer(() => this.gate.acquire(weight)).pipe(mergeMap((w) => next.handle().pipe(finalize(() => this.gate.release(w)))));
  }
}
