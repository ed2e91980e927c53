/** Invariants on any input: never throws, exact evidence offsets, schema-valid facts, bounded time on hostile text. */
import fc from 'fast-check';
import { extractFacts } from '.';
import { validateFactInput } from '../../domain/src/facts/fact.schema';

const WORDS = [
  'Japan', 'Mongolia', 'Japanese', 'Mongolian', 'Moscow', "Moscow's", 'the Kremlin', 'Ulaanbaatar', 'Korean', 'Congo',
  'met', 'meeting', 'talks', 'signed', 'an agreement', 'visited', 'arrived in', 'urged', 'pledged', '$1.2 billion',
  '260 million', 'yen', 'abstained', 'voted against', 'in favour', 'resolution', 'UN General Assembly', 'Security Council',
  'agreed to', 'cooperate', 'will', 'not', 'on Sunday', 'in early March', 'last year', 'Foreign Minister', 'Hayashi',
  'President', ',', '.', ';', ':', '(', ')', '—', '"', '“', '’s', '\n\n', ' ', 'B.', 'U.S.', '1,000', '2022',
];

const articleText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 120 }).map((ws) => ws.join(' ')),
  fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), { maxLength: 80 }).map((ws) => ws.join('')),
);
const published = fc.oneof(fc.constant('2022-05-01'), fc.constant('2022-12-22T08:17:00+05:30'), fc.string({ maxLength: 12 }));

describe('extractFacts properties', () => {
  it('never throws and always returns exact evidence offsets', () => {
    fc.assert(
      fc.property(articleText, fc.option(fc.string({ maxLength: 60 })), published, (body, title, publishedAt) => {
        const out = extractFacts({ body, title: title ?? undefined, publishedAt });
        for (const f of out) {
          expect(f.evidence).toBeTruthy();
          expect(body.slice(f.evidence!.start, f.evidence!.end)).toBe(f.evidence!.sentence);
          expect(f.confidence).toBeGreaterThanOrEqual(0);
          expect(f.confidence).toBeLessThanOrEqual(1);
          // What the extractor emits is what a client may send: the same schema.
          expect(validateFactInput(f)).toMatchObject({ ok: true });
        }
      }),
      { numRuns: 400 },
    );
  });

  it('survives non-string input without throwing', () => {
    expect(extractFacts(undefined as never)).toEqual([]);
    expect(extractFacts({ body: 42 as never, publishedAt: null as never })).toEqual([]);
  });

  it.each([
    ['1 MB of article text', () => 'Japanese Foreign Minister Yoshimasa Hayashi met his Mongolian counterpart in Ulaanbaatar on Sunday, and they signed an agreement for 260 million in Japanese aid. Mongolia, China and Russia abstained in the UN General Assembly.\n\n'.repeat(4300).slice(0, 1_000_000)],
    ['100 KB of punctuation', () => '.,;:!?-—()"\'“”…'.repeat(7200).slice(0, 100_000)],
    ['100 KB of dots', () => '.'.repeat(100_000)],
    ['1 MB without spaces', () => 'Japan,1,000.'.repeat(85_000)],
    ['1 MB in one sentence', () => 'Japan met Mongolia and urged China to act, '.repeat(24_000)],
    ['a long country list', () => 'Benin, Chad, Mali, Niger, '.repeat(40_000) + 'abstained in the General Assembly.'],
  ])(
    'finishes %s in bounded time',
    (_name, make) => {
      const body = make();
      const t0 = Date.now();
      extractFacts({ body, publishedAt: '2022-05-01' });
      // About 1.5 s alone on one core for 1 MB; the bound leaves room for a loaded CI machine
      // while still catching any super-linear blow-up (which would take minutes).
      expect(Date.now() - t0).toBeLessThan(15_000);
    },
    30_000,
  );
});
