import fc from 'fast-check';
import { containsAny } from './word-sets';

const naive = (words: ReadonlySet<string>, trigger: ReadonlySet<string>) => [...words].some((w) => trigger.has(w));

describe('containsAny', () => {
  it('agrees with a plain lookup for any sentence and any of 70 trigger sets (more than two mask words)', () => {
    const vocabulary = Array.from({ length: 40 }, (_, i) => `w${i}`);
    const triggers = fc.sample(fc.uniqueArray(fc.constantFrom(...vocabulary), { maxLength: 8 }), { numRuns: 70, seed: 7 }).map((ws) => new Set(ws));
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...vocabulary), { maxLength: 25 }), fc.array(fc.nat(triggers.length - 1), { maxLength: 40 }), (sentence, asked) => {
        const words = new Set(sentence);
        for (const t of asked) expect(containsAny(words, triggers[t])).toBe(naive(words, triggers[t]));
      }),
      { numRuns: 500 },
    );
  });

  it('answers for a trigger set first seen after a sentence was already checked', () => {
    const words = new Set(['the', 'delegation', 'arrived']);
    expect(containsAny(words, new Set(['signed', 'inked']))).toBe(false);
    const later = new Set(['arrived', 'landed']);
    expect(containsAny(words, later)).toBe(true);
    expect(containsAny(words, new Set(['departed']))).toBe(false);
    expect(containsAny(words, later)).toBe(true);
  });

  it('is false for an empty sentence or an empty trigger set', () => {
    expect(containsAny(new Set(), new Set(['met']))).toBe(false);
    expect(containsAny(new Set(['met']), new Set())).toBe(false);
  });
});
