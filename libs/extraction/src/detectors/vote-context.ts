/**
 * The vote an article reports, read sentence by sentence: the body (UNGA, UNSC…), the resolution's
 * subject and symbol, the countries it concerns, its date and the tally.
 */
import type { AnalysedSentence } from '../analysis';
import { hasAny, isIrrealis, offsetDate } from '../clause';
import type { Context } from '../context';
import { WORD_NUMBERS } from '../text/money';
import { dateless, spanText } from '../text/span-text';

export const BODIES: [RegExp, string][] = [
  [/\bgeneral assembly\b|\bunga\b/i, 'UNGA'],
  [/\bsecurity council\b|\bunsc\b/i, 'UNSC'],
  [/\bhuman rights council\b|\bunhrc\b/i, 'UNHRC'],
  // ("the UN nuclear watchdog": the IAEA by its common press name, 1.18.4.)
  [/\biaea\b|\batomic energy agency\b|\bnuclear watchdog\b/i, 'IAEA'],
  [/\bworld health assembly\b/i, 'WHA'],
  [/\bunesco\b/i, 'UNESCO'],
  // (The Economic and Social Council and its functional commissions that vote by recorded vote, 1.28.5.)
  [/\bcommission on the status of women\b/i, 'CSW'],
  [/\beconomic and social council\b|\becosoc\b/i, 'ECOSOC'],
  [/\bcommission on narcotic drugs\b/i, 'CND'],
  // The General Assembly's six Main Committees vote for the Assembly.
  [/\b(?:first|second|third|fourth|fifth|sixth) committee\b/i, 'UNGA'],
];
export const DOMESTIC = /\b(?:parliament|senate|senators|lawmakers|congress|mps|house of representatives|legislature|referendum)\b/i;
const SYMBOL = /\b(?:[AS]\/(?:RES\/)?(?:ES-)?[0-9][0-9A-Z./()-]{0,20}|A\/HRC\/RES\/[0-9/.]{1,20})/;

export const VOTE_WORDS = new Set([
  'assembly', 'council', 'unga', 'unsc', 'unhrc', 'iaea', 'unesco', 'resolution', 'abstained', 'abstain', 'abstaining',
  'abstentions', 'abstention', 'voted', 'vote', 'votes', 'favour', 'favor', 'against', 'adopted', 'supported', 'backed', 'opposed',
  'vetoed', 'vetoes', 'veto', 'motion', 'those', 'opposing', 'joined', 'committee', 'blocked', 'abstainers',
]);

/** Verbs of a vote's position: a state right before one is a voter, not a state the resolution concerns. */
const POSITION_VERBS = new Set(['abstained', 'abstaining', 'abstains', 'voted', 'voting', 'votes', 'vetoed', 'vetoes', 'opposed', 'opposes', 'backed', 'backs', 'supported', 'supports', 'rejected', 'rejects', 'endorsed', 'sponsored', 'co-sponsored', 'cosponsored']);
/** Words that open a clause of its own after a comma: what follows is no longer the resolution's phrase. */
const CLAUSE_OPENERS = new Set(['while', 'whereas', 'but', 'although', 'though']);

/** Where the phrase of the resolution at `r` ends: at a semicolon or at a comma that opens a clause of its own (", while …"). */
function resolutionClauseEnd(t: AnalysedSentence['tokens'], r: number): number {
  for (let i = r + 1; i < t.length; i++) {
    if (t[i].text === ';' || (CLAUSE_OPENERS.has(t[i].lower) && (t[i - 1]?.text === ',' || t[i].lower === 'while' || t[i].lower === 'whereas'))) return i;
  }
  return t.length;
}

/**
 * The mentions that are the subject of a vote verb: the one right before it ("China abstained") and
 * the states coordinated with it ("India, China and South Africa abstained").
 */
