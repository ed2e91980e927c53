/**
 * Extractor 1.30.8: a fact's free-text fields (an agreement's subject, an aid pledge's purpose from a
 * signing, an appeal's or cooperation's `about`, a resolution's subject) are the article's own words,
 * as ANNOTATION.md's examples write them, not its tokens joined by spaces. Sentences are invented.
 */
import { EXTRACTOR } from '.';
import type { FactDraft } from '../../domain/src/facts/fact.types';
import { facts } from './spec-signatures';
import { spanText } from './text/span-text';
import { tokenize } from './text/tokens';

describe('extractor version', () => {
  it('is 1.30.8', () => expect(EXTRACTOR.version).toBe('1.30.8'));
});

const first = <T extends FactDraft['type']>(body: string, type: T) => facts(body).find((f) => f.type === type) as Extract<FactDraft, { type: T }>;

describe('free text as the article writes it (1.30.8)', () => {
  it('keeps hyphens, brackets and currency signs as written, without the closing full stop', () => {
    const signing = first('Kenya and Tanzania signed an agreement on cross-border trade worth $120 million (about KSh 15 billion) on Tuesday.', 'AgreementSigned');
    expect(signing.subject).toBe('agreement on cross-border trade worth $120 million (about KSh 15 billion) on Tuesday');
    const appeal = first('Ghana urged Togo to reopen the Aflao-Lomé border crossing.', 'AppealMade');
    expect(appeal.about).toBe('reopen the Aflao-Lomé border crossing');
    const cooperation = first('Peru and Chile agreed to cooperate on anti-narcotics patrols along their maritime border.', 'CooperationAgreed');
    expect(cooperation.about).toBe('cooperate on anti-narcotics patrols along their maritime border');
  });

  it('gives a resolution its subject as written', () => {
    const vote = first('The UN General Assembly adopted a resolution demanding a cease-fire in Gaza. India abstained.', 'VoteAbstained');
    expect(vote.resolution?.subject).toBe('demanding a cease-fire in Gaza');
  });

  it('codes what a hyphenated word says: cooperation on a cease-fire is CAMEO 037, not the generic 030', () => {
    const cooperation = first('Armenia and Azerbaijan agreed to cooperate on monitoring the cease-fire along their border.', 'CooperationAgreed');
    expect(cooperation.about).toBe('cooperate on monitoring the cease-fire along their border');
    expect(cooperation.cameo).toEqual({ code: '037', goldstein: 5, quadClass: 1 });
  });

  it('writes a run of spaces or a tab inside the span as one space', () => {
    const appeal = first('Ghana urged Togo to reopen  the\tborder crossing.', 'AppealMade');
    expect(appeal.about).toBe('reopen the border crossing');
  });
});

describe('spanText', () => {
  const sentence = (text: string, start = 100) => ({ text, start, tokens: tokenize(text, start) });

  it('is the text between two tokens, with sentence punctuation trimmed off its end', () => {
    const s = sentence('They signed a cross-border deal; talks went on.');
    expect(spanText(s, 2, s.tokens.length)).toBe('a cross-border deal; talks went on');
    expect(spanText(s, 2, 7)).toBe('a cross-border deal');
    expect(spanText(s, 5, 5)).toBe('');
    expect(spanText(s, 7, 8)).toBe('');
  });

  it('keeps the full stop of an abbreviation with inner dots', () => {
    const s = sentence('It was backed by the U.S.');
    expect(spanText(s, 3, s.tokens.length)).toBe('by the U.S.');
    const t = sentence('It was backed by the US.');
    expect(spanText(t, 3, t.tokens.length)).toBe('by the US');
  });
});
