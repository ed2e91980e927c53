import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HttpRequest } from '../../common/http-types';
import { ReextractArticlesCommand } from './reextract-articles.command';

@ApiTags('admin')
@Controller('admin')
export class ReextractArticlesHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('reextract')
  @HttpCode(200)
  @ApiOperation({ summary: 'Re-read articles last read by an older extractor version; superseding events for changed facts' })
  reextract(@Req() req: HttpRequest) {
    return this.commandBus.execute(new ReextractArticlesCommand(req.correlationId));
  }
}
