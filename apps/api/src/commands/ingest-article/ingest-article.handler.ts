import { createHash, randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { articleStreamId, decideIngestArticle, foldArticle, normaliseContent, normaliseUrl, type Fact } from '@dyad/domain';
import { ArticlesRepository, GroupCommit, inTransaction, isUniqueViolation, PostgresEventStore, sqlOf, WrongExpectedVersionError, type ArticleRecord } from '@dyad/event-store';
import { EXTRACTOR } from '@dyad/extraction';
import { DATA_SOURCE } from '@dyad/platform';
import type { DataSource } from 'typeorm';
import { FactExtractor } from '../../extraction/fact-extractor.service';
import { AfterCommit } from '../after-commit';
import { CLIENT_EXTRACTOR, clientFacts } from '../client-facts';

import { IngestArticleCommand, type IngestArticleResult } from './ingest-article.command';

class DuplicateRace extends Error {}

/** A new article ready to commit: its row, its idempotency key, its stream's events. */
export interface NewArticle {
  record: Omit<ArticleRecord, 'ingestedAt' | 'version' | 'retractedAt'>;
  idempotencyKey: string | null;
  streamId: string;
  events: ReturnType<typeof decideIngestArticle>;
}

@CommandHandler(IngestArticleCommand)
export class IngestArticleHandler implements ICommandHandler<IngestArticleCommand, IngestArticleResult> {
  private readonly articles = new ArticlesRepository();
  private readonly commits = new GroupCommit<NewArticle>({ commitAll: (g) => this.commitNew(g), commitOne: (p) => this.commitAlone(p) });

  constructor(
    @Inject(DATA_SOURCE) private readonly ds: DataSource,
    private readonly store: PostgresEventStore,
    private readonly afterCommit: AfterCommit,
    private readonly extractor: FactExtractor,
  ) {}

  async execute(cmd: IngestArticleCommand): Promise<IngestArticleResult> {
    const a = cmd.article;
    const url = a.url ? normaliseUrl(a.url) : null;
    const contentHash = createHash('sha256').update(normaliseContent(a.body)).digest('hex');
    const lookup = { idempotencyKey: cmd.idempotencyKey, url, contentHash };

    const existing = await this.articles.findDuplicate(sqlOf(this.ds), lookup);
    if (existing) return this.duplicate(existing, lookup);

    const drafts = a.facts ? clientFacts(a.facts) : await this.extractor.extract({ title: a.title, body: a.body, publishedAt: a.publishedAt, source: a.source ?? null, url });
    const articleId = randomUUID();
    const article = {
      title: a.title,
      body: a.body,
      publishedAt: a.publishedAt,
      url,
      source: a.source ?? null,
      language: a.language ?? null,
    };
    const events = decideIngestArticle(article, {
      articleId,
      contentHash,
      occurredAt: new Date().toISOString(),
      correlationId: cmd.correlationId,
      newId: randomUUID,
      extractor: a.facts ? CLIENT_EXTRACTOR : EXTRACTOR,
      facts: drafts,
      factSource: a.facts ? 'client' : 'extractor',
    });

    const outcome = await this.commits.submit({
      record: { articleId, contentHash, ...article },
      idempotencyKey: cmd.idempotencyKey,
      streamId: articleStreamId(articleId),
      events,
    });
    if (outcome === 'duplicate') {
      // A concurrent ingest of the same article committed first: answer with it.
      const winner = await this.articles.findDuplicate(sqlOf(this.ds), lookup);
      if (winner) return this.duplicate(winner, lookup);
      throw new Error(`article ${articleId} lost a duplicate race, but no winner is stored`);
    }
    this.afterCommit.appended();
    return { articleId, duplicate: false, facts: events.slice(1).map((e) => e.data as Fact) };
  }

  /**
   * New articles in one transaction (a group of single ingests, or a batch); false, with nothing
   * committed, if any of them lost a race to a concurrent ingest.
   */
  async commitNew(group: NewArticle[]): Promise<boolean> {
    try {
      await inTransaction(this.ds, async (tx) => {
        const inserted = await this.articles.insertMany(tx, group.map((p) => p.record));
        const keys = group.flatMap((p) => (p.idempotencyKey ? [{ key: p.idempotencyKey, articleId: p.record.articleId }] : []));
        if (inserted.size !== group.length || (await this.articles.insertKeys(tx, keys)) !== keys.length) throw new DuplicateRace();
        // New streams: no version to read first; the unique (stream, version) constraint guards them.
        await this.store.appendNewStreams(tx, group.map((p) => ({ streamId: p.streamId, events: p.events })));
      });
      return true;
    } catch (err) {
      if (err instanceof DuplicateRace || err instanceof WrongExpectedVersionError || isUniqueViolation(err)) return false;
      throw err;
    }
  }

  /** One new article in its own transaction; false if a concurrent ingest stored it first. */
  private async commitAlone(p: NewArticle): Promise<boolean> {
    try {
      await inTransaction(this.ds, async (tx) => {
        if (!(await this.articles.insert(tx, p.record, p.idempotencyKey))) throw new DuplicateRace();
        await this.store.appendNewStreams(tx, [{ streamId: p.streamId, events: p.events }]);
      });
      return true;
    } catch (err) {
      if (err instanceof DuplicateRace) return false;
      throw err;
    }
  }

  private async duplicate(existing: ArticleRecord, lookup: { idempotencyKey: string | null; url: string | null; contentHash: string }): Promise<IngestArticleResult> {
    const stream = await this.store.readStream(sqlOf(this.ds), articleStreamId(existing.articleId));
    const duplicateOf =
      lookup.url && existing.url === lookup.url ? 'url' : existing.contentHash === lookup.contentHash ? 'content' : 'idempotency-key';
    return {
      articleId: existing.articleId,
      duplicate: true,
      duplicateOf,
      facts: [...foldArticle(stream).active.values()],
    };
  }
}
