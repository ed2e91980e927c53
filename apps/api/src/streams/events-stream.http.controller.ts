import { BadRequestException, Controller, Get, Query as QueryParams, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { FACT_RETRACTED, FACT_TYPES, factCountries, factDyads, type EventEnvelope, type FactFields, type FactRetractedData } from '@dyad/domain';
import { headerOf, type HttpReply, type HttpRequest } from '../common/http-types';
import { z } from 'zod';
import { countryParam, dyadParam } from '../common/country';
import { ZodValidationPipe } from '../common/zod-validation.pipe';
import { lastValue } from '../queries/query-params';
import { SearchEventsRequest } from '../queries/search-events/search-events.request.dto';
import { EventFeedService, type Subscriber } from './event-feed.service';

const STREAM_TYPES = [...FACT_TYPES, FACT_RETRACTED] as [string, ...string[]];
const StreamRequest = SearchEventsRequest.pick({ country: true, dyad: true }).extend({
  type: z
    .preprocess(
      (v) => (Array.isArray(v) ? v.flatMap((x) => String(x).split(',')) : typeof v === 'string' ? v.split(',') : v),
      z.array(z.enum(STREAM_TYPES, { error: `must be one of ${STREAM_TYPES.join(', ')}` })).max(20),
    )
    .optional(),
  after: lastValue(z.string().regex(/^\d{1,15}$/, 'must be a global position (a non-negative integer)')).optional(),
});
type StreamParams = z.infer<typeof StreamRequest>;

/** Most a slow client may have unread before it is cut off (it resumes with Last-Event-ID). */
const MAX_BUFFERED = 8 * 1024 * 1024;

@ApiTags('streams')
@Controller('streams')
export class EventsStreamHttpController {
  constructor(private readonly feed: EventFeedService) {}

  @Get('events')
  @ApiOperation({
    summary: 'Server-Sent Events of facts and their retractions: history after Last-Event-ID (or ?after=), then live',
    description: 'Each message: `id` = global position, `event` = fact type, `data` = the event envelope (JSON).',
  })
  @ApiProduces('text/event-stream')
  @ApiQuery({ name: 'country', required: false })
  @ApiQuery({ name: 'dyad', required: false })
  @ApiQuery({ name: 'type', required: false })
  @ApiQuery({ name: 'after', required: false, description: 'global position to resume after (Last-Event-ID wins)' })
  async stream(@QueryParams(new ZodValidationPipe(StreamRequest, 'query')) q: StreamParams, @Req() req: HttpRequest, @Res() reply: HttpReply) {
    const lastEventId = headerOf(req, 'last-event-id');
    if (lastEventId !== undefined && !/^\d{1,15}$/.test(lastEventId)) {
      throw new BadRequestException('Last-Event-ID: must be a global position this stream sent');
    }
    const country = q.country ? countryParam(q.country, 'country') : undefined;
    const dyad = q.dyad ? dyadParam(q.dyad) : undefined;
    const types = q.type ? new Set<string>(q.type) : undefined;
    const matches = (e: EventEnvelope) => {
      if (types && !types.has(e.type)) return false;
      const retraction = e.type === FACT_RETRACTED ? (e.data as FactRetractedData) : null;
      const countries = retraction ? (retraction.countries ?? []) : factCountries(e.data as FactFields);
      const dyads = retraction ? (retraction.dyads ?? []) : factDyads(e.data as FactFields);
      if (country && !countries.includes(country)) return false;
      if (dyad && !dyads.includes(dyad)) return false;
      return true;
    };

    // The stream is written to the Node response directly: Fastify hands it over.
    reply.hijack();
    const res = reply.raw;
    res.statusCode = 200;
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache, no-transform');
    res.setHeader('Connection', 'keep-alive');
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    res.write('retry: 2000\n\n');

    let open = true;
    const sub: Subscriber = {
      sent: Number(lastEventId ?? q.after ?? 0),
      deliver: (e) => {
        if (!open || !matches(e)) return;
        res.write(`id: ${e.globalPosition}\nevent: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`);
        if (res.writableLength > MAX_BUFFERED) sub.close();
      },
      close: () => {
        if (!open) return;
        open = false;
        this.feed.leave(sub);
        clearInterval(heartbeat);
        res.end();
      },
    };
    const heartbeat = setInterval(() => open && res.write(': keep-alive\n\n'), this.feed.heartbeatMs);
    req.raw.on('close', () => sub.close());
    res.on('close', () => sub.close());
    try {
      await this.feed.join(sub, () => open);
    } catch {
      sub.close();
    }
  }
}
