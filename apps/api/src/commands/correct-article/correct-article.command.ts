import { Command } from '@nestjs/cqrs';
import type { Fact } from '@dyad/domain';
import type { IngestArticleBody } from '../ingest-article/ingest-article.request.dto';

export interface CorrectArticleResult {
  articleId: string;
  version: number;
  changed: boolean;
  kept: number;
  added: number;
  retracted: number;
  facts: Fact[];
}

/** A new version of an article's text: its facts are reconciled with what the new text says. */
export class CorrectArticleCommand extends Command<CorrectArticleResult> {
  constructor(
    readonly articleId: string,
    readonly article: IngestArticleBody,
    readonly correlationId: string,
  ) {
    super();
  }
}
