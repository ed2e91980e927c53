import type { Token } from './tokens';

/** A resolved date expression in a sentence. */
export interface DateMention {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  value: string;
  precision: 'day' | 'month' | 'year';
  /** Token range of the expression. */
  from: number;
  to: number;
}

const MONTHS_BY_NAME: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
const WEEKDAYS = new Map(Object.entries({ sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 }));
const MONTHS = new Map(Object.entries(MONTHS_BY_NAME));
/** The weekdays' full names, lower case. */
export const WEEKDAY_NAMES: ReadonlySet<string> = new Set(WEEKDAYS.keys());
/** The months' full names, lower case ("may" included). */
export const MONTH_NAMES: ReadonlySet<string> = new Set(Object.keys(MONTHS_BY_NAME).filter((m) => m.length > 4 || m === 'may' || m === 'june' || m === 'july'));
// Words before a bare "May" that show it is the month, not the modal verb.
const MONTH_CUES = new Set(['in', 'early', 'mid', 'late', 'since', 'until', 'by', 'of', 'last', 'this', 'during', 'on', 'from']);
// "a trip that began Thursday, during which he visited …": the day bounds a range, not the event.
const RANGE_CUES = new Set(['began', 'begun', 'started', 'starting', 'since', 'beginning']);

const pad = (n: number) => String(n).padStart(2, '0');
const dayString = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** The publication date as a UTC midnight; the date part of the string is taken as written. */
export function parsePublished(publishedAt: string): Date | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(publishedAt ?? '');
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1));
  return Number.isNaN(d.getTime()) ? null : d;
}

function dayNumber(t: Token | undefined): number | null {
  if (!t || !/^\d{1,2}(st|nd|rd|th)?$/.test(t.lower)) return null;
  const n = parseInt(t.lower, 10);
  return n >= 1 && n <= 31 ? n : null;
}
function yearNumber(t: Token | undefined): number | null {
  if (!t || !/^\d{4}$/.test(t.lower)) return null;
  const n = Number(t.lower);
  return n >= 1900 && n <= 2100 ? n : null;
}

/** A month (and day) without a year is the latest such date on or before publication. */
function yearFor(pub: Date, month: number, day: number | null): number {
  const y = pub.getUTCFullYear();
  const pm = pub.getUTCMonth() + 1;
  // (A later day of the publication month is this year's: "the summit on February 27-28" in a report
  // of February 26 is ahead, not a year back; 1.8.)
  if (month > pm) return y - 1;
  return y;
}

const YEAR_SHIFT: Record<string, number> = { last: -1, this: 0, next: 1 };
/**
 * "March last year", "March 5 of this year": the year a word names after a month or a day, from
 * token j; with the token after it (1.25.2).
 */
function namedYear(tokens: Token[], j: number, pub: Date): { year: number; end: number } | null {
  const at = tokens[j]?.lower === 'of' ? j + 1 : j;
  const w = tokens[at]?.lower ?? '';
  if (!Object.prototype.hasOwnProperty.call(YEAR_SHIFT, w) || tokens[at + 1]?.lower !== 'year') return null;
  return { year: pub.getUTCFullYear() + YEAR_SHIFT[w], end: at + 2 };
}

function valid(y: number, m: number, d: number): boolean {
  const x = new Date(Date.UTC(y, m - 1, d));
  return x.getUTCMonth() === m - 1 && x.getUTCDate() === d;
}

