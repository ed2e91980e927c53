import { parentPort } from 'node:worker_threads';
import { extractFacts, type ArticleInput } from '@dyad/extraction';

/** One extraction thread: answers `{ id, input }` with `{ id, facts }`. extractFacts never throws. */
parentPort?.on('message', ({ id, input }: { id: number; input: ArticleInput }) => {
  parentPort!.postMessage({ id, facts: extractFacts(input) });
});
