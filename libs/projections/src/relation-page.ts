import { groupMentions, type FactType } from '@dyad/domain';
import type { StoryView } from './story-view';

/** Answers are bounded: lists carry at most `limit` stories (default and ceiling here). */
export const DEFAULT_LIST_LIMIT = 20;
export const MAX_LIST_LIMIT = 100;
/** A story lists at most this many of its mentions (the earliest reported); `mentionCount` counts all. */
export const MENTIONS_PER_STORY = 10;
export const DEFAULT_PARTNER_LIMIT = 50;
export const MAX_PARTNER_LIMIT = 250;

/** The typed lists of a relation, and which story types each holds (null: every type). */
export const RELATION_LISTS = {
  agreements: ['AgreementSigned'],
  meetings: ['MeetingHeld'],
  votes: ['VoteAbstained', 'VoteCast'],
  timeline: null,
} as const satisfies Record<string, readonly FactType[] | null>;
export type RelationList = keyof typeof RELATION_LISTS;

/** Where a page of a dyad's stories (newest first: date_to, then story id, descending) continues. */
export interface StoryCursor {
  /** The story types of the list (null: all). */
  types: FactType[] | null;
  /** The last story returned: the page continues strictly below it. */
  dateTo: string;
  storyId: string;
}

/** Cursors are opaque to clients: base64url of a small JSON. */
export const encodeStoryCursor = (c: StoryCursor): string => Buffer.from(JSON.stringify({ t: c.types, d: c.dateTo, s: c.storyId })).toString('base64url');

export function decodeStoryCursor(cursor: string, isType: (t: string) => boolean): StoryCursor | null {
  try {
    const j = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { t: unknown; d: unknown; s: unknown };
    const types = j.t === null ? null : Array.isArray(j.t) && j.t.length > 0 && j.t.length <= 10 && j.t.every((t) => typeof t === 'string' && isType(t)) ? (j.t as FactType[]) : undefined;
    if (types === undefined || typeof j.d !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(j.d) || typeof j.s !== 'string' || j.s.length > 100) return null;
    return { types, dateTo: j.d, storyId: j.s };
  } catch {
    return null;
  }
}

/** Where a page of a country's partners (total desc, last event desc, dyad asc) continues. */
export interface PartnerCursor {
  total: number;
  lastEventAt: string;
  dyad: string;
}
export const encodePartnerCursor = (c: PartnerCursor): string => Buffer.from(JSON.stringify({ n: c.total, l: c.lastEventAt, d: c.dyad })).toString('base64url');
export function decodePartnerCursor(cursor: string): PartnerCursor | null {
  try {
    const j = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { n: unknown; l: unknown; d: unknown };
    if (!Number.isInteger(j.n) || (j.n as number) < 0 || typeof j.l !== 'string' || j.l.length > 10 || typeof j.d !== 'string' || !/^[A-Z]{3}-[A-Z]{3}$/.test(j.d)) return null;
    return { total: j.n as number, lastEventAt: j.l, dyad: j.d };
  } catch {
    return null;
  }
}

/** Newest first: date_to descending, then story id descending (the order of story_dyads_recent_idx). */
export const newestFirst = (a: { dateTo: string; storyId: string }, b: { dateTo: string; storyId: string }) =>
  a.dateTo < b.dateTo ? 1 : a.dateTo > b.dateTo ? -1 : a.storyId < b.storyId ? 1 : a.storyId > b.storyId ? -1 : 0;

/** True when a story comes after the cursor in newest-first order. */
export const belowCursor = (s: { dateTo: string; storyId: string }, c: StoryCursor | undefined) =>
  !c || s.dateTo < c.dateTo || (s.dateTo === c.dateTo && s.storyId < c.storyId);

/** A story as a list shows it: its mentions capped at MENTIONS_PER_STORY. */
export const boundedStory = (s: StoryView) => (s.mentions.length > MENTIONS_PER_STORY ? { ...s, mentions: s.mentions.slice(0, MENTIONS_PER_STORY) } : s);

/** What the timeline shows of a story (no mentions, no fact fields: those are in the typed lists). */
export const timelineItem = (s: StoryView) => ({
  storyId: s.storyId,
  type: s.type,
  date: s.date,
  dateFrom: s.dateFrom,
  dateTo: s.dateTo,
  articleCount: s.articleCount,
  outletCount: s.outletCount,
});

