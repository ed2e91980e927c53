import { BadRequestException, Controller, Get, Query as QueryParams } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { dateRange } from '@dyad/domain';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { countryParam, dyadParam } from '../../common/country';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import { SearchEventsQuery } from './search-events.query';
import { decodeCursor, SearchEventsRequest, type SearchEventsParams } from './search-events.request.dto';

@ApiTags('events')
@Controller('events')
export class SearchEventsHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'Facts filtered by country, dyad, type and date range; newest first, cursor-paginated' })
  @ApiQuery({ name: 'country', required: false })
  @ApiQuery({ name: 'dyad', required: false, example: 'JPN-MNG' })
  @ApiQuery({ name: 'type', required: false, description: 'one or more fact types, comma-separated' })
  @ApiQuery({ name: 'from', required: false, description: 'YYYY, YYYY-MM or YYYY-MM-DD: facts on or after' })
  @ApiQuery({ name: 'to', required: false, description: 'YYYY, YYYY-MM or YYYY-MM-DD: facts on or before' })
  @ApiQuery({ name: 'cursor', required: false, description: 'nextCursor of the previous page' })
  @ApiQuery({ name: 'limit', required: false, description: '1–200, default 50' })
  search(@QueryParams(new ZodValidationPipe(SearchEventsRequest, 'query')) q: SearchEventsParams) {
    const from = q.from ? dateRange(q.from)!.from : undefined;
    const to = q.to ? dateRange(q.to)!.to : undefined;
    if (from && to && from > to) throw new BadRequestException('from: must not be after to');
    return this.queryBus.execute(
      new SearchEventsQuery({
        country: q.country ? countryParam(q.country, 'country') : undefined,
        dyad: q.dyad ? dyadParam(q.dyad) : undefined,
        types: q.type,
        from,
        to,
        before: q.cursor ? decodeCursor(q.cursor)! : undefined,
        limit: q.limit,
      }),
    );
  }
}

