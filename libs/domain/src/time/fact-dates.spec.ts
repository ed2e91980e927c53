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
});
