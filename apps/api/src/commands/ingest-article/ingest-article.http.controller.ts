import { BadRequestException, Body, Controller, Headers, HttpStatus, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { describeIssues, ZodValidationPipe } from '../../common/zod-validation.pipe';
import { IngestArticleCommand, type IngestArticleResult } from './ingest-article.command';
import { IngestArticleRequest, IngestArticlesBatchRequest, type IngestArticleBody } from './ingest-article.request.dto';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

@ApiTags('articles')
@Controller('articles')
export class IngestArticleHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Ingest one article; facts are extracted from the body unless `facts` is given' })
  @ApiBody({ schema: z.toJSONSchema(IngestArticleRequest, { io: 'input' }) as object })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A repeated key answers with the first article' })
  async ingest(
    @Body(new ZodValidationPipe(IngestArticleRequest, 'article')) body: IngestArticleBody,
    @Headers('idempotency-key') key: string | undefined,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<IngestArticleResult> {
    if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
      throw new BadRequestException('Idempotency-Key: 1 to 200 visible ASCII characters');
    }
    const result = await this.commandBus.execute(new IngestArticleCommand(body, key ?? null, req.correlationId));
    res.status(result.duplicate ? HttpStatus.OK : HttpStatus.CREATED);
    return result;
  }

  @Post('batch')
  @ApiOperation({ summary: 'Ingest up to 100 articles; one result per item, in order' })
  @ApiBody({ schema: z.toJSONSchema(IngestArticlesBatchRequest, { io: 'input' }) as object })
  async ingestBatch(
    @Body(new ZodValidationPipe(IngestArticlesBatchRequest, 'batch')) body: z.infer<typeof IngestArticlesBatchRequest>,
    @Req() req: Request,
  ) {
    const results: Array<{ index: number; status: number; errors?: string[] } & Partial<IngestArticleResult>> = [];
    for (const [index, raw] of body.articles.entries()) {
      const parsed = IngestArticleRequest.safeParse(raw);
      if (!parsed.success) {
        results.push({ index, status: 400, errors: describeIssues(parsed.error.issues) });
        continue;
      }
      try {
        const r = await this.commandBus.execute(new IngestArticleCommand(parsed.data, null, req.correlationId));
        results.push({ index, status: r.duplicate ? 200 : 201, ...r });
      } catch (err) {
        if (!(err instanceof BadRequestException)) throw err;
        const detail = err.getResponse() as { errors?: string[]; message?: string };
        results.push({ index, status: 400, errors: detail.errors ?? [String(detail.message)] });
      }
    }
    const count = (s: number) => results.filter((r) => r.status === s).length;
    return { created: count(201), duplicates: count(200), rejected: count(400), results };
  }
}
