import { Command } from '@nestjs/cqrs';

export interface RetractArticleResult {
  articleId: string;
  retracted: true;
  retractedFacts: number;
}

/** Retract an article: ArticleRetracted, and every fact of it retracted; the read models follow. */
export class RetractArticleCommand extends Command<RetractArticleResult> {
  constructor(
    readonly articleId: string,
    readonly reason: string | null,
    readonly correlationId: string,
  ) {
    super();
  }
}
