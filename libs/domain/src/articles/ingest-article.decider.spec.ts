import { decideIngestArticle, normaliseContent, normaliseUrl } from './ingest-article.decider';

const article = { title: 'T', body: 'B', publishedAt: '2022-05-01', url: null, source: null, language: 'en' };

describe('decideIngestArticle', () => {
  const ctx = () => {
    let n = 0;
    return {
      articleId: 'a-1',
      contentHash: 'h',
      occurredAt: '2022-05-01T00:00:00.000Z',
      correlationId: 'corr',
      newId: () => `id-${++n}`,
      extractor: { name: 'x', version: '1' },
      factSource: 'extractor' as const,
      facts: [
        {
          type: 'MeetingHeld' as const,
          participants: ['JPN', 'MNG'],
          confidence: 0.9,
          modality: 'asserted' as const,
          extractor: { name: 'x', version: '1' },
        },
      ],
    };
  };

  it('gives ArticleIngested, then one event per fact caused by it', () => {
    const events = decideIngestArticle(article, ctx());
    expect(events.map((e) => e.type)).toEqual(['ArticleIngested', 'MeetingHeld']);
    expect(events[1].metadata).toEqual({ correlationId: 'corr', causationId: events[0].eventId });
    expect(events[1].data).toMatchObject({ factId: events[1].eventId, articleId: 'a-1', source: 'extractor', reportedAt: '2022-05-01' });
    expect(events[0].data).toMatchObject({ factIds: [events[1].eventId], bodyLength: 1 });
  });

  it('is deterministic', () => {
    expect(decideIngestArticle(article, ctx())).toEqual(decideIngestArticle(article, ctx()));
  });
});

describe('dedupe keys', () => {
  it('ignore case, Unicode form and whitespace of the body', () => {
    expect(normaliseContent('  Café\n\nTalks ')).toBe(normaliseContent('CAFE\u0301 talks'.normalize('NFC')));
  });
  it('ignore URL fragments, host case and a trailing slash', () => {
    expect(normaliseUrl('https://Example.com/a/b/#top')).toBe(normaliseUrl('https://example.com/a/b'));
  });
});
