import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { extractFacts, type ArticleInput } from '@dyad/extraction';
import type { FactDraft } from '@dyad/domain';

interface Pending {
  input: ArticleInput;
  resolve: (facts: FactDraft[]) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

/**
 * Runs the extractor (pure, synchronous CPU: 1–3 ms per article) on worker threads, so that the
 * event loop keeps serving requests, SSE and health checks while articles are read, and a batch
 * uses every core. Each task goes to the thread with the fewest in hand. A thread that dies has
 * its tasks done on the event loop and is replaced; if threads keep dying as they start, extraction goes inline. With `threads` 0, or where the compiled worker is absent (the
 * TypeScript sources under Jest), extraction runs inline.
 */
export class ExtractionPool {
  private readonly slots: Slot[] = [];
  private nextId = 1;
  private closed = false;
  /** Threads that died within a second of starting, in a row: a broken worker script, not bad luck. */
  private quickDeaths = 0;
  mode: 'threads' | 'inline';

  constructor(
    threads: number,
    private readonly script = path.join(__dirname, 'extraction.worker.js'),
    private readonly onError: (msg: string, err: unknown) => void = () => undefined,
  ) {
    this.mode = threads > 0 && existsSync(script) ? 'threads' : 'inline';
    if (this.mode === 'threads') for (let i = 0; i < threads; i++) this.slots.push(this.spawn());
  }

  get threads(): number {
    return this.slots.length;
  }

  /** The facts of one article; the same answer extractFacts gives. */
  extract(input: ArticleInput): Promise<FactDraft[]> {
    if (this.mode === 'inline' || this.closed) return Promise.resolve(extractFacts(input));
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    const copy: ArticleInput = { title: input.title, body: input.body, publishedAt: input.publishedAt, source: input.source ?? null, url: input.url ?? null };
    return new Promise<FactDraft[]>((resolve) => {
      slot.pending.set(id, { input: copy, resolve });
      slot.worker.postMessage({ id, input: copy });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    // Extraction keeps ~10 MB alive; a bounded heap per thread keeps the process small. The old
    // generation may grow (a 1 MB article needs room), the young one is the memory a thread holds
    // all the time: 16 MB cost ~20 MB of resident memory per thread over 4 MB (docs/benchmarks.md).
    const worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 4 } });
    const slot: Slot = { worker, pending: new Map() };
    const born = Date.now();
    worker.unref();
    worker.on('message', ({ id, facts }: { id: number; facts: FactDraft[] }) => {
      const p = slot.pending.get(id);
      slot.pending.delete(id);
      p?.resolve(facts);
    });
    worker.on('error', (err) => this.onError('extraction thread failed', err));
    worker.on('exit', (code) => {
      // The tasks the thread had in hand are done here instead: extraction is pure, so the answer is the same.
      const orphans = [...slot.pending.values()];
      slot.pending.clear();
      orphans.forEach((p) => p.resolve(extractFacts(p.input)));
      const err = new Error(`extraction thread exited with code ${code}`);
      const i = this.slots.indexOf(slot);
      if (i < 0 || this.closed) return;
      this.quickDeaths = Date.now() - born < 1000 ? this.quickDeaths + 1 : 0;
      if (this.quickDeaths >= 3) {
        this.onError('extraction threads die as they start; extracting on the event loop from now on', err);
        this.mode = 'inline';
        this.slots.splice(i, 1);
        void this.close();
        return;
      }
      this.onError('extraction thread exited; starting another', err);
      this.slots[i] = this.spawn();
    });
    return slot;
  }
}
