/** What happened to one item: committed, or refused by its own commit (e.g. a concurrent ingest stored the same article first). */
export type CommitOutcome = 'committed' | 'duplicate';

export interface GroupCommitStore<T> {
  /** Commits every item of the group in one transaction; false (nothing committed) if that cannot be done for the group as a whole. */
  commitAll(group: T[]): Promise<boolean>;
  /** Commits one item in its own transaction; false if it is refused (for ingest: a concurrent ingest stored it first). */
  commitOne(item: T): Promise<boolean>;
}

/**
 * Group commit. Each commit waits for its WAL flush, and ingest appends are serialised by the
 * event store's append lock (gap-safe positions), so one transaction per item caps throughput at
 * the commit rate. Here, items that arrive while a commit is in flight wait for it and then go
 * together in the next transaction: at low load a lone item commits at once (no timer, no added
 * latency); under load, commits carry many items. When a group cannot commit as a whole (for
 * ingest: another request stored one of its articles first) nothing of it is committed and each
 * item is committed on its own, which sorts out which one is refused.
 *
 * Used by single-article ingest, and by the projector for the batches of the partitions one Kafka
 * fetch returns (`gather`: wait one turn of the event loop before the first commit, so that items
 * submitted together in the same turn go in one transaction).
 */
export class GroupCommit<T> {
  private queue: { p: T; resolve: (o: CommitOutcome) => void; reject: (e: unknown) => void }[] = [];
  private draining = false;

  constructor(
    private readonly store: GroupCommitStore<T>,
    private readonly maxGroup = 100,
    private readonly gather = false,
    /** A group also stops before its items' total weight passes `maxWeight` (it always takes one item). */
    private readonly weigh: (item: T) => number = () => 0,
    private readonly maxWeight = Infinity,
  ) {}

  submit(p: T): Promise<CommitOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ p, resolve, reject });
      if (!this.draining) void this.drain();
    });
  }

  /** How many queued items the next group takes. */
  private groupLength(): number {
    let n = 0;
    let weight = 0;
    while (n < this.queue.length && n < this.maxGroup) {
      weight += this.weigh(this.queue[n].p);
      if (n > 0 && weight > this.maxWeight) break;
      n++;
    }
    return n;
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      if (this.gather) await new Promise((r) => setImmediate(r));
      while (this.queue.length > 0) {
        const group = this.queue.splice(0, this.groupLength());
        try {
          if (group.length > 1 && (await this.store.commitAll(group.map((g) => g.p)))) {
            group.forEach((g) => g.resolve('committed'));
            continue;
          }
        } catch (err) {
          group.forEach((g) => g.reject(err));
          continue;
        }
        for (const g of group) {
          try {
            g.resolve((await this.store.commitOne(g.p)) ? 'committed' : 'duplicate');
          } catch (err) {
            g.reject(err);
          }
        }
      }
    } finally {
      this.draining = false;
    }
  }
}