function votingSubjects(s: AnalysedSentence): Set<AnalysedSentence['mentions'][number]> {
  const t = s.tokens;
  const out = new Set<AnalysedSentence['mentions'][number]>();
  // Right to left, so that a list is met from the state before the verb back to its first.
  let voter: AnalysedSentence['mentions'][number] | undefined;
  for (let n = s.mentions.length - 1; n >= 0; n--) {
    const m = s.mentions[n];
    const listedBefore = voter !== undefined && voter.from > m.to && voter.from - m.to <= 2 && t.slice(m.to, voter.from).every((y) => y.text === ',' || y.lower === 'and');
    if (POSITION_VERBS.has(t[m.to]?.lower ?? '') || listedBefore) {
      out.add(m);
      voter = m;
    }
  }
  return out;
}

/**
 * What the resolution at `r` is about: the words after it up to a comma (not one inside a list of the
 * states it concerns), a semicolon, "which" or its tally, without the vote's date at either end ("a
 * resolution on Sudan on Thursday" is "on Sudan"; "a resolution on Wednesday March 2, 2022 demanding
 * that …" is "demanding that …").
 */
function resolutionSubject(s: AnalysedSentence, r: number, voters: ReadonlySet<AnalysedSentence['mentions'][number]>, sponsors: [number, number]): string | null {
  const t = s.tokens;
  const inDate = (i: number) => s.dates.some((d) => i >= d.from && i < d.to);
  // ("a resolution sponsored by A and B condemning C": what it says follows its sponsors, 1.30.42.)
  const [from] = dateless(s, sponsors[0] > r && sponsors[0] <= r + 4 ? sponsors[1] : r + 1, t.length);
  let end = t.length;
  // (A comma inside a list of the states it concerns goes on: "condemning Russia, Belarus and Iran".)
  const listed = (i: number) => s.mentions.some((m) => m.from === i + 1 && m.kind !== 'person' && !voters.has(m));
  // ("… in Gaza by a vote of 120-14 with 45 abstentions": the tally is how it passed, not what it says.)
  const tallyAt = (i: number) => (t[i].lower === 'by' && (t[i + 1]?.lower === 'vote' || (t[i + 1]?.lower === 'a' && t[i + 2]?.lower === 'vote') || /^\d/.test(t[i + 1]?.text ?? ''))) || (t[i].lower === 'with' && /^\d/.test(t[i + 1]?.text ?? ''));
  for (let i = from; i < t.length; i++) if (([',', ';', 'which'].includes(t[i].lower) && !inDate(i) && !(t[i].text === ',' && listed(i))) || tallyAt(i)) { end = i; break; }
  return spanText(s, ...dateless(s, from, end)) || null;
}

const SPONSOR_LIST_WORDS = new Set(['the', 'and', 'others', 'other', 'several', 'some', 'its', 'their', 'allies']);
const SPONSORED = new Set(['sponsored', 'co-sponsored', 'cosponsored', 'drafted', 'tabled', 'introduced', 'submitted', 'proposed', 'brought', 'presented', 'authored', 'penned']);
/**
 * The tokens [from, to) of those who put a resolution forward, "sponsored by A, B and C", "put forward
 * by A on behalf of the Arab Group": its authors, not states it concerns (1.30.42). [0, 0] when none.
 */
function sponsorSpan(s: AnalysedSentence, r: number, end: number): [number, number] {
  const t = s.tokens;
  const by = t.findIndex((x, i) => i > r && i < end && x.lower === 'by' && (SPONSORED.has(t[i - 1]?.lower ?? '') || (t[i - 1]?.lower === 'forward' && t[i - 2]?.lower === 'put')));
  if (by < 0) return [0, 0];
  // The list of sponsors: states, "the", "and", "others" and a comma before another state ("by the
  // United States, Britain, Canada and others"), and those it speaks for ("on behalf of …").
  let i = by + 1;
  while (i < end) {
    const m = s.mentions.find((x) => x.from === i && x.kind !== 'person');
    if (m) i = m.to;
    else if (t[i].text === ',' && s.mentions.some((x) => x.from === i + 1 || (x.from === i + 2 && t[i + 1].lower === 'the'))) i++;
    else if (SPONSOR_LIST_WORDS.has(t[i].lower)) i++;
    else if (t[i].lower === 'on' && t[i + 1]?.lower === 'behalf' && t[i + 2]?.lower === 'of') i += 3;
    else break;
  }
  return [by + 1, i];
}

