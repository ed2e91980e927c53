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

  it('computes every column but data without the fields the rebuild leaves out (UNMAPPED_FACT_FIELDS)', () => {
    for (const draft of [...drafts, ...drafts.map(withCameo)]) {
      const e = asEvent(draft);
      const full = toFactRow(e)!;
      const data = { ...(e.data as unknown as Record<string, unknown>) };
      for (const k of UNMAPPED_FACT_FIELDS) delete data[k];
      const trimmed = toFactRow({ ...e, data })!;
      expect({ ...trimmed, data: null }).toEqual({ ...full, data: null });
    }
  });
});
