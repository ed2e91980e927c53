import { BadRequestException, Body, Controller, Headers, HttpStatus, Post, Req, Res, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HttpReply, HttpRequest } from '../../common/http-types';
import { z } from 'zod';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import { IngestGateInterceptor } from '../ingest-gate';
import { IngestArticleCommand, type IngestArticleResult } from './ingest-article.command';
import { IngestArticleRequest, type IngestArticleBody } from './ingest-article.request.dto';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

@ApiTags('articles')
@Controller('articles')
@UseInterceptors(IngestGateInterceptor)
export class IngestArticleHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Ingest one article; facts are extracted from the body unless `facts` is given' })
  @ApiBody({ schema: z.toJSONSchema(IngestArticleRequest, { io: 'input' }) as object })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A repeated key answers with the first article' })
  async ingest(
    @Body(new ZodValidationPipe(IngestArticleRequest, 'article')) body: IngestArticleBody,
    @Headers('idempotency-key') key: string | undefined,
    @Req() req: HttpRequest,
    @Res({ passthrough: true }) res: HttpReply,
  ): Promise<IngestArticleResult> {
    if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
      throw new BadRequestException('Idempotency-Key: 1 to 200 visible ASCII characters');
    }
    const result = await this.commandBus.execute(new IngestArticleCommand(body, key ?? null, req.correlationId));
    res.status(result.duplicate ? HttpStatus.OK : HttpStatus.CREATED);
    return result;
  }
}
