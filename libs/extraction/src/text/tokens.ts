/** A word or punctuation mark with its offsets into the article body. */
export interface Token {
  text: string;
  /** Lower case, curly apostrophes (and backticks inside words) straightened: the form lexicons are keyed by. */
  lower: string;
  start: number;
  end: number;
  /** First character is an upper-case letter. */
  cap: boolean;
}

// Clock times are one token ("11:30", 1.10); numbers keep thousands separators ("2,000"); words keep inner dots and apostrophes ("B.Battsetseg", "d'Ivoire", "U.S"); every other
// non-space character is a token of its own. Linear: each group needs a separator first.
// (A backtick between letters is an apostrophe some sites type: "India`s", 1.29.5.)
const TOKEN = /\d{1,2}:\d{2}(?!\d)|\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\p{L}\p{N}\p{M}]+(?:[.'’`][\p{L}\p{N}\p{M}]+)*|\S/gu;
function startsUpper(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  // Beyond ASCII: an upper-case letter is one that lower-casing changes.
  const first = String.fromCodePoint(raw.codePointAt(0)!);
  return first !== first.toLowerCase();
}

/** Tokenizes `text`, which starts at `offset` in the body. Possessive 's becomes its own token. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const raw = m[0];
    const start = offset + m.index;
    const low = raw.toLowerCase();
    const lower = low.includes('’') || low.includes('`') ? low.replace(/[’`]/g, "'") : low;
    if (lower.length > 2 && lower.endsWith("'s")) {
      const cut = raw.length - 2;
      out.push({ text: raw.slice(0, cut), lower: lower.slice(0, cut), start, end: start + cut, cap: startsUpper(raw) });
      out.push({ text: raw.slice(cut), lower: "'s", start: start + cut, end: start + raw.length, cap: false });
      continue;
    }
    out.push({ text: raw, lower, start, end: start + raw.length, cap: startsUpper(raw) });
  }
  // ("the Papua New Guinea–Australia Bilateral Security Agreement": an en dash glued between two
  // words joins them as a hyphen does; it opens no aside, 1.30.52.)
  for (let i = 1; i < out.length - 1; i++) {
    const t = out[i];
    if (t.text === '–' && out[i - 1].end === t.start && out[i + 1].start === t.end && /\p{L}$/u.test(out[i - 1].text) && /^\p{L}/u.test(out[i + 1].text)) out[i] = { ...t, text: '-', lower: '-' };
  }
  return out;
}
