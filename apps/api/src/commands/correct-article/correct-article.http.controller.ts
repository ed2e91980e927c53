import { Body, Controller, Param, Put, Req, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HttpRequest } from '../../common/http-types';
import { z } from 'zod';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import { IngestGateInterceptor } from '../ingest-gate';
import { IngestArticleRequest, type IngestArticleBody } from '../ingest-article/ingest-article.request.dto';
import { articleIdPipe } from '../../queries/query-params';
import { answering } from '../rejections';
import { CorrectArticleCommand } from './correct-article.command';

@ApiTags('articles')
@Controller('articles')
@UseInterceptors(IngestGateInterceptor)
export class CorrectArticleHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Put(':id')
  @ApiOperation({ summary: "Correct an article: its new full text; its facts are reconciled (kept, superseded, retracted, added)" })
  @ApiBody({ schema: z.toJSONSchema(IngestArticleRequest, { io: 'input' }) as object })
  correct(@Param('id', articleIdPipe()) id: string, @Body(new ZodValidationPipe(IngestArticleRequest, 'article')) body: IngestArticleBody, @Req() req: HttpRequest) {
    return answering(() => this.commandBus.execute(new CorrectArticleCommand(id, body, req.correlationId)));
  }
}
