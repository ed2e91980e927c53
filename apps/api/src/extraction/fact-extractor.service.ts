import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Config, JsonLogger } from '@dyad/config';
import type { FactDraft } from '@dyad/domain';
import type { ArticleInput } from '@dyad/extraction';
import { CONFIG, LOGGER } from '@dyad/platform';
import { ExtractionPool } from './extraction-pool';

/** The extractor as the command handlers use it: off the event loop, on EXTRACTION_THREADS threads. */
@Injectable()
export class FactExtractor implements OnModuleDestroy {
  private readonly pool: ExtractionPool;

  constructor(@Inject(CONFIG) config: Config, @Inject(LOGGER) logger: JsonLogger) {
    this.pool = new ExtractionPool(config.EXTRACTION_THREADS, undefined, (msg, err) =>
      logger.error({ msg, error: (err as Error)?.message }, 'FactExtractor'),
    );
    logger.log({ msg: 'extraction', mode: this.pool.mode, threads: this.pool.threads }, 'FactExtractor');
  }

  extract(input: ArticleInput): Promise<FactDraft[]> {
    return this.pool.extract(input);
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.close();
  }
}
