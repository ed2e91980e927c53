import type { KeyWindow, MentionSource } from './neighbourhood';
import type { Mention } from './story-grouping';

/** A MentionSource over an array: the reference for tests of the incremental grouping. */
export class InMemoryMentions implements MentionSource {
  readonly active = new Map<string, Mention>();

  async overlapping(windows: KeyWindow[]): Promise<Mention[]> {
    return [...this.active.values()].filter((m) => windows.some((w) => w.key === m.key && m.from <= w.to && m.to >= w.from));
  }
}
