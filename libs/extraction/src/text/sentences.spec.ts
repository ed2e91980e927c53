import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it('splits on terminal punctuation and paragraphs with exact offsets', () => {
    const body = 'Japan met Mongolia. Then they left!\n\nA new paragraph? Yes.';
    const s = splitSentences(body);
    expect(s.map((x) => x.text)).toEqual(['Japan met Mongolia.', 'Then they left!', 'A new paragraph?', 'Yes.']);
    for (const x of s) expect(body.slice(x.start, x.end)).toBe(x.text);
    expect(s.map((x) => x.paragraph)).toEqual([0, 0, 1, 1]);
  });

  it('keeps abbreviations, initials and dotted names inside a sentence', () => {
    const body = 'Mr. Abe met B. Battsetseg and the U.S. envoy on Jan. 5. Minister B.Battsetseg spoke.';
    expect(splitSentences(body).map((x) => x.text)).toEqual(['Mr. Abe met B. Battsetseg and the U.S. envoy on Jan. 5.', 'Minister B.Battsetseg spoke.']);
  });

  it('splits a full stop that scraping glued to the next sentence, but not an address or an abbreviation (1.24.2)', () => {
    const body = 'He met the Chilean President Gabriel Boric.Both leaders arrived on Friday.The talks ended.';
    expect(splitSentences(body).map((x) => x.text)).toEqual(['He met the Chilean President Gabriel Boric.', 'Both leaders arrived on Friday.', 'The talks ended.']);
    const kept = 'See www.Example.com or news@Daily.com and Gen.Petraeus, St.Lucia, Minister B.Battsetseg and U.S.Army units.';
    expect(splitSentences(kept).map((x) => x.text)).toEqual([kept]);
  });

  it('keeps closing quotes with their sentence', () => {
    const body = '“We agreed,” Abe said. “Today we agreed to accelerate those plans.” Erdenebat added.';
    expect(splitSentences(body).map((x) => x.text)).toEqual(['“We agreed,” Abe said.', '“Today we agreed to accelerate those plans.”', 'Erdenebat added.']);
  });

  it('treats a list paragraph as one sentence', () => {
    const body = 'These countries abstained:\n\nAlgeria, Angola, Burundi.';
    expect(splitSentences(body).map((x) => x.text)).toEqual(['These countries abstained:', 'Algeria, Angola, Burundi.']);
  });

  it('handles empty and whitespace-only input', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n \t')).toEqual([]);
  });
});
