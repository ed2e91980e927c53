/**
 * Test helpers of the generalisation specs: extract from an invented sentence and compare facts
 * by a short signature (type and countries, with roles where the type has them).
 */
import { extractFacts } from '.';
import type { FactDraft } from '../../domain/src/facts/fact.types';
import { countriesOf } from './assemble';

export const PUB = '2024-06-14'; // a Friday
export const facts = (body: string, publishedAt = PUB, title = '') => extractFacts({ title, body, publishedAt });
export const sig = (f: FactDraft) => {
  switch (f.type) {
    case 'AidPledged':
      return `AidPledged ${f.donor}>${f.recipient}`;
    case 'AppealMade':
      return `AppealMade ${f.from}>${f.to}`;
    case 'VisitMade':
      return `VisitMade ${f.visitor}>${f.host}`;
    case 'VoteCast':
      return `VoteCast ${f.country} ${f.position}`;
    case 'VoteAbstained':
      return `VoteAbstained ${f.country}`;
    default:
      return `${f.type} ${[...countriesOf(f)].sort().join('-')}`;
  }
};
export const sigs = (body: string, type?: FactDraft['type'], publishedAt = PUB, title = '') =>
  facts(body, publishedAt, title)
    .filter((f) => !type || f.type === type)
    .map(sig)
    .sort();

/** Whether version v is min or later, compared part by part as numbers ("1.29.0" is later than "1.28.10"). */
export const atLeast = (v: string, min: string): boolean => {
  const [a, b] = [v, min].map((x) => x.split('.').map(Number));
  for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
};
