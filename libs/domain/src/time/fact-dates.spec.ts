import { dateRange, isFactDate } from './fact-dates';

describe('fact dates', () => {
  it('cover a day, a month or a year', () => {
    expect(dateRange('2022-05-01')).toEqual({ from: '2022-05-01', to: '2022-05-01' });
    expect(dateRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(dateRange('2022')).toEqual({ from: '2022-01-01', to: '2022-12-31' });
  });

  it('refuse what is not a real date', () => {
    for (const bad of ['2022-13', '2022-02-30', '22-05-01', '2022-5-1', '', 'May 2022', '0000', '0000-01-01']) expect(isFactDate(bad)).toBe(false);
  });

  it('end every month on the day the calendar of Date ends it, leap years and centuries included', () => {
    for (let y = 1; y <= 2500; y += y < 1590 ? 97 : 1) {
      for (let mo = 1; mo <= 12; mo++) {
        const yyyy = String(y).padStart(4, '0');
        const mm = String(mo).padStart(2, '0');
        const day = new Date(0);
        day.setUTCFullYear(y, mo, 0); // the last day of month mo (setUTCFullYear takes years below 100 as they are)
        expect(dateRange(`${yyyy}-${mm}`)?.to).toBe(`${yyyy}-${mm}-${String(day.getUTCDate()).padStart(2, '0')}`);
      }
    }
  });
});