/** A page of a list: `limit + 1` stories newest first in, the first `limit` and the cursor out. */
export function pageOf<T extends { dateTo: string; storyId: string }>(sorted: T[], limit: number, types: readonly FactType[] | null) {
  const items = sorted.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: sorted.length > limit && last ? encodeStoryCursor({ types: types ? [...types] : null, dateTo: last.dateTo, storyId: last.storyId }) : null,
  };
}

/** A standing vote mention as the voter index holds it: the story key carries voter, body, position and countries concerned. */
export interface VoteKeyRow {
  factId: string;
  key: string;
  from: string;
  to: string;
  tag: string | null;
  date: string | null;
}

/** The story-key prefixes of a country's votes (`VoteCast:JPN@`, `VoteAbstained:JPN@`) and their exclusive upper bounds. */
export const voterKeyRanges = (iso3: string) =>
  ['VoteCast', 'VoteAbstained'].map((t) => [`${t}:${iso3}@`, `${t}:${iso3}A`] as const); // 'A' follows '@' in byte order

/** Parses a vote story key: `VoteCast:JPN@UNGA/yes:RUS,UKR` or `VoteAbstained:JPN@UNGA:RUS,UKR`. */
export function parseVoteKey(key: string): { voter: string; resolutionKey: string; position: 'yes' | 'no' | 'abstain' } | null {
  const at = key.indexOf('@');
  const colon = key.indexOf(':');
  if (at < 0 || colon < 0 || colon > at) return null;
  const type = key.slice(0, colon);
  const voter = key.slice(colon + 1, at);
  const rest = key.slice(at + 1);
  const lastColon = rest.lastIndexOf(':');
  if (lastColon < 0) return null;
  const concerning = rest.slice(lastColon + 1);
  let body = rest.slice(0, lastColon);
  let position: 'yes' | 'no' | 'abstain' = 'abstain';
  if (type === 'VoteCast') {
    const slash = body.lastIndexOf('/');
    if (slash < 0) return null;
    position = body.slice(slash + 1) as 'yes' | 'no';
    body = body.slice(0, slash);
  } else if (type !== 'VoteAbstained') return null;
  return { voter, resolutionKey: `${body}:${concerning}`, position };
}

/**
 * How often two countries voted the same way, over resolutions formed from their own votes (the
 * same body and countries concerned, compatible dates, the same symbol where both give one; the
 * grouping of GET /votes). Counts cover every such resolution; `items` the newest `limit`.
 */
export function votingAgreementOf(rows: VoteKeyRow[], a: string, b: string, limit: number, keep: (date: string) => boolean = () => true) {
  const parsed = new Map<string, { voter: string; position: string; row: VoteKeyRow }>();
  const mentions = [];
  for (const r of rows) {
    const p = parseVoteKey(r.key);
    if (!p || (p.voter !== a && p.voter !== b)) continue;
    parsed.set(r.factId, { voter: p.voter, position: p.position, row: r });
    mentions.push({ factId: r.factId, key: p.resolutionKey, from: r.from, to: r.to, place: null, tag: r.tag });
  }
  let both = 0;
  let same = 0;
  const items: { resolutionId: string; symbol: string | null; date: string; [k: string]: unknown }[] = [];
  for (const g of groupMentions(mentions)) {
    const members = g.factIds.map((id) => parsed.get(id)!);
    const span = (r: VoteKeyRow) => Date.parse(r.to) - Date.parse(r.from);
    const dated = [...members].sort((x, y) => span(x.row) - span(y.row) || x.row.from.localeCompare(y.row.from) || x.row.factId.localeCompare(y.row.factId))[0].row;
    const date = dated.date ?? dated.from;
    if (!keep(date)) continue;
    const positionOf = (c: string) => {
      const ps = new Set(members.filter((m) => m.voter === c).map((m) => m.position));
      return ps.size === 1 ? [...ps][0] : null;
    };
    const pa = positionOf(a);
    const pb = positionOf(b);
    if (!pa || !pb) continue;
    both++;
    if (pa === pb) same++;
    items.push({ resolutionId: g.storyId, symbol: members.map((m) => m.row.tag).find((t) => t) ?? null, date, [a]: pa, [b]: pb });
  }
  items.sort((x, y) => (x.date < y.date ? 1 : x.date > y.date ? -1 : x.resolutionId < y.resolutionId ? 1 : -1));
  return { resolutions: both, agreed: same, ratio: both ? Math.round((same / both) * 1000) / 1000 : null, items: items.slice(0, limit) };
}
