import * as fs from 'fs';
import { extractFacts } from '@dyad/extraction';
const f = JSON.parse(fs.readFileSync('../shared/corpus/dev/dev-009.json', 'utf8'));
const cases: [string, string][] = [
  ['1MB articles', (f.body + '\n\n').repeat(Math.ceil(1e6 / f.body.length)).slice(0, 1e6)],
  ['100KB dots', '.'.repeat(100_000)],
  ['100KB mixed punct', ',.;:!?-—()"\''.repeat(10_000).slice(0, 100_000)],
  ['1MB one word', 'Japan'.repeat(200_000)],
  ['1MB no spaces digits', '1,000,'.repeat(170_000)],
  ['1MB countries', 'Japan and Mongolia signed an agreement on Sunday. '.repeat(20_000)],
  ['1MB caps', 'Foreign Minister '.repeat(60_000)],
  ['1MB lists', 'Benin, Botswana, Chad, '.repeat(45_000) + 'abstained.'],
  ['1MB $', '$1 '.repeat(330_000)],
];
for (const [name, body] of cases) {
  const t0 = Date.now();
  const n = extractFacts({ body, publishedAt: '2022-05-01' }).length;
  console.log(name, body.length, Date.now() - t0, 'ms', n, 'facts');
}
for (const [name, body] of [
  ['long sentence', 'Japan met Mongolia and urged China to act, '.repeat(25_000)],
  ['long list line', 'Benin, '.repeat(140_000)],
  ['many short facts', Array.from({ length: 20000 }, (_, i) => `On Sunday, Japan and ${['Mongolia', 'China', 'Chad', 'Peru', 'Fiji'][i % 5]} signed an agreement worth $${i} million.`).join(' ')],
] as [string, string][]) {
  const t0 = Date.now();
  const n = extractFacts({ body, publishedAt: '2022-05-01' }).length;
  console.log(name, body.length, Date.now() - t0, 'ms', n, 'facts');
}