const APPROXIMATE: ReadonlySet<string> = new Set(['about', 'nearly', 'almost', 'some', 'roughly', 'around', 'over', 'just', 'barely']);
/** Where a count starting at q begins with its qualifier: "about two", "less than two". */
function qualifiedFrom(tokens: Token[], q: number): number {
  if (APPROXIMATE.has(tokens[q - 1]?.lower ?? '')) return q - 1;
  if (tokens[q - 1]?.lower === 'than' && ['less', 'more', 'fewer'].includes(tokens[q - 2]?.lower ?? '')) return q - 2;
  return q;
}
const AGO_UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years']);
const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
/** The count ending at token `j` ("two", "3", "two and a half", "two and half"), with its first token. */
function agoCount(tokens: Token[], j: number): { value: number; from: number } | null {
  const num = (t: Token | undefined) => (!t ? null : /^\d{1,2}$/.test(t.lower) ? Number(t.lower) : Object.prototype.hasOwnProperty.call(COUNTS, t.lower) ? COUNTS[t.lower] : null);
  if (tokens[j]?.lower === 'half') {
    const k = tokens[j - 1]?.lower === 'a' ? j - 2 : j - 1;
    const n = tokens[k]?.lower === 'and' ? num(tokens[k - 1]) : null;
    return n !== null ? { value: n + 0.5, from: k - 1 } : null;
  }
  const n = num(tokens[j]);
  return n !== null ? { value: n, from: j } : null;
}

const RELATIVE_DAYS = new Set(['today', 'yesterday', 'tonight', 'tomorrow']);

