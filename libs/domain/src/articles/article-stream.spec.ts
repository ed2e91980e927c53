import type { Fact, FactDraft } from '../facts/fact.types';
import { ArticleCommandRejected, decideCorrect, decideReextract, decideRetract } from './article-commands';
import { foldArticle, reconcileFacts, type FollowUpContext } from './article-stream';
import { decideIngestArticle } from './ingest-article.decider';

const draft = (date: string, extra: Partial<FactDraft> = {}): FactDraft =>
  ({ type: 'MeetingHeld', participants: ['JPN', 'MNG'], date, confidence: 0.9, modality: 'asserted', extractor: { name: 'x', version: '1' }, ...extra }) as FactDraft;
const visit = (date: string): FactDraft =>
  ({ type: 'VisitMade', visitor: 'JPN', host: 'MNG', date, confidence: 0.9, modality: 'asserted', extractor: { name: 'x', version: '1' } }) as FactDraft;

let n = 0;
const newId = () => `id-${++n}`;
const article = { title: 'T', body: 'B', publishedAt: '2022-05-01', url: null, source: 'Kyodo', language: 'en' };
const ingested = (facts: FactDraft[], version = '1') =>
  decideIngestArticle(article, {
    articleId: 'a',
    contentHash: 'h1',
    occurredAt: '2022-05-01T00:00:00Z',
    correlationId: 'c',
    newId,
    extractor: { name: 'x', version },
    facts,
    factSource: 'extractor',
  });
const ctx = (): FollowUpContext => ({
  articleId: 'a',
  occurredAt: '2022-05-02T00:00:00Z',
  reportedAt: '2022-05-01',
  outlet: 'Kyodo',
  metadata: { correlationId: 'c', causationId: null },
  newId,
  factSource: 'extractor',
});

describe('article stream', () => {
  it('folds ingest, retraction and correction into the facts that stand', () => {
    const events = ingested([draft('2022-05-01'), visit('2022-05-01')]);
    const state = foldArticle(events);
    expect(state).toMatchObject({ exists: true, version: 1, retracted: false });
    expect(state.active.size).toBe(2);
    expect([...state.active.values()][0]).toMatchObject({ outlet: 'Kyodo', reportedAt: '2022-05-01' });
    const retracted = foldArticle([...events, ...decideRetract(state, 'wrong', ctx())]);
    expect(retracted).toMatchObject({ retracted: true });
    expect(retracted.active.size).toBe(0);
    expect(retracted.retractedFacts.size).toBe(2);
  });

  it('refuses to retract twice or to touch an unknown article', () => {
    const state = foldArticle(ingested([]));
    const once = foldArticle([...ingested([]), ...decideRetract(state, null, ctx())]);
    expect(() => decideRetract(once, null, ctx())).toThrow(ArticleCommandRejected);
    expect(() => decideRetract(foldArticle([]), null, ctx())).toThrow(/no article/);
  });

  it('reconciles: same fact kept, changed one superseded, new one added, gone one retracted', () => {
    const events = ingested([draft('2022-05-01'), visit('2022-05-01')]);
    const active = [...foldArticle(events).active.values()] as Fact[];
    const r = reconcileFacts(active, [draft('2022-05-02'), visit('2022-05-01')]);
    expect(r.keep.map((f) => f.type)).toEqual(['VisitMade']);
    expect(r.retract).toHaveLength(1);
    expect(r.retract[0].supersededBy).toMatchObject({ date: '2022-05-02' });
    expect(r.add).toHaveLength(1);
    expect(reconcileFacts(active, [])).toMatchObject({ keep: [], add: [] });
  });

  it('decides a correction only when the text changed, and names the superseding fact', () => {
    const state = foldArticle(ingested([draft('2022-05-01')]));
    expect(decideCorrect(state, { ...article, contentHash: 'h1' }, [], { name: 'x', version: '1' }, ctx())).toEqual([]);
    const events = decideCorrect(state, { ...article, contentHash: 'h2' }, [draft('2022-05-03')], { name: 'x', version: '1' }, ctx());
    expect(events.map((e) => e.type)).toEqual(['ArticleCorrected', 'FactRetracted', 'MeetingHeld']);
    expect((events[1].data as { supersededBy: string }).supersededBy).toBe(events[2].eventId);
    expect(events[0].data).toMatchObject({ version: 2, previousContentHash: 'h1' });
  });

  it('re-extracts only from an older version of the same extractor, and then never again', () => {
    const state = foldArticle(ingested([draft('2022-05-01')], '1'));
    expect(decideReextract(state, [draft('2022-05-01')], { name: 'x', version: '1' }, ctx())).toEqual([]);
    const events = decideReextract(state, [draft('2022-05-01')], { name: 'x', version: '2' }, ctx());
    expect(events.map((e) => e.type)).toEqual(['ArticleReextracted']);
    const after = foldArticle([...ingested([draft('2022-05-01')], '1'), ...events]);
    expect(decideReextract(after, [draft('2022-05-01')], { name: 'x', version: '2' }, ctx())).toEqual([]);
    expect(decideReextract(state, [], { name: 'client', version: '2' }, ctx())).toEqual([]);
  });
});
