import { Controller, Get, Param, Query as QueryParams, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { decodePartnerCursor, DEFAULT_PARTNER_LIMIT, MAX_PARTNER_LIMIT } from '@dyad/projections';
import type { HttpReply } from '../../common/http-types';
import { z } from 'zod';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import { sendJsonBytes } from '../json-bytes';
import { lastValue } from '../query-params';
import { toTimeWindow, TimeWindowRequest } from '../time-window.dto';
import { countryParam } from '../../common/country';
import { GetCountryRelationsQuery } from './get-country-relations.query';

const CountryRelationsRequest = TimeWindowRequest.extend({
  limit: lastValue(z.coerce.number().int().min(1).max(MAX_PARTNER_LIMIT)).default(DEFAULT_PARTNER_LIMIT),
  cursor: lastValue(
    z
      .string()
      .max(200)
      .refine((c) => decodePartnerCursor(c) !== null, { message: 'is not a cursor this API gave out' }),
  ).optional(),
});
type CountryRelationsParams = z.infer<typeof CountryRelationsRequest>;

@ApiTags('relations')
@Controller('countries')
export class GetCountryRelationsHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':code/relations')
  @ApiOperation({ summary: "A country's partners ranked by number of stories, with counts by type; one page of `limit`, nextCursor continues" })
  @ApiParam({ name: 'code', description: 'ISO3, ISO2 or English name' })
  @ApiQuery({ name: 'limit', required: false, description: `partners per page, 1–${MAX_PARTNER_LIMIT} (default ${DEFAULT_PARTNER_LIMIT})` })
  @ApiQuery({ name: 'cursor', required: false, description: 'nextCursor of the previous page' })
  @ApiQuery({ name: 'asOf', required: false, description: 'what Dyad knew at this instant (ISO date-time)' })
  @ApiQuery({ name: 'from', required: false })
  @ApiQuery({ name: 'until', required: false })
  async get(
    @Param('code') code: string,
    @QueryParams(new ZodValidationPipe(CountryRelationsRequest, 'query')) q: CountryRelationsParams,
    @Res() res: HttpReply,
  ): Promise<void> {
    const { limit, cursor, ...window } = q;
    const query = new GetCountryRelationsQuery(countryParam(code, 'code'), toTimeWindow(window), { limit, cursor: cursor ? decodePartnerCursor(cursor)! : undefined });
    sendJsonBytes(res, await this.queryBus.execute(query));
  }
}
