import { Controller, Delete, NotFoundException, Param, ParseUUIDPipe, Query, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { answering } from '../rejections';
import { RetractArticleCommand } from './retract-article.command';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('article ids are UUIDs; no such article') });

@ApiTags('articles')
@Controller('articles')
export class RetractArticleHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Delete(':id')
  @ApiOperation({ summary: 'Retract an article: its facts stop counting; its history stays queryable (409 if already retracted)' })
  @ApiQuery({ name: 'reason', required: false })
  retract(@Param('id', uuid) id: string, @Query('reason') reason: unknown, @Req() req: Request) {
    const why = typeof reason === 'string' ? reason.slice(0, 500) : null;
    return answering(() => this.commandBus.execute(new RetractArticleCommand(id, why, req.correlationId)));
  }
}