/** Finds and resolves the date expressions of a sentence against the publication date. */
export function findDates(tokens: Token[], pub: Date | null): DateMention[] {
  if (!pub) return [];
  const out: DateMention[] = [];
  const month = (y: number, m: number) => `${y}-${pad(m)}`;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1]?.lower ?? '';
    const next = tokens[i + 1];
    let found: DateMention | null = null;
    const first = t.lower.charCodeAt(0);
    // Every expression starts with a letter or a day number: skip punctuation fast.
    if (!(first >= 97 && first <= 122) && !(first >= 48 && first <= 57)) continue;
    if (t.cap && MONTHS.has(t.lower)) {
      const m = MONTHS.get(t.lower)!;
      // "Sept. 13": skip the abbreviation's period by reading from a view without it.
      if (next?.text === '.' && dayNumber(tokens[i + 2]) !== null) {
        const rest = [...tokens.slice(0, i + 1), ...tokens.slice(i + 2)];
        const hit = findDates(rest.slice(i, i + 5), pub)[0];
        if (hit) {
          out.push({ ...hit, from: i, to: hit.to + i + 1 });
          i += hit.to;
          continue;
        }
      }
      const dayAfter = dayNumber(next);
      const dayBefore = dayNumber(tokens[i - 1]);
      if (t.lower === 'may' && dayAfter === null && dayBefore === null && !MONTH_CUES.has(prev) && !yearNumber(next)) continue;
      if (t.lower.length === 3 && t.lower !== 'may' && dayAfter === null && dayBefore === null && !yearNumber(next)) continue;
      if (dayAfter !== null) {
        // "from October 8 to 9, 1996", "March 16-17, 2023": the year after a range of days (1.17).
        const span = ['to', '-', '–', 'and'].includes(tokens[i + 2]?.lower ?? '') && dayNumber(tokens[i + 3]) !== null && (yearNumber(tokens[i + 4]) !== null || (tokens[i + 4]?.lower === ',' && yearNumber(tokens[i + 5]) !== null)) ? 2 : 0;
        if (span > 0) {
          const yAt = tokens[i + 4]?.lower === ',' ? i + 5 : i + 4;
          const y = yearNumber(tokens[yAt])!;
          if (valid(y, m, dayAfter)) {
            out.push({ value: `${month(y, m)}-${pad(dayAfter)}`, precision: 'day', from: i, to: yAt + 1 });
            i = yAt;
            continue;
          }
        }
        const yTok = tokens[i + 2]?.lower === ',' ? tokens[i + 3] : tokens[i + 2];
        const named = yearNumber(yTok) ? null : namedYear(tokens, i + 2, pub);
        const y = yearNumber(yTok) ?? named?.year ?? yearFor(pub, m, dayAfter);
        const end = yearNumber(yTok) ? (tokens[i + 2]?.lower === ',' ? i + 4 : i + 3) : named ? named.end : i + 2;
        if (valid(y, m, dayAfter)) found = { value: `${month(y, m)}-${pad(dayAfter)}`, precision: 'day', from: i, to: end };
      } else if (dayBefore !== null) {
        // "5th May, 2021": a comma may stand before the year (1.12).
        const yAt = next?.lower === ',' && yearNumber(tokens[i + 2]) !== null ? i + 2 : i + 1;
        const named = yearNumber(tokens[yAt]) === null ? namedYear(tokens, i + 1, pub) : null;
        const year = yearNumber(tokens[yAt]) ?? named?.year ?? null;
        // "from 8 to 10 November", "4th-5th May": a range of days is dated by its first day (1.12).
        const rangeGlue = ['to', '-', '–', 'and'].includes(tokens[i - 2]?.lower ?? '');
        const firstDay = rangeGlue ? dayNumber(tokens[i - 3]) : null;
        // ("on 10 and 12 November" names two days; "between 10 and 12 November" is a range.)
        const startDay = firstDay !== null && firstDay < dayBefore && (tokens[i - 2].lower !== 'and' || tokens[i - 4]?.lower === 'between') ? firstDay : dayBefore;
        const y = year ?? yearFor(pub, m, startDay);
        if (valid(y, m, startDay)) found = { value: `${month(y, m)}-${pad(startDay)}`, precision: 'day', from: startDay === dayBefore ? i - 1 : i - 3, to: named ? named.end : year !== null ? yAt + 1 : i + 1 };
      } else {
        const named = yearNumber(next) ? null : namedYear(tokens, i + 1, pub);
        const y = yearNumber(next) ?? named?.year ?? yearFor(pub, m, null);
        found = { value: month(y, m), precision: 'month', from: i, to: yearNumber(next) ? i + 2 : named ? named.end : i + 1 };
      }
    } else if (t.cap && WEEKDAYS.has(t.lower)) {
      // "Wednesday March 2, 2022" and "Friday (October 14)": the explicit date that follows wins.
      const after = tokens[i + 1]?.lower === '(' || tokens[i + 1]?.lower === ',' ? i + 2 : i + 1;
      if (tokens[after] && MONTHS.has(tokens[after].lower) && tokens[after].cap) continue;
      // ("Thursday, 15th March 2018": a day number before the month, 1.17.)
      if (dayNumber(tokens[after]) !== null && tokens[after + 1] && MONTHS.has(tokens[after + 1].lower) && tokens[after + 1].cap) continue;
      // ("signed an agreement last Thursday", told on a Thursday: a week back, not today, 1.30.44.)
      const back = (pub.getUTCDay() - WEEKDAYS.get(t.lower)! + 7) % 7 || (prev === 'last' ? 7 : 0);
      const d = new Date(pub.getTime() - back * 86400000);
      found = { value: dayString(d), precision: 'day', from: i, to: i + 1 };
    } else if (prev === 'the' && /^\d{1,2}(st|nd|rd|th)$/.test(t.lower) && tokens[i - 2]?.lower === 'on' && !MONTHS.has(next?.lower ?? '') && next?.lower !== 'of') {
      // ("signed on the 15th": that day of the publication month, else of the month before, 1.30.44.)
      const day = dayNumber(t)!;
      const y = pub.getUTCFullYear();
      const m = pub.getUTCMonth() + 1;
      const [yy, mm] = day <= pub.getUTCDate() ? [y, m] : m === 1 ? [y - 1, 12] : [y, m - 1];
      if (valid(yy, mm, day)) found = { value: `${month(yy, mm)}-${pad(day)}`, precision: 'day', from: i - 1, to: i + 1 };
    } else if ((t.lower === 'night' || t.lower === 'evening') && prev === 'last') {
      // "reached Islamabad last night": the evening before publication (1.14).
      found = { value: dayString(new Date(pub.getTime() - 86400000)), precision: 'day', from: i - 1, to: i + 1 };
    } else if ((t.lower === 'morning' || t.lower === 'afternoon' || t.lower === 'evening') && prev === 'this') {
      // "this morning": the publication day.
      found = { value: dayString(pub), precision: 'day', from: i - 1, to: i + 1 };
    } else if (t.lower === 'ago' && AGO_UNITS.has(prev)) {
      // "two days ago", "about two and a half weeks ago": counted back from publication; weeks and
      // months give the month, years the year (1.17).
      const counted = agoCount(tokens, i - 2);
      // ("less than two weeks ago", "some three years ago": a qualifier is part of the phrase, 1.22.3.)
      const n = counted ? { ...counted, from: qualifiedFrom(tokens, counted.from) } : null;
      if (n !== null) {
        const unit = prev.replace(/s$/, '');
        const back = (days: number) => new Date(pub.getTime() - Math.round(days) * 86400000);
        if (unit === 'day' && Number.isInteger(n.value)) found = { value: dayString(back(n.value)), precision: 'day', from: n.from, to: i + 1 };
        else if (unit === 'week') { const d = back(7 * n.value); found = { value: month(d.getUTCFullYear(), d.getUTCMonth() + 1), precision: 'month', from: n.from, to: i + 1 }; }
        else if (unit === 'month' && Number.isInteger(n.value)) { const d = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() - n.value, 1)); found = { value: month(d.getUTCFullYear(), d.getUTCMonth() + 1), precision: 'month', from: n.from, to: i + 1 }; }
        else if (unit === 'year' && Number.isInteger(n.value)) found = { value: String(pub.getUTCFullYear() - n.value), precision: 'year', from: n.from, to: i + 1 };
      }
    } else if (t.lower === 'today' || t.lower === 'tonight') {
      found = { value: dayString(pub), precision: 'day', from: i, to: i + 1 };
    } else if (t.lower === 'yesterday') {
      found = { value: dayString(new Date(pub.getTime() - 86400000)), precision: 'day', from: i, to: i + 1 };
    } else if ((t.lower === 'year' || t.lower === 'month' || t.lower === 'week') && (prev === 'last' || prev === 'this' || prev === 'past')) {
      const y = pub.getUTCFullYear();
      const m = pub.getUTCMonth() + 1;
      if (t.lower === 'year') found = { value: String(prev === 'last' ? y - 1 : y), precision: 'year', from: i - 1, to: i + 1 };
      else if (t.lower === 'month') {
        const lm = prev === 'last' ? (m === 1 ? 12 : m - 1) : m;
        found = { value: month(prev === 'last' && m === 1 ? y - 1 : y, lm), precision: 'month', from: i - 1, to: i + 1 };
      } else {
        const d = new Date(pub.getTime() - (prev === 'last' ? 7 : 0) * 86400000);
        found = { value: month(d.getUTCFullYear(), d.getUTCMonth() + 1), precision: 'month', from: i - 1, to: i + 1 };
      }
    } else if ((prev === 'in' || prev === 'since' || prev === 'during') && yearNumber(t) !== null && tokens[i + 1]?.lower !== 's') {
      const y = yearNumber(t)!;
      if (y <= pub.getUTCFullYear()) found = { value: String(y), precision: 'year', from: i, to: i + 1 };
    }
    if (!found) continue;
    // ("on Wednesday, November 4", "Thursday (15 March)": the weekday before the explicit date is part
    // of the expression, 1.30.44.)
    if (found.precision === 'day' && [',', '('].includes(tokens[found.from - 1]?.lower ?? '') && tokens[found.from - 2]?.cap && WEEKDAYS.has(tokens[found.from - 2].lower)) found = { ...found, from: found.from - 2 };
    if (RANGE_CUES.has(tokens[found.from - 1]?.lower ?? '') && found.precision === 'day') {
      found = { ...found, value: found.value.slice(0, 7), precision: 'month' };
    }
    // ("today, 6 July", "yesterday, March 3": a day named right after a relative one, behind a comma,
    // says which day that was, 1.26.14.)
    const before = out[out.length - 1];
    if (found.precision === 'day' && before?.precision === 'day' && before.to + 1 === found.from && tokens[before.to]?.lower === ',' && RELATIVE_DAYS.has(tokens[before.from].lower)) out.pop();
    out.push(found);
    i = Math.max(i, found.to - 1);
  }
  return out;
}
