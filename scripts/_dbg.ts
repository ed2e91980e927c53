import * as fs from 'fs';
import { analyse } from '@dyad/extraction/analysis';
const f = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const a = analyse(f);
console.log(a.officials, a.titleMentions);
for (const s of a.sentences) {
  console.log(`[${s.index}/p${s.paragraph}] ${s.text.slice(0, 90)}`);
  console.log('   M:', s.mentions.map((m) => `${m.iso3}:${m.kind[0]}:${m.role}${m.possessive ? "'s" : ''}@${m.from}`).join(' '), ' D:', s.dates.map((d) => d.value).join(','), ' $:', s.money.map((m) => `${m.amount} ${m.currency}${m.conversion ? '(conv)' : ''}`).join(','));
}
