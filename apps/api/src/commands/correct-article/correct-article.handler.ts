import { createHash } from 'node:crypto';
import { ConflictException } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  ArticleCommandRejected,
  decideCorrect,
  evolveArticle,
  FACT_RETRACTED,
  isFactTypeName,
  normaliseContent,
  normaliseUrl,
  outletOf,
  type Fact,
} from '@dyad/domain';
import { ArticlesRepository } from '@dyad/event-store';
import { EXTRACTOR } from '@dyad/extraction';
import { FactExtractor } from '../../extraction/fact-extractor.service';
import { ArticleStreamStore, followUp } from '../article-stream.store';
import { CLIENT_EXTRACTOR, clientFacts } from '../client-facts';
import { CorrectArticleCommand, type CorrectArticleResult } from './correct-article.command';

@CommandHandler(CorrectArticleCommand)
export class CorrectArticleHandler implements ICommandHandler<CorrectArticleCommand, CorrectArticleResult> {
  private readonly articles = new ArticlesRepository();
  constructor(
    private readonly streams: ArticleStreamStore,
    private readonly extractor: FactExtractor,
  ) {}

  async execute({ articleId, article: a, correlationId }: CorrectArticleCommand): Promise<CorrectArticleResult> {
    const url = a.url ? normaliseUrl(a.url) : null;
    const contentHash = createHash('sha256').update(normaliseContent(a.body)).digest('hex');
    const fromClient = !!a.facts;
    const found = a.facts ? clientFacts(a.facts) : await this.extractor.extract({ title: a.title, body: a.body, publishedAt: a.publishedAt, source: a.source ?? null, url });
    const article = { title: a.title, body: a.body, publishedAt: a.publishedAt, url, source: a.source ?? null, language: a.language ?? null };

    return this.streams.change(articleId, async (state, tx) => {
      const stored = await this.articles.get(tx, articleId);
      if (!stored) throw new ArticleCommandRejected('not-found', `no article ${articleId}`);
      const ctx = followUp(articleId, correlationId, { publishedAt: a.publishedAt, outlet: outletOf(article) }, fromClient ? 'client' : 'extractor');
      const events = decideCorrect(state, { ...article, contentHash }, found, fromClient ? CLIENT_EXTRACTOR : EXTRACTOR, ctx);
      const after = events.reduce(evolveArticle, state);
      const result = {
        articleId,
        version: after.version,
        changed: events.length > 0,
        kept: [...after.active.keys()].filter((id) => state.active.has(id)).length,
        added: events.filter((e) => isFactTypeName(e.type)).length,
        retracted: events.filter((e) => e.type === FACT_RETRACTED).length,
        facts: [...after.active.values()] as Fact[],
      };
      if (events.length && !(await this.articles.correct(tx, { articleId, contentHash, ...article, version: after.version }))) {
        throw new ConflictException('another article already has this url or this text');
      }
      return { events, result };
    });
  }
}
