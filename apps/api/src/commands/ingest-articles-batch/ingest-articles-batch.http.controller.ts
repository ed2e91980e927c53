import { Body, Controller, HttpCode, Post, Req, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HttpRequest } from '../../common/http-types';
import { z } from 'zod';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import { IngestGateInterceptor } from '../ingest-gate';
import { IngestArticlesBatchRequest } from '../ingest-article/ingest-article.request.dto';
import { IngestArticlesBatchCommand } from './ingest-articles-batch.command';

@ApiTags('articles')
@Controller('articles')
@UseInterceptors(IngestGateInterceptor)
export class IngestArticlesBatchHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('batch')
  @HttpCode(200)
  @ApiOperation({ summary: 'Ingest up to 100 articles; one result per item, in order (status 201 new, 200 duplicate, 400 invalid)' })
  @ApiBody({ schema: z.toJSONSchema(IngestArticlesBatchRequest, { io: 'input' }) as object })
  async ingestBatch(@Body(new ZodValidationPipe(IngestArticlesBatchRequest, 'batch')) body: { articles: unknown[] }, @Req() req: HttpRequest) {
    const results = await this.commandBus.execute(new IngestArticlesBatchCommand(body.articles, req.correlationId));
    const count = (s: number) => results.filter((r) => r.status === s).length;
    return { created: count(201), duplicates: count(200), rejected: count(400), results };
  }
}
