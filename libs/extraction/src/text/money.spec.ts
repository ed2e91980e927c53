import { findMoney } from './money';
import { tokenize } from './tokens';

const money = (text: string) => findMoney(tokenize(text)).map(({ amount, currency, conversion }) => ({ amount, currency, conversion }));

describe('findMoney', () => {
  it.each([
    ['$1.2 billion', 1_200_000_000, 'USD'],
    ['¥260 million', 260_000_000, 'JPY'],
    ['500 million euros', 500_000_000, 'EUR'],
    ['Rs 2,000 crore', 20_000_000_000, 'INR'],
    ['€68m', 68_000_000, 'EUR'],
    ['US$50 million', 50_000_000, 'USD'],
    ['167.2 billion yen', 167_200_000_000, 'JPY'],
    ['1 trillion yen', 1_000_000_000_000, 'JPY'],
    ['£150m', 150_000_000, 'GBP'],
    ['EUR 3 million', 3_000_000, 'EUR'],
    ['two billion dollars', 2_000_000_000, 'USD'],
    ['fifty million euros', 50_000_000, 'EUR'],
    ['30 billion Japanese yen', 30_000_000_000, 'JPY'],
  ])('%s', (text, amount, currency) => {
    expect(money(text)[0]).toMatchObject({ amount, currency });
  });

  it('leaves the currency null when none is written', () => {
    expect(money('an agreement for 260 million in Japanese aid')[0]).toEqual({ amount: 260_000_000, currency: null, conversion: false });
  });

  it('marks a bracketed conversion', () => {
    expect(money('up to 167.2 billion yen ($1.5 billion) for a railway')).toEqual([
      { amount: 167_200_000_000, currency: 'JPY', conversion: false },
      { amount: 1_500_000_000, currency: 'USD', conversion: true },
    ]);
  });

  it('ignores bare counts', () => {
    expect(money('adopted by 141 out of the 193 members in 2022')).toEqual([]);
  });

  it('reads no amount from a number word without a scale ("one of the two dollars")', () => {
    expect(money('one of the two dollars')).toEqual([]);
    expect(money('constructor million dollars')).toEqual([]);
  });
});
