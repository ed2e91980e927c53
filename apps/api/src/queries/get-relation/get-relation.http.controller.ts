import { BadRequestException, Controller, Get, Param, Query as QueryParams } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { countryParam } from '../../common/country';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import { lastValue } from '../query-params';
import { toTimeWindow, TimeWindowRequest, type TimeWindowParams } from '../time-window.dto';
import { GetRelationSeriesQuery } from './get-relation-series.query';
import { GetRelationQuery } from './get-relation.query';

const SeriesRequest = TimeWindowRequest.extend({
  interval: lastValue(z.enum(['month', 'year'], { error: 'must be month or year' })).default('month'),
});
type SeriesParams = z.infer<typeof SeriesRequest>;

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
    summary: "A dyad's relation: stories counted by type, agreements, meetings, votes, timeline, cooperation score, voting agreement",
  })
  @ApiParam({ name: 'a', description: 'ISO3, ISO2 or English name' })
  @ApiParam({ name: 'b', description: 'ISO3, ISO2 or English name (either order)' })
  @ApiQuery({ name: 'asOf', required: false, description: 'what Dyad knew at this instant (ISO date-time)' })
  @ApiQuery({ name: 'from', required: false, description: 'events on or after (YYYY, YYYY-MM, YYYY-MM-DD)' })
  @ApiQuery({ name: 'until', required: false, description: 'events on or before (YYYY, YYYY-MM, YYYY-MM-DD)' })
  get(@Param('a') a: string, @Param('b') b: string, @QueryParams(new ZodValidationPipe(TimeWindowRequest, 'query')) q: TimeWindowParams) {
    const [x, y] = pair(a, b);
    return this.queryBus.execute(new GetRelationQuery(x, y, toTimeWindow(q)));
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
