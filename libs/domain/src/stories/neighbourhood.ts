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
 * the seeds' keys that are linked to them through overlapping day ranges. The window grows until
 * no loaded mention reaches past it, so the result is closed under overlap and holds whole stories:
 * regrouping it alone gives the same stories as regrouping everything.
 */
export async function loadNeighbourhood<M extends Mention>(source: MentionSource<M>, seeds: readonly Mention[]): Promise<M[]> {
  const windows = new Map<string, KeyWindow>();
  const widen = (m: { key: string; from: string; to: string }) => {
    const w = windows.get(m.key);
    if (!w) {
      windows.set(m.key, { key: m.key, from: m.from, to: m.to });
      return true;
    }
    let grew = false;
    if (m.from < w.from) (w.from = m.from), (grew = true);
    if (m.to > w.to) (w.to = m.to), (grew = true);
    return grew;
  };
  seeds.forEach(widen);
  for (;;) {
    const loaded = await source.overlapping([...windows.values()].map((w) => ({ ...w })));
    let grew = false;
    for (const m of loaded) grew = widen(m) || grew;
    if (!grew) return loaded;
  }
}