export function updateVoteContext(s: AnalysedSentence, ctx: Context): void {
  if (!hasAny(s, VOTE_WORDS)) return;
  const text = s.text;
  const found = BODIES.find(([re]) => re.test(text));
  // ("said they planned to take the issue to the 193-member General Assembly": a body named in a
  // plan is not where the article's votes are, 1.30.48.)
  const at = found ? (found[0].exec(text)?.index ?? -1) : -1;
  const bodyAt = at >= 0 ? s.tokens.findIndex((x) => x.start - s.start >= at) : -1;
  const body = found && !(bodyAt > 0 && isIrrealis(s, bodyAt)) ? found[1] : null;
  if (body) ctx.vote.body = body;
  const t = s.tokens;
  // "… addresses the Council, before a vote, on Jan. 31": a day before the vote is not its date (1.10).
  const preVote = t.some((x, i) => ['vote', 'voting'].includes(x.lower) && (t[i - 1]?.lower === 'before' || (['a', 'the'].includes(t[i - 1]?.lower ?? '') && (t[i - 2]?.lower === 'before' || (t[i - 2]?.lower === 'of' && t[i - 3]?.lower === 'ahead')))));
  // ("vetoed a Security Council draft on Mali": a draft about something is the resolution, 1.30.44.)
  const r = t.findIndex((x, i) => x.lower === 'resolution' || x.lower === 'motion' || (x.lower === 'draft' && ['on', 'condemning', 'demanding', 'calling', 'urging'].includes(t[i + 1]?.lower ?? '')));
  if (r >= 0 && (body || ctx.vote.body)) {
    // The states a resolution concerns are named after it, in its own clause: not in a clause of
    // another voter ("Russia vetoed a resolution on Sudan, while China abstained": China voted, the
    // resolution is not about it), nor as the subject of a vote verb ("…, which Russia opposed").
    const clause = resolutionClauseEnd(t, r);
    const voters = votingSubjects(s);
    const sponsors = sponsorSpan(s, r, clause);
    const concerning = [...new Set(s.mentions.filter((m) => m.from > r && m.to <= clause && m.kind !== 'person' && !voters.has(m) && !(m.from >= sponsors[0] && m.from < sponsors[1])).map((m) => m.iso3))];
    if (concerning.length > 0 && ctx.vote.concerning.length === 0) {
      ctx.vote.concerning = concerning;
      ctx.vote.subject = resolutionSubject(s, r, voters, sponsors);
    }
    if (concerning.length > 0) ctx.vote.named = { sentence: s.index, concerning, subject: resolutionSubject(s, r, voters, sponsors) };
    // ("… submitted by Palestine, which became an observer state in May": a date inside a relative
    // clause is another event's, 1.24.11.)
    const relative = (x: { from: number }) => t.slice(r, x.from).some((y, i, a) => (y.lower === 'which' || y.lower === 'who') && a[i - 1]?.lower === ',');
    const d = s.dates.find((x) => !t.slice(0, x.from).some((y) => y.lower === 'after' || y.lower === 'since' || y.lower === 'following') && !relative(x));
    if (d && !ctx.vote.date && !preVote) ctx.vote.date = d.value;
  }
  // "This vote comes two days after … on Monday": the vote's date is the offset.
  const off = body || ctx.vote.body ? offsetDate(s) : null;
  if (off && !ctx.vote.date && !preVote && /\bvot|\badopt|\bresolution/i.test(text)) ctx.vote.date = off.value;
  // "two days after … on Monday": a date after "after / since / following" is another event's.
  const own = s.dates.find((d) => !t.slice(0, d.from).some((x) => x.lower === 'after' || x.lower === 'since' || x.lower === 'following'));
  if (body && !ctx.vote.date && !preVote && own && /\bvot|\badopt|\bresolution/i.test(text)) ctx.vote.date = own.value;
  // ("The measure passed a 124-14 vote on Wednesday", the body named before: a day right after the vote, 1.24.11.)
  const v = t.findIndex((x) => x.lower === 'vote' || x.lower === 'voted' || x.lower === 'adopted');
  const near = v >= 0 && ctx.vote.body ? s.dates.find((x) => x.from > v && x.from - v <= 4 && x.precision === 'day') : undefined;
  if (near && !ctx.vote.date && !preVote) ctx.vote.date = near.value;
  const sym = SYMBOL.exec(text);
  if (sym && !ctx.vote.symbol) ctx.vote.symbol = sym[0];
  readTally(s, ctx.vote);
}

