import { Command } from '@nestjs/cqrs';
import type { Fact } from '@dyad/domain';
import type { IngestArticleBody } from './ingest-article.request.dto';

export interface IngestArticleResult {
  articleId: string;
  duplicate: boolean;
  /** Why the article is a duplicate: which of url, content or idempotency key matched. */
  duplicateOf?: 'url' | 'content' | 'idempotency-key';
  facts: Fact[];
}

/** Ingest one article: dedupe, extract (or validate the client's facts), append in one transaction. */
export class IngestArticleCommand extends Command<IngestArticleResult> {
  constructor(
    readonly article: IngestArticleBody,
    readonly idempotencyKey: string | null,
    readonly correlationId: string,
  ) {
    super();
  }
}
