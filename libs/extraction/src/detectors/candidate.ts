import type { FactFields, Modality } from '../../../domain/src/facts/fact.types';

/** A fact found in one sentence, before assembly adds evidence, extractor and CAMEO. */
export type Candidate = FactFields & {
  date: string | null;
  /** The date was written in the sentence, not inherited from the story. */
  dateExplicit: boolean;
  confidence: number;
  modality: Modality;
  sentence: number;
  /** Votes: the tally written in the candidate's own sentence; two different tallies are two votes. */
  voteTag?: string;
  /** Votes: another vote than the article's own (another resolution or body), which takes none of its tally or text (1.30.46). */
  ownVote?: boolean;
  /** Meetings: the guest met one by one when a host met two officials of one state in one sentence (1.15). */
  guestTag?: string;
  /** Agreements: told as one more instrument ("also signed a further accord", 1.17.3). */
  another?: boolean;
  /** Agreements: which of the instruments a signing counts ("signed five agreements"), 0-based (1.29.2). */
  instrument?: number;
};
