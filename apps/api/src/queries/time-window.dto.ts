import { BadRequestException } from '@nestjs/common';
import { dateRange, isFactDate } from '@dyad/domain';
import { z } from 'zod';
import { lastValue } from './query-params';

const factDate = lastValue(z.string().max(10).refine(isFactDate, { message: 'must be YYYY, YYYY-MM or YYYY-MM-DD' }));

/** `asOf`: what Dyad knew at that instant; `from`/`until`: when the events happened. */
export const TimeWindowRequest = z.strictObject({
  asOf: lastValue(
    z
      .string()
      .max(40)
      .refine((s) => /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(s) && !Number.isNaN(Date.parse(s)), {
        message: 'must be an ISO 8601 date or date-time',
      }),
  ).optional(),
  from: factDate.optional(),
  until: factDate.optional(),
});
export type TimeWindowParams = z.infer<typeof TimeWindowRequest>;

/**
 * The window as the queries take it: `from` at the first day it names, `until` at the last,
 * `asOf` as an instant (a bare date is that day's start, UTC).
 */
export function toTimeWindow(p: TimeWindowParams): { asOf?: string; from?: string; until?: string } {
  const from = p.from ? dateRange(p.from)!.from : undefined;
  const until = p.until ? dateRange(p.until)!.to : undefined;
  if (from && until && from > until) throw new BadRequestException('from: must not be after until');
  return { asOf: p.asOf ? new Date(p.asOf).toISOString() : undefined, from, until };
}
