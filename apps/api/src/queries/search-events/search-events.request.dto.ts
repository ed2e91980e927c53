import { FACT_TYPES, isFactDate, type FactType } from '@dyad/domain';
import { z } from 'zod';
import { lastValue } from '../query-params';

const dateParam = z.string().max(10).refine(isFactDate, { message: 'must be YYYY, YYYY-MM or YYYY-MM-DD' });
const one = lastValue;

/** Cursors are opaque to clients: base64url of the position to continue below. */
export const encodeCursor = (position: number): string => Buffer.from(`p:${position}`).toString('base64url');
export function decodeCursor(cursor: string): number | null {
  const m = /^p:(\d{1,18})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return m ? Number(m[1]) : null;
}

/** Query string of GET /events. */
export const SearchEventsRequest = z.strictObject({
  country: one(z.string().max(100)).optional(),
  dyad: one(z.string().max(200)).optional(),
  type: z
    .preprocess(
      (v) => (Array.isArray(v) ? v.flatMap((x) => String(x).split(',')) : typeof v === 'string' ? v.split(',') : v),
      z.array(z.enum(FACT_TYPES as unknown as [FactType, ...FactType[]], { error: `must be one of ${FACT_TYPES.join(', ')}` })).max(20),
    )
    .optional(),
  from: one(dateParam).optional(),
  to: one(dateParam).optional(),
  cursor: one(
    z
      .string()
      .max(100)
      .refine((c) => decodeCursor(c) !== null, { message: 'is not a cursor this API gave out' }),
  ).optional(),
  limit: one(z.coerce.number().int().min(1).max(200)).default(50),
});
export type SearchEventsParams = z.infer<typeof SearchEventsRequest>;
