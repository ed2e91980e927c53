import { Command } from '@nestjs/cqrs';

export interface ReextractArticlesResult {
  extractor: { name: string; version: string };
  scanned: number;
  reextracted: number;
  factsAdded: number;
  factsRetracted: number;
}

/**
 * Re-read every live article whose facts came from an older extractor version, and append
 * superseding events for the facts that changed. Running it twice changes nothing the second time.
 */
export class ReextractArticlesCommand extends Command<ReextractArticlesResult> {
  constructor(readonly correlationId: string) {
    super();
  }
}
