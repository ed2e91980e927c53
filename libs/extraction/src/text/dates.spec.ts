import { findDates, parsePublished } from './dates';
import { tokenize } from './tokens';

const resolve = (text: string, published: string) => findDates(tokenize(text), parsePublished(published)).map((d) => d.value);

describe('findDates', () => {
  // 2022-05-01 was a Sunday.
  it('resolves weekdays to the latest such day on or before publication', () => {
    expect(resolve('on Sunday', '2022-05-01')).toEqual(['2022-05-01']);
    expect(resolve('Thursday', '2022-05-01')).toEqual(['2022-04-28']);
    expect(resolve('adopted the resolution Wednesday', '2022-12-22T08:17:00+05:30')).toEqual(['2022-12-21']);
  });

  it('lets an explicit date after a weekday win', () => {
    expect(resolve('on Wednesday March 2, 2022', '2022-03-03')).toEqual(['2022-03-02']);
    expect(resolve('held on Friday (October 14) in Tokyo', '2016-10-14')).toEqual(['2016-10-14']);
  });

  it('resolves months without a year to the latest past one', () => {
    expect(resolve('In early March, Mongolia abstained', '2022-05-01')).toEqual(['2022-03']);
    expect(resolve('back in July', '2016-10-14')).toEqual(['2016-07']);
    expect(resolve('in November', '2022-05-01')).toEqual(['2021-11']);
    expect(resolve('On May 1, the minister', '2022-05-02')).toEqual(['2022-05-01']);
    expect(resolve('on 2 March 2022', '2022-05-01')).toEqual(['2022-03-02']);
    expect(resolve('(Apr 2)', '2023-04-02')).toEqual(['2023-04-02']);
  });

  it('resolves relative periods', () => {
    expect(resolve('last year', '2018-11-23')).toEqual(['2017']);
    expect(resolve('last month', '2022-01-10')).toEqual(['2021-12']);
    expect(resolve('this week', '2025-05-17')).toEqual(['2025-05']);
    expect(resolve('yesterday', '2022-03-01')).toEqual(['2022-02-28']);
    expect(resolve('in 2017', '2018-11-23')).toEqual(['2017']);
  });

  it('turns the start of a range into a month', () => {
    expect(resolve('a five-day trip that began Thursday', '2022-05-01')).toEqual(['2022-04']);
  });

  it('does not read the modal "may" as the month', () => {
    expect(resolve('The talks may resume', '2022-05-01')).toEqual([]);
    expect(resolve('in May', '2022-06-01')).toEqual(['2022-05']);
  });

  it('needs a publication date', () => {
    expect(resolve('on Sunday', 'not a date')).toEqual([]);
  });
});
