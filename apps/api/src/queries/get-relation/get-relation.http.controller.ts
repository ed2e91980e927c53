import { BadRequestException, Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { countryParam } from '../../common/country';
import { GetRelationQuery } from './get-relation.query';

@ApiTags('relations')
@Controller('relations')
export class GetRelationHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':a/:b')
  @ApiOperation({ summary: "A dyad's relation: counts by type, agreements, meetings, votes, timeline" })
  @ApiParam({ name: 'a', description: 'ISO3, ISO2 or English name' })
  @ApiParam({ name: 'b', description: 'ISO3, ISO2 or English name (either order)' })
  get(@Param('a') a: string, @Param('b') b: string) {
    const x = countryParam(a, 'a');
    const y = countryParam(b, 'b');
    if (x === y) throw new BadRequestException('a and b name the same country; a relation needs two');
    return this.queryBus.execute(new GetRelationQuery(x, y));
  }
}
