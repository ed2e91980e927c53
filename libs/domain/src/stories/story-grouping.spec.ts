import fc from 'fast-check';
import { InMemoryMentions } from './in-memory-mentions';
import { loadNeighbourhood } from './neighbourhood';
import { groupMentions, type Mention, type StoryGroup } from './story-grouping';

/** The projector's incremental procedure, over memory: add or remove, then regroup the neighbourhood. */
class IncrementalStories {
  readonly source = new InMemoryMentions();
  private readonly storyOf = new Map<string, string>();
  private readonly stories = new Map<string, StoryGroup>();

  async add(m: Mention) {
    this.source.active.set(m.factId, m);
    await this.regroup([m]);
  }
  async remove(factId: string) {
    const m = this.source.active.get(factId)!;
    this.source.active.delete(factId);
    await this.regroup([m]);
    this.storyOf.delete(factId);
  }
  all() {
    return [...this.stories.values()].sort((a, b) => (a.storyId < b.storyId ? -1 : 1));
  }
  private async regroup(seeds: Mention[]) {
    const loaded = await loadNeighbourhood(this.source, seeds);
    for (const m of [...loaded, ...seeds]) {
      const old = this.storyOf.get(m.factId);
      if (old) this.stories.delete(old);
    }
    for (const g of groupMentions(loaded)) {
      this.stories.set(g.storyId, g);
      for (const id of g.factIds) this.storyOf.set(id, g.storyId);
    }
  }
}

const m = (factId: string, from: string, to = from, extra: Partial<Mention> = {}): Mention => ({
  factId,
  key: 'MeetingHeld:JPN,MNG',
  from,
  to,
  place: null,
  tag: null,
  ...extra,
});

const mentionArb = fc
  .record({
    key: fc.constantFrom('MeetingHeld:JPN,MNG', 'MeetingHeld:CHN,USA', 'VisitMade:JPN>MNG'),
    month: fc.integer({ min: 1, max: 3 }),
    day: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    place: fc.constantFrom(null, null, 'ulaanbaatar', 'tokyo'),
  })
  .map(({ key, month, day, place }) => {
    const mm = `2022-0${month}`;
    const from = day ? `${mm}-0${day}` : `${mm}-01`;
    const to = day ? from : `${mm}-28`;
    return { key, from, to, place, tag: null };
  });
const mentionsArb = fc
  .array(mentionArb, { minLength: 1, maxLength: 25 })
  .map((list) => list.map((x, i) => ({ ...x, factId: `f${String(i).padStart(3, '0')}` }) as Mention));

describe('story grouping', () => {
  it('keeps two meetings on different days apart, and a month-only report bridges them', () => {
    expect(groupMentions([m('a', '2022-05-01'), m('b', '2022-05-20')])).toHaveLength(2);
    const bridged = groupMentions([m('a', '2022-05-01'), m('b', '2022-05-20'), m('c', '2022-05-01', '2022-05-31')]);
    expect(bridged).toEqual([{ storyId: 'a', key: 'MeetingHeld:JPN,MNG', factIds: ['a', 'b', 'c'], from: '2022-05-01', to: '2022-05-31' }]);
  });

  it('keeps meetings a month apart as two stories, and different places apart', () => {
    expect(groupMentions([m('a', '2022-05-01'), m('b', '2022-06-01')])).toHaveLength(2);
    expect(groupMentions([m('a', '2022-05-01', '2022-05-01', { place: 'tokyo' }), m('b', '2022-05-01', '2022-05-01', { place: 'seoul' })])).toHaveLength(2);
    expect(groupMentions([m('a', '2022-05-01', '2022-05-01', { place: 'tokyo' }), m('b', '2022-05-01')])).toHaveLength(1);
  });

  it('gives the same stories in any arrival order, incrementally, as grouping everything at once', async () => {
    await fc.assert(
      fc.asyncProperty(mentionsArb, fc.func(fc.integer()), async (mentions, rank) => {
        const order = [...mentions].sort((a, b) => rank(a.factId) - rank(b.factId) || (a.factId < b.factId ? -1 : 1));
        const sut = new IncrementalStories();
        for (const x of order) await sut.add(x);
        expect(sut.all()).toEqual(groupMentions(mentions));
      }),
      { numRuns: 200 },
    );
  });

  it('splits a story again when the mention that bridged it is removed', async () => {
    await fc.assert(
      fc.asyncProperty(mentionsArb, fc.nat(), async (mentions, pick) => {
        const sut = new IncrementalStories();
        for (const x of mentions) await sut.add(x);
        const gone = mentions[pick % mentions.length];
        await sut.remove(gone.factId);
        expect(sut.all()).toEqual(groupMentions(mentions.filter((x) => x !== gone)));
      }),
      { numRuns: 200 },
    );
  });
});
