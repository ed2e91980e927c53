import { Controller, Delete, Param, Query, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { HttpRequest } from '../../common/http-types';
import { articleIdPipe } from '../../queries/query-params';
import { answering } from '../rejections';
import { RetractArticleCommand } from './retract-article.command';

@ApiTags('articles')
@Controller('articles')
export class RetractArticleHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Delete(':id')
  @ApiOperation({ summary: 'Retract an article: its facts stop counting; its history stays queryable (409 if already retracted)' })
  @ApiQuery({ name: 'reason', required: false })
  retract(@Param('id', articleIdPipe()) id: string, @Query('reason') reason: unknown, @Req() req: HttpRequest) {
    const why = typeof reason === 'string' ? reason.slice(0, 500) : null;
    return answering(() => this.commandBus.execute(new RetractArticleCommand(id, why, req.correlationId)));
  }
}
