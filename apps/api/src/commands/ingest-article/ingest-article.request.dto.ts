import { isFactDate } from '@dyad/domain';
import { z } from 'zod';

const ISO_DATE_OR_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** `2022-05-01` or a full ISO date-time naming a real instant. */
const publishedAt = z
  .string()
  .max(40)
  .refine((s) => ISO_DATE_OR_TIME.test(s) && isFactDate(s.slice(0, 10)) && !Number.isNaN(Date.parse(s)), {
    message: 'must be an ISO 8601 date (2022-05-01) or date-time (2022-05-01T09:30:00Z)',
  });

const notBlank = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => s.trim().length > 0, { message: 'must not be empty' });

/** The body of POST /articles; also one item of POST /articles/batch. */
export const IngestArticleRequest = z.strictObject({
  title: notBlank(1_000),
  body: notBlank(1_000_000),
  publishedAt,
  url: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .max(2_048)
    .nullish(),
  source: z.string().max(200).nullish(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 tag such as en or en-GB')
    .nullish(),
  /** Facts the client's own pipeline found; when present, no extraction runs. */
  facts: z.array(z.unknown()).max(500).optional(),
});
/** Named apart from the schema so that decorator metadata does not mistake the schema for a class. */
export type IngestArticleBody = z.infer<typeof IngestArticleRequest>;

export const IngestArticlesBatchRequest = z.strictObject({
  articles: z.array(z.unknown()).min(1).max(100, 'at most 100 articles per batch'),
});
