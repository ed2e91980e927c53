/**
 * Regression guard on the annotated dev corpus (shared/corpus/dev, a sibling of the repository).
 * The thresholds are floors below what the extractor reaches today; the corpus is for finding
 * mistakes, the extractor is judged on other articles.
 */
import * as fs from 'fs';
import * as path from 'path';
import { extractFacts } from '.';
import { evaluateCorpus, loadCorpus } from './eval/corpus';
import { validateFactInput } from '../../domain/src/facts/fact.schema';

const repoRoot = path.resolve(__dirname, '../../..');
const DEV = path.resolve(repoRoot, '../shared/corpus/dev');
const describeIfCorpus = fs.existsSync(DEV) ? describe : describe.skip;

describeIfCorpus('extraction on the dev corpus', () => {
  it('keeps micro precision ≥ 0.90 and micro recall ≥ 0.85', () => {
    const { score, report } = evaluateCorpus(DEV, extractFacts);
    if (score.micro.precision < 0.9 || score.micro.recall < 0.85) throw new Error(`dev corpus below threshold:\n${report}`);
    expect(score.micro.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.micro.recall).toBeGreaterThanOrEqual(0.85);
  });

  it('reads the seed article dev-001 (the ingest path must-pass)', () => {
    const a = loadCorpus(DEV).find((x) => x.id === 'dev-001')!;
    const out = extractFacts({ title: a.title, body: a.body, publishedAt: a.publishedAt });
    expect(out).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'MeetingHeld', participants: expect.arrayContaining(['JPN', 'MNG']), date: '2022-05-01', location: expect.objectContaining({ city: 'Ulaanbaatar', country: 'MNG' }) }),
        expect.objectContaining({ type: 'AgreementSigned', parties: expect.arrayContaining(['JPN', 'MNG']), value: { amount: 260000000, currency: 'JPY' } }),
        expect.objectContaining({ type: 'VoteAbstained', country: 'MNG', body: 'UNGA', concerning: ['RUS', 'UKR'], date: '2022-03' }),
      ]),
    );
    // "On Monday, Hayashi will meet Mongolian President Ukhnaa Khurelsukh" is planned, not held.
    const meetings = out.filter((f) => f.type === 'MeetingHeld');
    expect(meetings).toHaveLength(1);
    expect(out.some((f) => f.evidence?.sentence.includes('will meet'))).toBe(false);
  });

  it('emits only facts that pass the public fact schema', () => {
    for (const a of loadCorpus(DEV)) {
      for (const f of extractFacts({ title: a.title, body: a.body, publishedAt: a.publishedAt })) {
        expect({ id: a.id, result: validateFactInput(f) }).toMatchObject({ result: { ok: true } });
      }
    }
  });

  it('finds nothing in the negative controls', () => {
    for (const a of loadCorpus(DEV).filter((x) => x.gold.length === 0)) {
      expect(extractFacts({ title: a.title, body: a.body, publishedAt: a.publishedAt })).toEqual([]);
    }
  });
});
