import { Inject, Injectable, ServiceUnavailableException, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Config } from '@dyad/config';
import { CONFIG } from '@dyad/platform';
import { defer, finalize, mergeMap, type Observable } from 'rxjs';

/**
 * Bounds the ingest work in flight: at most INGEST_CONCURRENCY requests are worked on at once,
 * INGEST_QUEUE more wait their turn in arrival order, and the rest answer 503 (with Retry-After)
 * at once. This keeps memory and latency bounded under overload instead of accepting everything
 * and slowing everyone down.
 */
@Injectable()
export class IngestGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(@Inject(CONFIG) private readonly config: Config) {}

  async acquire(): Promise<void> {
    if (this.running < this.config.INGEST_CONCURRENCY) {
      this.running++;
      return;
    }
    if (this.waiting.length >= this.config.INGEST_QUEUE) {
      throw new ServiceUnavailableException(`ingest is at capacity (${this.running} working, ${this.waiting.length} waiting); retry later`);
    }
    // release() hands its slot over directly, so `running` stays counted.
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }

  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }
}

/** Runs an ingest endpoint inside the gate. */
@Injectable()
export class IngestGateInterceptor implements NestInterceptor {
  constructor(private readonly gate: IngestGate) {}

  intercept(_ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    return defer(() => this.gate.acquire()).pipe(mergeMap(() => next.handle().pipe(finalize(() => this.gate.release()))));
  }
}
