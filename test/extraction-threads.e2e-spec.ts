/**
 * The API's extraction threads (apps/api/src/extraction) run the built worker (dist/, as the
 * service runs it): the facts they answer are exactly those of extractFacts on the event loop,
 * tasks spread over the threads, and a broken worker script cannot take ingest down.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractFacts } from '@dyad/extraction';
import { loadCorpus } from '../libs/extraction/src/eval/corpus';
import { ExtractionPool } from '../apps/api/src/extraction/extraction-pool';

const root = path.resolve(__dirname, '..');
const WORKER = path.join(root, 'dist/apps/api/src/extraction/extraction.worker.js');
const DEV = path.resolve(root, '../shared/corpus/dev');

describe('extraction threads', () => {
  it('answer every dev article exactly as extraction on the event loop does, on two threads at once', async () => {
    const pool = new ExtractionPool(2, WORKER);
    try {
      expect(pool.mode).toBe('threads');
      const articles = loadCorpus(DEV).map((a) => ({ title: a.title, body: a.body, publishedAt: a.publishedAt }));
      expect(articles.length).toBeGreaterThan(10);
      const threaded = await Promise.all(articles.map((a) => pool.extract(a)));
      expect(threaded).toEqual(articles.map((a) => extractFacts(a)));
      expect(threaded.flat().length).toBeGreaterThan(20);
    } finally {
      await pool.close();
    }
  });

  it('falls back to the event loop when the worker script dies as it starts, and loses no task', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dyad-worker-'));
    const broken = path.join(dir, 'broken.worker.js');
    writeFileSync(broken, 'process.exit(3);\n');
    const errors: string[] = [];
    const pool = new ExtractionPool(1, broken, (msg) => errors.push(msg));
    const input = { title: 'Talks', body: 'Japanese Prime Minister Fumio Kishida met Indian Prime Minister Narendra Modi in Tokyo on Monday.', publishedAt: '2023-03-21T00:00:00Z' };
    const expected = extractFacts(input);
    expect(expected.length).toBeGreaterThan(0);
    // Tasks a dying thread had in hand are answered on the event loop, with the same facts...
    const deadline = Date.now() + 10_000;
    while (pool.mode === 'threads' && Date.now() < deadline) await expect(pool.extract(input)).resolves.toEqual(expected);
    // ...and once threads keep dying as they start, extraction stays inline.
    expect(pool.mode).toBe('inline');
    expect(errors.some((m) => /extracting on the event loop/.test(m))).toBe(true);
    await expect(pool.extract(input)).resolves.toEqual(extractFacts(input));
    await pool.close();
  });
});
