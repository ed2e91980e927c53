import { createHash, randomUUID } from 'node:crypto';
import { BadRequestException, Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { articleStreamId, decideIngestArticle, normaliseContent, normaliseUrl, type ArticleStreamEvent, type Fact } from '@dyad/domain';
import { ArticlesRepository, sqlOf } from '@dyad/event-store';
import { EXTRACTOR } from '@dyad/extraction';
import { DATA_SOURCE } from '@dyad/platform';
import type { DataSource } from 'typeorm';
import { describeIssues } from '../../common/zod-validation.pipe';
import { FactExtractor } from '../../extraction/fact-extractor.service';
import { AfterCommit } from '../after-commit';
import { CLIENT_EXTRACTOR, clientFacts } from '../client-facts';
import { IngestArticleCommand } from '../ingest-article/ingest-article.command';
import { IngestArticleHandler } from '../ingest-article/ingest-article.handler';
import { IngestArticleRequest, type IngestArticleBody } from '../ingest-article/ingest-article.request.dto';
import { IngestArticlesBatchCommand, type BatchItemResult } from './ingest-articles-batch.command';

interface Item {
  index: number;
  body: IngestArticleBody;
  url: string | null;
  contentHash: string;
}

/**
 * The batch path: one lookup for duplicates, extraction, then every new article and its events in
 * one transaction (one append lock for the whole batch). Duplicates inside the batch answer like
 * duplicates of stored articles. If a concurrent ingest wins a race on some article, the batch
 * falls back to ingesting its new items one by one, which answers each correctly.
 */
@CommandHandler(IngestArticlesBatchCommand)
export class IngestArticlesBatchHandler implements ICommandHandler<IngestArticlesBatchCommand, BatchItemResult[]> {
  private readonly articles = new ArticlesRepository();

  constructor(
    @Inject(DATA_SOURCE) private readonly ds: DataSource,
    private readonly afterCommit: AfterCommit,
    private readonly single: IngestArticleHandler,
    private readonly extractor: FactExtractor,
  ) {}

  async execute({ items, correlationId }: IngestArticlesBatchCommand): Promise<BatchItemResult[]> {
    const results: BatchItemResult[] = [];
    const valid: Item[] = [];
    items.forEach((raw, index) => {
      const parsed = IngestArticleRequest.safeParse(raw);
      if (!parsed.success) results[index] = { index, status: 400, errors: describeIssues(parsed.error.issues) };
      else {
        const body = parsed.data;
        valid.push({ index, body, url: body.url ? normaliseUrl(body.url) : null, contentHash: createHash('sha256').update(normaliseContent(body.body)).digest('hex') });
      }
    });

    // Repeats inside the batch, and articles already stored, are answered by the single path.
    const seen = new Map<string, Item>();
    const stored = await this.articles.findDuplicates(sqlOf(this.ds), {
      contentHashes: valid.map((v) => v.contentHash),
      urls: valid.flatMap((v) => (v.url ? [v.url] : [])),
      keys: [],
    });
    const storedKeys = new Set(stored.flatMap((a) => [a.contentHash, a.url ?? '']));
    const fresh: (Item & { articleId: string; events: ArticleStreamEvent[] })[] = [];
    const later: Item[] = [];
    const news: Item[] = [];
    for (const v of valid) {
      const keys = [v.contentHash, ...(v.url ? [v.url] : [])];
      if (keys.some((k) => storedKeys.has(k) || seen.has(k))) later.push(v);
      else {
        keys.forEach((k) => seen.set(k, v));
        news.push(v);
      }
    }
    // Extraction of every new item at once, spread over the extraction threads.
    const extracted = await Promise.all(
      news.map((v) => (v.body.facts ? null : this.extractor.extract({ title: v.body.title, body: v.body.body, publishedAt: v.body.publishedAt, source: v.body.source ?? null, url: v.url }))),
    );
    for (const [i, v] of news.entries()) {
      try {
        const articleId = randomUUID();
        const facts = extracted[i] ?? clientFacts(v.body.facts!);
        const article = { title: v.body.title, body: v.body.body, publishedAt: v.body.publishedAt, url: v.url, source: v.body.source ?? null, language: v.body.language ?? null };
        const events = decideIngestArticle(article, {
          articleId,
          contentHash: v.contentHash,
          occurredAt: new Date().toISOString(),
          correlationId,
          newId: randomUUID,
          extractor: v.body.facts ? CLIENT_EXTRACTOR : EXTRACTOR,
          facts,
          factSource: v.body.facts ? 'client' : 'extractor',
        });
        fresh.push({ ...v, articleId, events });
      } catch (err) {
        if (!(err instanceof BadRequestException)) throw err;
        const detail = err.getResponse() as { errors?: string[]; message?: string };
        results[v.index] = { index: v.index, status: 400, errors: detail.errors ?? [String(detail.message)] };
      }
    }

    // The same one-transaction commit as grouped single ingests.
    const committed =
      fresh.length === 0 ||
      (await this.single.commitNew(
        fresh.map((f) => ({
          record: { articleId: f.articleId, url: f.url, contentHash: f.contentHash, title: f.body.title, body: f.body.body, publishedAt: f.body.publishedAt, source: f.body.source ?? null, language: f.body.language ?? null },
          idempotencyKey: null,
          streamId: articleStreamId(f.articleId),
          events: f.events,
        })),
      ));
    if (committed) {
      for (const f of fresh) {
        results[f.index] = { index: f.index, status: 201, articleId: f.articleId, duplicate: false, facts: f.events.slice(1).map((e) => e.data as Fact) };
      }
    } else later.push(...fresh);
    if (fresh.length) this.afterCommit.appended();

    for (const v of later.sort((a, b) => a.index - b.index)) {
      const r = await this.single.execute(new IngestArticleCommand(v.body, null, correlationId));
      results[v.index] = { index: v.index, status: r.duplicate ? 200 : 201, ...r };
    }
    return results;
  }
}
