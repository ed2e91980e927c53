/**
 * The public fact schema. Field names follow shared/corpus/ANNOTATION.md; every fact also carries
 * its evidence, a confidence, a modality, the extractor that produced it and a CAMEO mapping.
 * Countries are ISO 3166-1 alpha-3 codes.
 */
export type CountryCode = string;

/** Fact types Dyad knows. The string is the persisted event type; it never changes. */
export const FACT_TYPES = [
  'MeetingHeld',
  'AgreementSigned',
  'VoteAbstained',
  'VoteCast',
  'AidPledged',
  'AppealMade',
  'CooperationAgreed',
  'VisitMade',
] as const;
export type FactType = (typeof FACT_TYPES)[number];

/** ISO date of the real-world fact at the precision the text allows: `2022-05-01`, `2022-03` or `2022`. */
export type FactDate = string;

/** The sentence that supports a fact, with character offsets into the article body. */
export interface Evidence {
  sentence: string;
  /** Offset of the sentence's first character in the body. */
  start: number;
  /** Offset one past the sentence's last character. */
  end: number;
}

export interface MonetaryValue {
  /** Amount in units (260 million → 260000000). */
  amount: number;
  /** ISO 4217 code when the text states or clearly implies it, else null. */
  currency: string | null;
}

export interface CameoMapping {
  code: string;
  goldstein: number;
  quadClass: 1 | 2 | 3 | 4;
}

export interface Person {
  name: string;
  role?: string | null;
  country?: CountryCode | null;
}

export interface Location {
  city?: string | null;
  country?: CountryCode | null;
}

export interface Resolution {
  symbol?: string | null;
  subject?: string | null;
}

export interface Tally {
  yes?: number | null;
  no?: number | null;
  abstain?: number | null;
  total?: number | null;
}

export type Modality = 'asserted' | 'hedged';

/** What every fact carries besides its type-specific fields. */
export interface FactCommon {
  date?: FactDate | null;
  evidence?: Evidence | null;
  confidence: number;
  modality: Modality;
  extractor: { name: string; version: string };
  cameo?: CameoMapping | null;
}

export interface MeetingHeldFields {
  type: 'MeetingHeld';
  participants: CountryCode[];
  people?: Person[];
  location?: Location | null;
  topics?: string[];
}
export interface AgreementSignedFields {
  type: 'AgreementSigned';
  parties: CountryCode[];
  organisations?: string[];
  subject?: string | null;
  value?: MonetaryValue | null;
  signatories?: string[];
}
export interface VoteFields {
  body: string;
  resolution?: Resolution | null;
  concerning?: CountryCode[];
  tally?: Tally | null;
}
export interface VoteAbstainedFields extends VoteFields {
  type: 'VoteAbstained';
  country: CountryCode;
}
export interface VoteCastFields extends VoteFields {
  type: 'VoteCast';
  country: CountryCode;
  position: 'yes' | 'no';
}
export interface AidPledgedFields {
  type: 'AidPledged';
  donor: CountryCode;
  recipient: CountryCode;
  value?: MonetaryValue | null;
  purpose?: string | null;
}
export interface AppealMadeFields {
  type: 'AppealMade';
  from: CountryCode;
  to: CountryCode;
  about?: string | null;
}
export interface CooperationAgreedFields {
  type: 'CooperationAgreed';
  parties: CountryCode[];
  about?: string | null;
}
export interface VisitMadeFields {
  type: 'VisitMade';
  visitor: CountryCode;
  host: CountryCode;
  people?: string[];
}

export type FactFields =
  | MeetingHeldFields
  | AgreementSignedFields
  | VoteAbstainedFields
  | VoteCastFields
  | AidPledgedFields
  | AppealMadeFields
  | CooperationAgreedFields
  | VisitMadeFields;

/** A fact as an extractor (or a client) produces it, before it belongs to a stored article. */
export type FactDraft = FactFields & FactCommon;

/** A stored fact: the payload of a fact event. */
export type Fact = FactDraft & {
  factId: string;
  articleId: string;
  /** Who produced the fact: Dyad's extractor or the client that ingested the article. */
  source: 'extractor' | 'client';
  /** When the article that reports the fact was published: the fallback date of an undated fact. */
  reportedAt: string;
  /** Who published the article: its `source`, else its URL's host; null when neither is known. */
  outlet?: string | null;
};

const FACT_TYPE_NAMES: ReadonlySet<string> = new Set(FACT_TYPES);
/** True for the event types that carry a fact. */
export const isFactTypeName = (type: string): type is FactType => FACT_TYPE_NAMES.has(type);
