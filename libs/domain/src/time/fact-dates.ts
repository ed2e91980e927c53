/** Days in a month of the proleptic Gregorian calendar (as JavaScript's Date and PostgreSQL count). */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (y: number, mo: number) => (mo === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : MONTH_DAYS[mo - 1]);

/** A fact date (`2022`, `2022-03` or `2022-03-02`) as the inclusive range of days it covers. */
export function dateRange(date: string): { from: string; to: string } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  if (y < 1) return null; // there is no year 0 (PostgreSQL refuses it too)
  if (!m[2]) return { from: `${m[1]}-01-01`, to: `${m[1]}-12-31` };
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  const last = daysIn(y, mo);
  if (!m[3]) return { from: `${m[1]}-${m[2]}-01`, to: `${m[1]}-${m[2]}-${String(last).padStart(2, '0')}` };
  const d = Number(m[3]);
  if (d < 1 || d > last) return null;
  return { from: date, to: date };
}

/** True for `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real day, month or year. */
export const isFactDate = (s: string): boolean => dateRange(s) !== null;

/** The day part of an ISO date or date-time (`2022-05-01T09:00:00Z` → `2022-05-01`). */
export function dayOf(isoDateOrTime: string): string {
  return isoDateOrTime.slice(0, 10);
}
