import { dateRange } from '../time/fact-dates';
import type { Fact, FactFields } from '../facts/fact.types';
import { factCountries } from '../facts/dyad';

/**
 * Facts are mentions; the world has events (DESIGN.md). A story is one real-world event with all
 * the mentions that report it. Mentions belong to one story when they have the same story key
 * (type, countries and their roles) and are linked by a chain of compatible pairs: compatible
 * dates (ranges that overlap: the same day, or a day inside a month, …) and, where both name one,
 * the same place (and for votes the same resolution symbol). Stories are the connected components
 * of that relation, so the result depends only on the set of mentions, never on arrival order.
 */
export interface Mention {
  factId: string;
  key: string;
  /** Inclusive day range of the fact's date (or of its report date when it has none). */
  from: string;
  to: string;
  /** Normalised place (city) when the fact names one. */
  place: string | null;
  /** A discriminator that must match when both mentions have one (a resolution symbol, a value). */
  tag: string | null;
}

export interface StoryGroup {
  /** The smallest fact id among the members: stable for the same set of mentions. */
  storyId: string;
  key: string;
  factIds: string[];
  from: string;
  to: string;
}

/** What makes two facts candidates for one story: type, countries, and who did what to whom. */
export function storyKey(fact: FactFields): string {
  switch (fact.type) {
    case 'AidPledged':
      return `${fact.type}:${fact.donor}>${fact.recipient}`;
    case 'AppealMade':
      return `${fact.type}:${fact.from}>${fact.to}`;
    case 'VisitMade':
      return `${fact.type}:${fact.visitor}>${fact.host}`;
    case 'VoteAbstained':
      return `${fact.type}:${fact.country}@${fact.body}:${[...new Set(fact.concerning ?? [])].sort().join(',')}`;
    case 'VoteCast':
      return `${fact.type}:${fact.country}@${fact.body}/${fact.position}:${[...new Set(fact.concerning ?? [])].sort().join(',')}`;
    default:
      return `${fact.type}:${factCountries(fact).join(',')}`;
  }
}

const normPlace = (s: string | null | undefined) =>
  s ? s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '') || null : null;

/** A stored fact as a mention: its key, its day range, its place and tag. */
export function toMention(fact: Fact): Mention {
  const range = (fact.date ? dateRange(fact.date) : null) ?? dateRange(String(fact.reportedAt ?? '').slice(0, 10)) ?? { from: '0001-01-01', to: '9999-12-31' };
  const place = fact.type === 'MeetingHeld' ? normPlace(fact.location?.city) : null;
  return { factId: fact.factId, key: storyKey(fact), from: range.from, to: range.to, place, tag: tagOf(fact) };
}

/** What must match when two reports both state it: a vote's resolution symbol, an agreement's or a pledge's value. */
function tagOf(fact: FactFields): string | null {
  switch (fact.type) {
    case 'VoteAbstained':
    case 'VoteCast':
      return fact.resolution?.symbol ?? null;
    case 'AgreementSigned':
    case 'AidPledged':
      return fact.value && typeof fact.value.amount === 'number' ? `${fact.value.amount} ${fact.value.currency ?? '?'}` : null;
    default:
      return null;
  }
}

/** True when two mentions of one key can report the same event. */
export function compatible(a: Mention, b: Mention): boolean {
  if (a.key !== b.key) return false;
  if (a.from > b.to || b.from > a.to) return false;
  if (a.place && b.place && a.place !== b.place) return false;
  if (a.tag && b.tag && a.tag !== b.tag) return false;
  return true;
}

/** Groups mentions into stories: connected components of `compatible` (union-find). */
export function groupMentions(mentions: readonly Mention[]): StoryGroup[] {
  const byKey = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = byKey.get(m.key) ?? [];
    list.push(m);
    byKey.set(m.key, list);
  }
  const stories: StoryGroup[] = [];
  for (const [key, list] of byKey) {
    // Sorted by start, a mention can only overlap those that start before its end: a sweep keeps
    // the pairwise checks to overlapping candidates.
    const sorted = [...list].sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : x.factId < y.factId ? -1 : 1));
    const parent = sorted.map((_, i) => i);
    const find = (i: number): number => {
      while (parent[i] !== i) i = parent[i] = parent[parent[i]];
      return i;
    };
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length && sorted[j].from <= sorted[i].to; j++) {
        if (compatible(sorted[i], sorted[j])) parent[find(j)] = find(i);
      }
    }
    const groups = new Map<number, Mention[]>();
    sorted.forEach((m, i) => {
      const r = find(i);
      const g = groups.get(r) ?? [];
      g.push(m);
      groups.set(r, g);
    });
    for (const members of groups.values()) {
      const ids = members.map((m) => m.factId).sort();
      stories.push({
        storyId: ids[0],
        key,
        factIds: ids,
        from: members.reduce((s, m) => (m.from < s ? m.from : s), members[0].from),
        to: members.reduce((s, m) => (m.to > s ? m.to : s), members[0].to),
      });
    }
  }
  return stories.sort((a, b) => (a.storyId < b.storyId ? -1 : 1));
}
