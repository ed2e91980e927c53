import { groupMentions, type Fact, type VoteAbstainedFields, type VoteCastFields } from '@dyad/domain';
import { countryRef, type MentionWithFact } from './story-view';

type VoteFact = Fact & (VoteAbstainedFields | VoteCastFields);
export type Position = 'yes' | 'no' | 'abstain';

const positionOf = (f: VoteFact): Position => (f.type === 'VoteAbstained' ? 'abstain' : f.position);

/**
 * Groups vote mentions by resolution: the same body and countries concerned, compatible dates, and
 * the same symbol where both reports give one. The resolution id is its smallest fact id.
 */
export function resolutionsOf(mentions: MentionWithFact[]) {
  const votes = mentions.filter((m) => m.type === 'VoteAbstained' || m.type === 'VoteCast');
  const asResolution = votes.map((m) => {
    const f = m.data as VoteFact;
    return { ...m, key: `${f.body}:${[...new Set(f.concerning ?? [])].sort().join(',')}` };
  });
  const byId = new Map(asResolution.map((m) => [m.factId, m]));
  return groupMentions(asResolution).map((g) => {
    const members = g.factIds.map((id) => byId.get(id)!);
    const facts = members.map((m) => m.data as VoteFact);
    const first = <T>(pick: (f: VoteFact) => T | null | undefined) => facts.map(pick).find((v) => v !== null && v !== undefined) ?? null;
    const records = new Map<string, { position: Position; factId: string; articleId: string | null }[]>();
    for (const m of members) {
      const f = m.data as VoteFact;
      records.set(f.country, [...(records.get(f.country) ?? []), { position: positionOf(f), factId: m.factId, articleId: m.articleId }]);
    }
    const span = (m: MentionWithFact) => Date.parse(m.to) - Date.parse(m.from);
    const dated = [...members].sort((a, b) => span(a) - span(b) || a.from.localeCompare(b.from))[0];
    return {
      resolutionId: g.storyId,
      body: facts[0].body,
      symbol: first((f) => f.resolution?.symbol),
      subject: first((f) => f.resolution?.subject),
      date: dated.data.date ?? dated.from,
      concerning: (facts[0].concerning ?? []).map(countryRef),
      tally: facts.map((f) => f.tally).filter(Boolean).sort((a, b) => filled(b) - filled(a))[0] ?? null,
      countries: [...records]
        .map(([country, recs]) => {
          const positions = [...new Set(recs.map((r) => r.position))];
          return { country: countryRef(country), position: positions.length === 1 ? positions[0] : 'conflicting', reports: recs };
        })
        .sort((a, b) => a.country.iso3.localeCompare(b.country.iso3)),
    };
  });
}
export type ResolutionView = ReturnType<typeof resolutionsOf>[number];

const filled = (t: unknown) => Object.values((t as Record<string, unknown>) ?? {}).filter((v) => v !== null && v !== undefined).length;
