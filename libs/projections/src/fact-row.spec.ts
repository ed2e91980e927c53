import { aMeeting, anAbstention, anAgreement, asEvent } from '../../../test/fixtures/facts.builders';
import type { FactDraft } from '@dyad/domain';
import { toFactRow, UNMAPPED_FACT_FIELDS } from './fact-row';

describe('toFactRow', () => {
  const drafts: FactDraft[] = [
    aMeeting().between('JPN', 'MNG'),
    { ...aMeeting().between('CHN', 'USA', 'FRA'), location: { city: 'Genève', country: 'CHE' } } as FactDraft,
    anAgreement().between('JPN', 'MNG'),
    anAgreement().between('MNG', 'JPN', 0.5, null),
    anAbstention().by('MNG', 'RUS', 'UKR', 'MNG'),
    { ...anAbstention().by('MNG', 'RUS'), type: 'VoteCast', position: 'yes', resolution: { symbol: 'A/1' } } as unknown as FactDraft,
    { ...aMeeting().between('JPN', 'MNG'), date: undefined } as unknown as FactDraft,
  ];
  const withCameo = (d: FactDraft) =>
    ({
      ...d,
      cameo: { code: '036', goldstein: 4, quadClass: 1 },
      about: 'x',
      evidence: { sentence: 's', start: 0, end: 1 },
      people: [{ name: 'A B', role: 'foreign minister', country: 'JPN' }],
      tally: { yes: 3, no: 1 },
    }) as unknown as FactDraft;

  it('computes every column without the fields the rebuild leaves out (UNMAPPED_FACT_FIELDS)', () => {
    for (const draft of [...drafts, ...drafts.map(withCameo)]) {
      const e = asEvent(draft);
      const full = toFactRow(e)!;
      const data = { ...(e.data as unknown as Record<string, unknown>) };
      for (const k of UNMAPPED_FACT_FIELDS) delete data[k];
      const trimmed = toFactRow({ ...e, data })!;
      expect(trimmed).toEqual(full);
    }
  });

  it('keeps the report date (else the day the event occurred) and the Goldstein score', () => {
    const e = asEvent(withCameo(aMeeting().between('JPN', 'MNG')));
    expect(toFactRow(e)).toMatchObject({ reported_at: (e.data as { reportedAt?: string }).reportedAt ?? e.occurredAt.slice(0, 10), goldstein: 4 });
    const bare = { ...e, data: { ...(e.data as object), reportedAt: null, cameo: undefined }, occurredAt: '2024-03-05T23:30:00.000Z' };
    expect(toFactRow(bare)).toMatchObject({ reported_at: '2024-03-05', goldstein: null });
  });
});
