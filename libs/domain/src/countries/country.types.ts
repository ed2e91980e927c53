/** A sovereign state or territory with an ISO 3166-1 code. */
export interface Country {
  /** ISO 3166-1 alpha-3, the identity used everywhere in Dyad. */
  iso3: string;
  /** ISO 3166-1 alpha-2. */
  iso2: string;
  /** Common English name ("Mongolia", "United States"). */
  name: string;
}

/** How a country is named in running text. */
export type MentionKind = 'name' | 'demonym' | 'capital' | 'seat';

/** One surface form of the mention lexicon. */
export interface LexiconEntry {
  /** Candidate countries; more than one means the form is ambiguous ("Korean", "Congolese"). */
  iso3: string[];
  kind: MentionKind;
}
