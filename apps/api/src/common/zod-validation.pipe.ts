import { BadRequestException, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';

/** Formats zod issues as `field: problem` lines a client can act on. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((i) => `${i.path.length ? i.path.join('.') : '(body)'}: ${i.message}`);
}

/** Validates a request part against a zod schema; 400 naming every wrong field. */
export class ZodValidationPipe<T extends z.ZodType> implements PipeTransform<unknown, z.infer<T>> {
  constructor(
    private readonly schema: T,
    private readonly what = 'request',
  ) {}

  transform(value: unknown): z.infer<T> {
    const parsed = this.schema.safeParse(value);
    if (parsed.success) return parsed.data;
    throw new BadRequestException({ message: `invalid ${this.what}`, errors: describeIssues(parsed.error.issues) });
  }
}
