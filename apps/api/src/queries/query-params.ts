import { NotFoundException, ParseUUIDPipe } from '@nestjs/common';
import { z } from 'zod';

/** A query parameter given more than once counts once: the last value wins. */
export const lastValue = <T extends z.ZodType>(s: T) => z.preprocess((v) => (Array.isArray(v) ? v[v.length - 1] : v), s);

/** Article ids are UUIDs: anything else names no article (404, not 400). */
export const articleIdPipe = () => new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('article ids are UUIDs; no such article') });
