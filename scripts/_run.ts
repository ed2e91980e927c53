import * as fs from 'fs';
import { extractFacts } from '@dyad/extraction';
const f = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
for (const x of extractFacts(f)) {
  const { evidence, extractor, cameo, ...rest } = x as any;
  console.log(JSON.stringify(rest), '\n    <<', evidence.sentence.slice(0, 100));
}
