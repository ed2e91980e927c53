import { Controller, Get, NotFoundException, Param, Query as QueryParams } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { countryParam } from '../../common/country';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import { lastValue } from '../query-params';
import { toTimeWindow, TimeWindowRequest } from '../time-window.dto';
import { GetVoteQuery, ListVotesQuery } from './votes.query';

const VotesRequest = TimeWindowRequest.extend({
  country: lastValue(z.string().max(100)).optional(),
  body: lastValue(z.string().regex(/^[A-Za-z0-9 .-]{1,40}$/, 'must be a body such as UNGA, UNSC, UNHRC or IAEA')).optional(),
});
const VoteRequest = TimeWindowRequest.pick({ asOf: true });

@ApiTags('votes')
@Controller('votes')
export class VotesHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'Resolutions with how each country is recorded as voting, and the tally; newest first' })
  @ApiQuery({ name: 'country', required: false })
  @ApiQuery({ name: 'body', required: false, example: 'UNGA' })
  @ApiQuery({ name: 'from', required: false })
  @ApiQuery({ name: 'until', required: false })
  @ApiQuery({ name: 'asOf', required: false })
  async list(@QueryParams(new ZodValidationPipe(VotesRequest, 'query')) q: z.infer<typeof VotesRequest>) {
    const { country, body, ...window } = q;
    const items = await this.queryBus.execute(
      new ListVotesQuery({ country: country ? countryParam(country, 'country') : undefined, body: body?.toUpperCase(), ...toTimeWindow(window) }),
    );
    return { count: items.length, items };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One resolution: each country recorded, with the reports behind it, and the tally' })
  async get(@Param('id') id: string, @QueryParams(new ZodValidationPipe(VoteRequest, 'query')) q: z.infer<typeof VoteRequest>) {
    if (!/^[0-9a-f-]{36}$/.test(id)) throw new NotFoundException(`no resolution ${id.slice(0, 60)}`);
    const r = await this.queryBus.execute(new GetVoteQuery(id, toTimeWindow(q).asOf));
    if (!r) throw new NotFoundException(`no resolution ${id}`);
    return r;
  }
}
