import type { Mention } from './story-grouping';

/** A window of one story key: mentions whose day range overlaps [from, to]. */
export interface KeyWindow {
  key: string;
  from: string;
  to: string;
}

/** Where the incremental grouping reads active mentions from (Postgres, or memory in tests). */
export interface MentionSource<M extends Mention = Mention> {
  overlapping(windows: KeyWindow[]): Promise<M[]>;
}

/**
 * Everything a change to `seeds` (mentions added or removed) can regroup: the active mentions of
 * the seeds' keys that are linked to them through overlapping day ranges. Windows are kept as
 * disjoint intervals per key (two seeds months apart do not pull in everything between them) and
 * grow until no loaded mention reaches past them, so the result is closed under overlap and holds
 * whole stories: regrouping it alone gives the same stories as regrouping everything.
 */
export async function loadNeighbourhood<M extends Mention>(source: MentionSource<M>, seeds: readonly Mention[]): Promise<M[]> {
  const windows = new Map<string, { from: string; to: string }[]>();
  /** Adds a range to its key's intervals, merging overlaps; true when the covered days grew. */
  const widen = (m: { key: string; from: string; to: string }): boolean => {
    const list = windows.get(m.key) ?? [];
    let from = m.from;
    let to = m.to;
    const keep: { from: string; to: string }[] = [];
    let covered = false;
    for (const w of list) {
      if (w.to < from || w.from > to) keep.push(w);
      else {
        if (w.from <= from && w.to >= to) covered = true;
        if (w.from < from) from = w.from;
        if (w.to > to) to = w.to;
      }
    }
    if (covered) return false;
    keep.push({ from, to });
    windows.set(m.key, keep);
    return true;
  };
  seeds.forEach(widen);
  const byId = new Map<string, M>();
  for (;;) {
    const query = [...windows].flatMap(([key, list]) => list.map((w) => ({ key, from: w.from, to: w.to })));
    const loaded = await source.overlapping(query);
    let grew = false;
    for (const m of loaded) {
      byId.set(m.factId, m);
      grew = widen(m) || grew;
    }
    if (!grew) return [...byId.values()];
  }
}