const NUMBER_WORDS = new Map(Object.entries({ one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15 }));

/** A count written as a word or in figures ("five", "12"); "no" and "none" are 0. */
export function num(w: string | undefined): number | null {
  if (!w) return null;
  if (w === 'none' || w === 'no') return 0;
  const named = NUMBER_WORDS.get(w);
  if (named !== undefined) return named;
  return /^\d{1,3}$/.test(w) ? Number(w) : null;
}

const REJECTED = new Set(['defeated', 'rejected', 'failed', 'blocked']);
function readTally(s: AnalysedSentence, vote: Context['vote']): void {
  const tally = vote.tally;
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = t[i].lower;
    let n = num(w);
    // ("Thirty-three countries abstained": a tens word and its unit, joined by a hyphen, 1.27.10.)
    const word = WORD_NUMBERS.get(w);
    const tens = word !== undefined && word >= 20 && word < 100 ? word : undefined;
    if (tens !== undefined) {
      const unit = t[i + 1]?.text === '-' ? NUMBER_WORDS.get(t[i + 2]?.lower ?? '') : undefined;
      n = unit !== undefined && unit < 10 ? tens + unit : tens;
      if (unit !== undefined && unit < 10) i += 2;
    }
    if (n === null) continue;
    const ahead = t.slice(i + 1, i + 6).map((x) => x.lower).join(' ');
    if (/^(?:\S+ ){0,2}(?:voted )?in (?:favour|favor)\b/.test(ahead)) {
      tally.yes ??= n;
    } else if (/^(?:\S+ )?(?:voted )?against\b/.test(ahead) && tally.no == null) tally.no = n;
    else if (/^(?:\S+ )?(?:abstained|abstentions|abstaining)\b/.test(ahead) && tally.abstain == null) tally.abstain = n;
    else if (/^out of (?:the )?\d/.test(ahead)) {
      tally.yes ??= n;
      tally.total ??= num(t[i + 3]?.lower === 'the' ? t[i + 4]?.lower : t[i + 3]?.lower);
    } else if (/^- ?(?:nation|member)\b/.test(ahead)) {
      // ("the 15-member Security Council": the size of the body named after it, which is the total of
      // a vote in that body only; in a report of a General Assembly vote it is none, 1.30.13.)
      const named = BODIES.find(([re]) => re.test(t.slice(i + 1, i + 8).map((x) => x.text).join(' ')))?.[1] ?? vote.body;
      if (named && !vote.sizes?.has(named)) (vote.sizes ??= new Map()).set(named, n);
    }
    else if (/^(?:votes? )?(?:-|to) \d{1,3}\b/.test(ahead) && /\b(?:was|of|by|adopted|passed)$/.test(t[i - 1]?.lower ?? '') && tally.yes == null) {
      // "The vote was 10-1", "by a vote of 13 to 2": in favour, then against.
      // ("by 30 votes to 12"; "was defeated / rejected by 19 votes to 17": the winning side first, so
      // against, then in favour, 1.30.42.)
      const second = num(t[ahead.startsWith('vote') ? i + 3 : i + 2]?.lower);
      const lost = (t[i - 1].lower === 'by' || t[i - 1].lower === 'of') && t.slice(0, i).some((x) => REJECTED.has(x.lower));
      tally.yes = lost ? second : n;
      tally.no = lost ? n : second;
    }
  }
}

