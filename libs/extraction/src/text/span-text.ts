import { WEEKDAY_NAMES } from './dates';
import type { Token } from './tokens';

/** What spanText needs of a sentence: its text, where it starts in the body, and its tokens. */
interface Spanned {
  text: string;
  start: number;
  tokens: Token[];
}

/**
 * The article's own words from token `from` up to token `to` (exclusive), for a fact's free-text
 * field (an agreement's subject, an appeal's or cooperation's `about`, a resolution's subject), as
 * the annotation format writes them: "cooperation on cross-border trade" (not the tokens joined by
 * spaces, "cross - border"), with line breaks and runs of spaces as one space, and without the
 * sentence's closing punctuation ("… trade." is "… trade"; the full stop of an abbreviation such as
 * "the U.S." stays).
 */
export function spanText(s: Spanned, from: number, to: number): string {
  const t = s.tokens;
  let end = Math.min(to, t.length);
  const start = Math.max(0, from);
  // Closing punctuation off the end, unless it closes an abbreviation written with inner dots.
  while (end > start && TRAILING.has(t[end - 1].text) && !(t[end - 1].text === '.' && end - 2 >= start && abbreviation(t[end - 2], t[end - 1]))) end--;
  if (end <= start) return '';
  return s.text.slice(t[start].start - s.start, t[end - 1].end - s.start).replace(/\s+/g, ' ');
}

const TRAILING = new Set(['.', ',', ';', ':']);

/**
 * A place's name as the article writes it ("Port-au-Prince", not "Port - au - Prince"), in title case
 * when the article writes it in capitals, as a dateline does ("NEW DELHI" is "New Delhi").
 */
export function placeText(s: Spanned, from: number, to: number): string {
  const raw = spanText(s, from, to);
  return raw === raw.toUpperCase() ? raw.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, b: string, c: string) => b + c.toUpperCase()) : raw;
}
/** "U.S", "D.C" right before the full stop: the stop belongs to them. */
const abbreviation = (word: Token, stop: Token) => word.end === stop.start && /\p{L}\.\p{L}$/u.test(word.text);

/** What dateless needs of a sentence besides its tokens: where its dates are. */
interface Dated {
  tokens: Token[];
  dates: readonly { from: number; to: number }[];
}
const DATE_PREPOSITIONS = new Set(['on', 'in', 'at', 'during']);

/**
 * The token range [from, end) without a date phrase at its start or its end: "on Wednesday March 2,
 * 2022 demanding that …" is "demanding that …", "on Sudan on Thursday" is "on Sudan" (a date phrase:
 * a date the sentence writes, with its weekday and its preposition). A fact's text says what, not when.
 */
export function dateless(s: Dated, from: number, end: number): [number, number] {
  const t = s.tokens;
  const inDate = (i: number) => s.dates.some((d) => i >= d.from && i < d.to);
  const datePart = (i: number) =>
    inDate(i) || (t[i].cap && WEEKDAY_NAMES.has(t[i].lower)) || (DATE_PREPOSITIONS.has(t[i].lower) && (inDate(i + 1) || WEEKDAY_NAMES.has(t[i + 1]?.lower ?? '')));
  while (from < end && datePart(from)) from++;
  while (end > from && TRAILING.has(t[end - 1].text)) end--;
  const tail = end;
  while (end > from && datePart(end - 1)) end--;
  // (Only a whole date phrase comes off the end: "on Sudan" keeps its "on".)
  if (end < tail && !s.dates.some((d) => d.from >= end && d.from < tail)) end = tail;
  return [from, end];
}

/**
 * Where a participial adjunct, an adverbial or a relative clause after a comma opens (", aiming to
 * lift trade …", ", as Uzbek President X paid a state visit …", 1.30.35; ", which includes …"), or
 * `end`; participles that describe the thing itself (", covering defence and space") go on.
 */
export function adjunctAt(t: Token[], from: number, end: number): number {
  for (let i = from + 1; i < end - 1; i++) {
    const w = t[i + 1].text;
    if (t[i].text === ',' && ((/^\p{Ll}{3,}ing$/u.test(w) && !DESCRIBING.has(w)) || CLAUSE_LEADS.has(w))) return i;
  }
  return end;
}
// (And a non-restrictive relative clause: "… treaty, which includes a mutual defence clause", 1.30.38.)
const CLAUSE_LEADS = new Set(['as', 'when', 'while', 'after', 'before', 'amid', 'despite', 'although', 'though', 'because', 'since', 'which', 'who', 'whose', 'where']);
const DESCRIBING = new Set(['covering', 'including', 'involving', 'concerning', 'regarding', 'spanning', 'totaling', 'totalling', 'amounting', 'ranging']);
