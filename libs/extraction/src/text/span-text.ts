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
/** "U.S", "D.C" right before the full stop: the stop belongs to them. */
const abbreviation = (word: Token, stop: Token) => word.end === stop.start && /\p{L}\.\p{L}$/u.test(word.text);
