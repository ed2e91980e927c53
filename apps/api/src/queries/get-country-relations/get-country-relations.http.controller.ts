import { Controller, Get, Param, Query as QueryParams } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import { toTimeWindow, TimeWindowRequest, type TimeWindowParams } from '../time-window.dto';
import { countryParam } from '../../common/country';
import { GetCountryRelationsQuery } from './get-country-relations.query';

@ApiTags('relations')
@Controller('countries')
export class GetCountryRelationsHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':code/relations')
  @ApiOperation({ summary: "A country's partners ranked by number of stories, with counts by type" })
  @ApiParam({ name: 'code', description: 'ISO3, ISO2 or English name' })
  @ApiQuery({ name: 'asOf', required: false, description: 'what Dyad knew at this instant (ISO date-time)' })
  @ApiQuery({ name: 'from', required: false })
  @ApiQuery({ name: 'until', required: false })
  get(@Param('code') code: string, @QueryParams(new ZodValidationPipe(TimeWindowRequest, 'query')) q: TimeWindowParams) {
    return this.queryBus.execute(new GetCountryRelationsQuery(countryParam(code, 'code'), toTimeWindow(q)));
  }
}
