/**
 * Validation of client-supplied facts (POST /articles with `facts`), against the same schema the
 * extractor produces: per-type required fields of shared/corpus/ANNOTATION.md, ISO 3166-1 alpha-3
 * codes Dyad knows, dates at day, month or year precision. Confidence, modality and extractor may
 * be omitted: the API fills them.
 */
import { z } from 'zod';
import { isCountryCode } from '../countries';
import { isFactDate } from '../time/fact-dates';
import type { CameoMapping, Evidence, FactFields, Modality } from './fact.types';
import { FACT_TYPES } from './fact.types';

/** A validated client fact: the type-specific fields plus whatever common fields were sent. */
export type ValidatedFact = FactFields & {
  date?: string | null;
  evidence?: Evidence | null;
  confidence?: number;
  modality?: Modality;
  extractor?: { name: string; version: string };
  cameo?: CameoMapping | null;
};

export type FactValidation =
  | { ok: true; fact: ValidatedFact }
  | { ok: false; errors: { path: string; message: string }[] };

const country = z.string().superRefine((v, ctx) => {
  if (!isCountryCode(v)) ctx.addIssue({ code: 'custom', message: `unknown country code "${v}"` });
});
// YYYY, YYYY-MM or YYYY-MM-DD, and a real calendar date (year 1 or later).
const factDate = z.string().superRefine((v, ctx) => {
  if (!isFactDate(v)) ctx.addIssue({ code: 'custom', message: `date must be YYYY, YYYY-MM or YYYY-MM-DD, got "${v}"` });
});
const text = z.string().min(1).max(2000);
const money = z.object({ amount: z.number().finite().nonnegative(), currency: z.string().regex(/^[A-Z]{3}$/, 'currency must be an ISO 4217 code').nullable() });

const common = {
  date: factDate.nullish(),
  evidence: z.object({ sentence: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).nullish(),
  confidence: z.number().min(0).max(1).optional(),
  modality: z.enum(['asserted', 'hedged']).optional(),
  extractor: z.object({ name: text, version: text }).optional(),
  cameo: z.object({ code: z.string().regex(/^\d{2,4}$/), goldstein: z.number().min(-10).max(10), quadClass: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]) }).nullish(),
};

const distinctAtLeast = (n: number) => (list: string[], ctx: z.RefinementCtx) => {
  if (new Set(list).size < n) ctx.addIssue({ code: 'custom', message: `needs at least ${n} distinct countries` });
};
const vote = {
  ...common,
  country,
  body: text,
  resolution: z.object({ symbol: text.nullish(), subject: text.nullish() }).nullish(),
  concerning: z.array(country).optional(),
  tally: z
    .object({ yes: z.number().int().nonnegative().nullish(), no: z.number().int().nonnegative().nullish(), abstain: z.number().int().nonnegative().nullish(), total: z.number().int().nonnegative().nullish() })
    .nullish(),
};
const person = z.object({ name: text, role: text.nullish(), country: country.nullish() });

const SCHEMAS = {
  MeetingHeld: z.object({
    ...common,
    type: z.literal('MeetingHeld'),
    participants: z.array(country).superRefine(distinctAtLeast(2)),
    people: z.array(person).optional(),
    location: z.object({ city: text.nullish(), country: country.nullish() }).nullish(),
    topics: z.array(text).optional(),
  }),
  AgreementSigned: z
    .object({
      ...common,
      type: z.literal('AgreementSigned'),
      parties: z.array(country).min(1),
      organisations: z.array(text).optional(),
      subject: text.nullish(),
      value: money.nullish(),
      signatories: z.array(text).optional(),
    })
    .superRefine((f, ctx) => {
      // Two countries, or one country and an organisation (ANNOTATION.md).
      const n = new Set(f.parties).size;
      if (n < 2 && !(n === 1 && (f.organisations?.length ?? 0) > 0)) {
        ctx.addIssue({ code: 'custom', path: ['parties'], message: 'needs at least 2 distinct countries, or 1 country and organisations' });
      }
    }),
  VoteAbstained: z.object({ ...vote, type: z.literal('VoteAbstained') }),
  VoteCast: z.object({ ...vote, type: z.literal('VoteCast'), position: z.enum(['yes', 'no']) }),
  AidPledged: z
    .object({ ...common, type: z.literal('AidPledged'), donor: country, recipient: country, value: money.nullish(), purpose: text.nullish() })
    .superRefine((f, ctx) => {
      if (f.donor === f.recipient) ctx.addIssue({ code: 'custom', path: ['recipient'], message: 'donor and recipient must differ' });
    }),
  AppealMade: z
    .object({ ...common, type: z.literal('AppealMade'), from: country, to: country, about: text.nullish() })
    .superRefine((f, ctx) => {
      if (f.from === f.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'from and to must differ' });
    }),
  CooperationAgreed: z.object({ ...common, type: z.literal('CooperationAgreed'), parties: z.array(country).superRefine(distinctAtLeast(2)), about: text.nullish() }),
  VisitMade: z
    .object({ ...common, type: z.literal('VisitMade'), visitor: country, host: country, people: z.array(text).optional() })
    .superRefine((f, ctx) => {
      if (f.visitor === f.host) ctx.addIssue({ code: 'custom', path: ['host'], message: 'visitor and host must differ' });
    }),
} as const;

/** "participants[1]", "value.amount": the path format the API prefixes with "facts[i].". */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out ? '.' : ''}${String(p)}`;
  return out;
}

export function validateFactInput(input: unknown): FactValidation {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ path: '', message: 'a fact must be an object' }] };
  }
  const type = (input as { type?: unknown }).type;
  if (typeof type !== 'string' || !(FACT_TYPES as readonly string[]).includes(type)) {
    return { ok: false, errors: [{ path: 'type', message: `unknown fact type ${JSON.stringify(type ?? null)}; expected one of ${FACT_TYPES.join(', ')}` }] };
  }
  const r = SCHEMAS[type as keyof typeof SCHEMAS].safeParse(input);
  if (r.success) return { ok: true, fact: r.data as ValidatedFact };
  return { ok: false, errors: r.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
}
