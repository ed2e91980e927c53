import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { articleIdPipe } from '../query-params';
import { GetArticleHistoryQuery, GetArticleQuery } from './get-article.query';

@ApiTags('articles')
@Controller('articles')
export class GetArticleHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id')
  @ApiOperation({ summary: 'An article with its facts and their evidence' })
  async get(@Param('id', articleIdPipe()) id: string) {
    const article = await this.queryBus.execute(new GetArticleQuery(id));
    if (!article) throw new NotFoundException(`no article ${id}`);
    return article;
  }

  @Get(':id/history')
  @ApiOperation({ summary: "An article's versions of text and every event of its stream (retractions and corrections included)" })
  async history(@Param('id', articleIdPipe()) id: string) {
    const h = await this.queryBus.execute(new GetArticleHistoryQuery(id));
    if (!h) throw new NotFoundException(`no article ${id}`);
    return h;
  }
}
