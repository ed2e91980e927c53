/** What happened to one article: committed, or a concurrent ingest stored the same article first. */
export type CommitOutcome = 'committed' | 'duplicate';

export interface GroupCommitStore<T> {
  /** Commits every article of the group in one transaction; false (nothing committed) if any of them lost a race. */
  commitAll(group: T[]): Promise<boolean>;
  /** Commits one article in its own transaction; false if a concurrent ingest stored it first. */
  commitOne(item: T): Promise<boolean>;
}

/**
 * Group commit for single-article ingest. Appends are serialised by the event store's append lock
 * (gap-safe positions) and each commit waits for its WAL flush, so one transaction per article
 * caps throughput at the commit rate. Here, articles that arrive while a commit is in flight wait
 * for it and then go together in the next transaction: at low load a lone article commits at
 * once (no timer, no added latency); under load, commits carry many articles. When a group loses a
 * race (another request stored one of its articles first) nothing of it is committed and each
 * article is committed on its own, which sorts out which one is the duplicate.
 */
export class GroupCommit<T> {
  private queue: { p: T; resolve: (o: CommitOutcome) => void; reject: (e: unknown) => void }[] = [];
  private draining = false;

  constructor(
    private readonly store: GroupCommitStore<T>,
    private readonly maxGroup = 100,
  ) {}

  submit(p: T): Promise<CommitOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ p, resolve, reject });
      if (!this.draining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.queue.length > 0) {
        const group = this.queue.splice(0, this.maxGroup);
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
