import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ArticleCommandRejected, decideRetract, outletOf } from '@dyad/domain';
import { ArticlesRepository } from '@dyad/event-store';
import { ArticleStreamStore, followUp } from '../article-stream.store';
import { RetractArticleCommand, type RetractArticleResult } from './retract-article.command';

@CommandHandler(RetractArticleCommand)
export class RetractArticleHandler implements ICommandHandler<RetractArticleCommand, RetractArticleResult> {
  private readonly articles = new ArticlesRepository();
  constructor(private readonly streams: ArticleStreamStore) {}

  execute({ articleId, reason, correlationId }: RetractArticleCommand): Promise<RetractArticleResult> {
    return this.streams.change(articleId, async (state, tx) => {
      const article = await this.articles.get(tx, articleId);
      if (!article) throw new ArticleCommandRejected('not-found', `no article ${articleId}`);
      const events = decideRetract(state, reason, followUp(articleId, correlationId, { publishedAt: article.publishedAt, outlet: outletOf(article) }));
      await this.articles.markRetracted(tx, articleId);
      return { events, result: { articleId, retracted: true as const, retractedFacts: events.length - 1 } };
    });
  }
}
