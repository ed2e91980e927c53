/**
 * Scores the extractor on a directory of gold articles (shared/corpus format).
 * Usage: npm run eval -- ../shared/corpus/dev   (or node scripts/run-ts.mjs scripts/eval.ts <dir>)
 */
import * as path from 'path';
import { EXTRACTOR, extractFacts } from '@dyad/extraction';
import { evaluateCorpus } from '@dyad/extraction/eval/corpus';

const dir = path.resolve(process.argv[2] ?? path.join(__dirname, '../../shared/corpus/dev'));
const { report } = evaluateCorpus(dir, extractFacts);
process.stdout.write(`${EXTRACTOR.name} ${EXTRACTOR.version} on ${dir}\n\n${report}\n`);
