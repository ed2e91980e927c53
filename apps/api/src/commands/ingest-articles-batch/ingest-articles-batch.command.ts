import { Command } from '@nestjs/cqrs';
import type { IngestArticleResult } from '../ingest-article/ingest-article.command';

export type BatchItemResult =
  | ({ index: number; status: 200 | 201 } & IngestArticleResult)
  | { index: number; status: 400; errors: string[] };

/** Ingest up to 100 articles: each validated and deduplicated on its own, all new ones appended in one transaction. */
export class IngestArticlesBatchCommand extends Command<BatchItemResult[]> {
  constructor(
    readonly items: unknown[],
    readonly correlationId: string,
  ) {
    super();
  }
}
