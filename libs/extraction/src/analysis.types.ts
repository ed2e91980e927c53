import type { DateMention } from './text/dates';
import type { Mention } from './text/mentions';
import type { MoneyMention } from './text/money';
import type { Official } from './text/people';
import type { Sentence } from './text/sentences';
import type { Token } from './text/tokens';

/** What a mention does in its sentence. */
export type MentionRole = 'actor' | 'location' | 'topic' | 'adjective';

/** A country in a sentence, resolved to one code, with its role. */
export interface CountryMention {
  iso3: string;
  kind: Mention['kind'];
  role: MentionRole;
  /** Token range [from, to). */
  from: number;
  to: number;
  /** Followed by a possessive 's. */
  possessive: boolean;
  /** The official, when the mention is a person. */
  person?: Official;
}

export interface AnalysedSentence extends Sentence {
  index: number;
  tokens: Token[];
  mentions: CountryMention[];
  /** Event dates only (a dateline's date is left out). */
  dates: DateMention[];
  money: MoneyMention[];
  /** The sentence's distinct lower-case tokens: detectors check their trigger words here first. */
  words: ReadonlySet<string>;
}

export interface Analysis {
  sentences: AnalysedSentence[];
  published: Date | null;
  officials: Official[];
  /** Countries named in the title, used only as context (never as evidence). */
  titleMentions: string[];
  /** Countries the title places the story in ("… Arrives in Kenya", "Kenya: …"), as context only (1.9). */
  titlePlaces: string[];
}
