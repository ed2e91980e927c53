/** A sentence (or a list paragraph) with its offsets into the article body. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph (blank-line separated block) the sentence belongs to. */
  paragraph: number;
}

// Words whose trailing period is not a sentence end.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'maj', 'sgt',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs',
  'etc', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'mt', 'ft', 'approx', 'est', 'dept', 'govt', 'pres',
  // Honorifics before names ("Hon. Jane Doe", "Rt. Hon.", 1.17).
  'hon', 'rt', 'amb',
]);

// A run of terminal punctuation plus closing quotes, or a line break. Each alternative is a single
// character class repeated, so the scan stays linear on any input.
const BOUNDARY = /[.!?]+["”’')\]]*|\n+/g;

function lastWord(text: string, end: number): string {
  let i = end;
  while (i > 0 && /[\p{L}\p{N}.]/u.test(text[i - 1])) i--;
  return text.slice(i, end);
}

/**
 * A single full stop between a lower-case word of three letters or more and a capitalised word
 * ("Hasina.Both"), not inside an address ("www.Example.com", "mail@News.org") or after an
 * abbreviation or an initial (those are checked as for any full stop).
 */
function gluedStop(body: string, at: number, next: number): boolean {
  if (body[at] !== '.' || next !== at + 1 || !/\p{Lu}/u.test(body[next]) || !/\p{Ll}/u.test(body[next + 1] ?? '')) return false;
  let i = at;
  while (i > 0 && /\p{L}/u.test(body[i - 1])) i--;
  if (at - i < 3 || !/\p{Ll}/u.test(body[at - 1])) return false;
  const before = body[i - 1] ?? ' ';
  const word = body.slice(i, at).toLowerCase();
  return /\s|["“'‘(]/u.test(before) && word !== 'www' && !ABBREVIATIONS.has(word);
}

function isBoundary(body: string, at: number, next: number): boolean {
  if (body[at] === '\n') return true;
  // Must be followed by whitespace, then something that can open a sentence; or be a full stop that
  // scraping glued to the next sentence ("… and Sheikh Hasina.Both leaders arrived", 1.24.2).
  if (next < body.length && !/\s/.test(body[next]) && !gluedStop(body, at, next)) return false;
  let j = next;
  while (j < body.length && (body[j] === ' ' || body[j] === '\t')) j++;
  if (j >= body.length || body[j] === '\n') return true;
  if (!/[\p{Lu}\p{N}"“‘'(\[]/u.test(body[j])) return false;
  if (body[at] !== '.') return true;
  const word = lastWord(body, at);
  if (word.length === 1 && /\p{Lu}/u.test(word)) return false; // an initial: "B. Battsetseg"
  if (word.includes('.')) return false; // "U.S." before a name
  return !ABBREVIATIONS.has(word.toLowerCase());
}

/** Splits a body into sentences with exact offsets: body.slice(start, end) === text. */
export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  let paragraph = 0;
  const push = (s: number, e: number, breaks: number) => {
    while (s < e && /\s/.test(body[s])) s++;
    while (e > s && /\s/.test(body[e - 1])) e--;
    if (e > s) out.push({ text: body.slice(s, e), start: s, end: e, paragraph });
    if (breaks > 1) paragraph++;
  };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(body); m; m = BOUNDARY.exec(body)) {
    const end = m.index + m[0].length;
    if (!isBoundary(body, m.index, end)) continue;
    const breaks = m[0][0] === '\n' ? m[0].length : 0;
    push(from, m[0][0] === '\n' ? m.index : end, breaks);
    from = end;
  }
  push(from, body.length, 0);
  return out;
}
