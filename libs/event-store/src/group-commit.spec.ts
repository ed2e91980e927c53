import { GroupCommit, type GroupCommitStore } from './group-commit';

/** A store that records the groups it is asked to commit, with a commit that takes a while. */
function store(opts: { raceIn?: (group: string[]) => boolean; failWith?: Error; taken?: Set<string> } = {}) {
  const groups: string[][] = [];
  const singles: string[] = [];
  const taken = opts.taken ?? new Set<string>();
  const s: GroupCommitStore<string> = {
    async commitAll(group) {
      groups.push(group);
      await new Promise((r) => setTimeout(r, 5));
      if (opts.failWith) throw opts.failWith;
      if (opts.raceIn?.(group) || group.some((x) => taken.has(x))) return false;
      group.forEach((x) => taken.add(x));
      return true;
    },
    async commitOne(item) {
      singles.push(item);
      await new Promise((r) => setTimeout(r, 1));
      if (opts.failWith) throw opts.failWith;
      if (taken.has(item)) return false;
      taken.add(item);
      return true;
    },
  };
  return { s, groups, singles, taken };
}

describe('GroupCommit', () => {
  it('commits a lone article at once, on its own', async () => {
    const { s, groups, singles } = store();
    await expect(new GroupCommit(s).submit('a')).resolves.toBe('committed');
    expect(groups).toEqual([]);
    expect(singles).toEqual(['a']);
  });

  it('puts the articles that arrive during a commit into the next transaction together', async () => {
    const { s, groups, singles } = store();
    const gc = new GroupCommit(s);
    const first = gc.submit('a');
    const rest = ['b', 'c', 'd', 'e'].map((x) => gc.submit(x));
    await expect(Promise.all([first, ...rest])).resolves.toEqual(Array(5).fill('committed'));
    expect(singles).toEqual(['a']);
    expect(groups).toEqual([['b', 'c', 'd', 'e']]);
  });

  it('caps a group at maxGroup', async () => {
    const { s, groups, singles } = store();
    const gc = new GroupCommit(s, 3);
    await Promise.all(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((x) => gc.submit(x)));
    expect(groups).toEqual([['b', 'c', 'd'], ['e', 'f', 'g']]);
    expect(singles).toEqual(['a', 'h']);
  });

  it('when a group loses a race, commits each article on its own and tells which were duplicates', async () => {
    const taken = new Set(['c']);
    const { s, groups, singles } = store({ taken });
    const gc = new GroupCommit(s);
    const out = await Promise.all(['a', 'b', 'c', 'd'].map((x) => gc.submit(x)));
    expect(out).toEqual(['committed', 'committed', 'duplicate', 'committed']);
    expect(groups).toEqual([['b', 'c', 'd']]);
    expect(singles).toEqual(['a', 'b', 'c', 'd']);
  });

  it('fails every article of a group whose transaction fails, and goes on with the next ones', async () => {
    const down = new Error('database down');
    const { s } = store({ failWith: down });
    const gc = new GroupCommit(s);
    const out = await Promise.allSettled(['a', 'b', 'c'].map((x) => gc.submit(x)));
    expect(out.every((o) => o.status === 'rejected' && o.reason === down)).toBe(true);
  });

  it('with gather, items submitted in the same turn go in one group from the start', async () => {
    const { s, groups, singles } = store();
    const gc = new GroupCommit(s, 100, true);
    await Promise.all(['a', 'b', 'c'].map((x) => gc.submit(x)));
    expect(groups).toEqual([['a', 'b', 'c']]);
    expect(singles).toEqual([]);
    // A lone item still commits on its own, one turn later.
    await gc.submit('d');
    expect(singles).toEqual(['d']);
  });

  it('stops a group before its weight passes maxWeight, and always takes one item', async () => {
    const { s, groups, singles } = store();
    const weights: Record<string, number> = { a: 1, b: 400, c: 500, d: 200, e: 2000, f: 1 };
    const gc = new GroupCommit(s, 100, true, (x) => weights[x], 1000);
    await Promise.all(Object.keys(weights).map((x) => gc.submit(x)));
    // a + b + c weigh 901; with d 1101: d waits. d + e pass the limit: d alone; e alone (heavier
    // than the limit by itself); then f.
    expect(groups).toEqual([['a', 'b', 'c']]);
    expect(singles).toEqual(['d', 'e', 'f']);
  });
});
