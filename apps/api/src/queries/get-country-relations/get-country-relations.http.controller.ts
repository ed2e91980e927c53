import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { countryParam } from '../../common/country';
import { GetCountryRelationsQuery } from './get-country-relations.query';

@ApiTags('relations')
@Controller('countries')
export class GetCountryRelationsHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':code/relations')
  @ApiOperation({ summary: "A country's partners ranked by number of facts, with counts by type" })
  @ApiParam({ name: 'code', description: 'ISO3, ISO2 or English name' })
  get(@Param('code') code: string) {
    return this.queryBus.execute(new GetCountryRelationsQuery(countryParam(code, 'code')));
  }
}
