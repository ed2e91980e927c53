import { BadRequestException, Controller, Get, Param, Query as QueryParams, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { FACT_TYPES, type FactType } from '@dyad/domain';
import { decodeStoryCursor, DEFAULT_LIST_LIMIT, MAX_LIST_LIMIT } from '@dyad/projections';
import type { HttpReply, HttpRequest } from '../../common/http-types';
import { z } from 'zod';
import { countryParam } from '../../common/country';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import { sendGzippedJson } from '../json-bytes';
import { lastValue } from '../query-params';
import { toTimeWindow, TimeWindowRequest, type TimeWindowParams } from '../time-window.dto';
import { GetRelationSeriesQuery } from './get-relation-series.query';
import { GetRelationQuery, GetRelationStoriesQuery } from './get-relation.query';

const SeriesRequest = TimeWindowRequest.extend({
  interval: lastValue(z.enum(['month', 'year'], { error: 'must be month or year' })).default('month'),
});
type SeriesParams = z.infer<typeof SeriesRequest>;

const limitParam = lastValue(z.coerce.number().int().min(1).max(MAX_LIST_LIMIT)).default(DEFAULT_LIST_LIMIT);
const isFactType = (t: string) => (FACT_TYPES as readonly string[]).includes(t);

const RelationRequest = TimeWindowRequest.extend({ limit: limitParam });
type RelationParams = z.infer<typeof RelationRequest>;

const StoriesRequest = TimeWindowRequest.extend({
  limit: limitParam,
  type: z
    .preprocess(
      (v) => (Array.isArray(v) ? v.flatMap((x) => String(x).split(',')) : typeof v === 'string' ? v.split(',') : v),
      z.array(z.enum(FACT_TYPES as unknown as [FactType, ...FactType[]], { error: `must be one of ${FACT_TYPES.join(', ')}` })).max(20),
    )
    .optional(),
  cursor: lastValue(
    z
      .string()
      .max(300)
      .refine((c) => decodeStoryCursor(c, isFactType) !== null, { message: 'is not a cursor this API gave out' }),
  ).optional(),
});
type StoriesParams = z.infer<typeof StoriesRequest>;

function pair(a: string, b: string): [string, string] {
  const x = countryParam(a, 'a');
  const y = countryParam(b, 'b');
  if (x === y) throw new BadRequestException('a and b name the same country; a relation needs two');
  return [x, y];
}

@ApiTags('relations')
@Controller('relations')
export class GetRelationHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':a/:b')
  @ApiOperation({
    summary:
      "A dyad's relation: stories counted by type, value totals, cooperation score and voting agreement over all stories; the newest `limit` agreements, meetings, votes and timeline entries, each list with a nextCursor for /relations/:a/:b/stories",
  })
  @ApiParam({ name: 'a', description: 'ISO3, ISO2 or English name' })
  @ApiParam({ name: 'b', description: 'ISO3, ISO2 or English name (either order)' })
  @ApiQuery({ name: 'limit', required: false, description: `stories per list, 1–${MAX_LIST_LIMIT} (default ${DEFAULT_LIST_LIMIT})` })
  @ApiQuery({ name: 'asOf', required: false, description: 'what Dyad knew at this instant (ISO date-time)' })
  @ApiQuery({ name: 'from', required: false, description: 'events on or after (YYYY, YYYY-MM, YYYY-MM-DD)' })
  @ApiQuery({ name: 'until', required: false, description: 'events on or before (YYYY, YYYY-MM, YYYY-MM-DD)' })
  async get(
    @Param('a') a: string,
    @Param('b') b: string,
    @QueryParams(new ZodValidationPipe(RelationRequest, 'query')) q: RelationParams,
    @Req() req: HttpRequest,
    @Res() res: HttpReply,
  ): Promise<void> {
    const [x, y] = pair(a, b);
    const { limit, ...window } = q;
    sendGzippedJson(req, res, await this.queryBus.execute(new GetRelationQuery(x, y, toTimeWindow(window), limit)));
  }

  @Get(':a/:b/stories')
  @ApiOperation({ summary: "A dyad's stories newest first, optionally of some types; `cursor` continues a list of GET /relations/:a/:b" })
  @ApiQuery({ name: 'type', required: false, description: 'one or more fact types, comma-separated (ignored with a cursor: it carries its list)' })
  @ApiQuery({ name: 'cursor', required: false, description: 'a nextCursor of /relations/:a/:b or of this endpoint' })
  @ApiQuery({ name: 'limit', required: false, description: `1–${MAX_LIST_LIMIT} (default ${DEFAULT_LIST_LIMIT})` })
  @ApiQuery({ name: 'asOf', required: false })
  @ApiQuery({ name: 'from', required: false })
  @ApiQuery({ name: 'until', required: false })
  stories(@Param('a') a: string, @Param('b') b: string, @QueryParams(new ZodValidationPipe(StoriesRequest, 'query')) q: StoriesParams) {
    const [x, y] = pair(a, b);
    const { limit, type, cursor, ...window } = q;
    return this.queryBus.execute(
      new GetRelationStoriesQuery(x, y, { types: type, cursor: cursor ? decodeStoryCursor(cursor, isFactType)! : undefined, limit, window: toTimeWindow(window) }),
    );
  }

  @Get(':a/:b/series')
  @ApiOperation({ summary: "A dyad's stories per month (or year): counts by type, Goldstein sum, QuadClass counts" })
  @ApiQuery({ name: 'interval', required: false, enum: ['month', 'year'] })
  @ApiQuery({ name: 'asOf', required: false })
  @ApiQuery({ name: 'from', required: false })
  @ApiQuery({ name: 'until', required: false })
  series(@Param('a') a: string, @Param('b') b: string, @QueryParams(new ZodValidationPipe(SeriesRequest, 'query')) q: SeriesParams) {
    const [x, y] = pair(a, b);
    const { interval, ...window } = q;
    return this.queryBus.execute(new GetRelationSeriesQuery(x, y, interval, toTimeWindow(window)));
  }
}
