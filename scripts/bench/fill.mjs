// Fills an event store (after the service migrated it) with article streams exactly as the
// service writes them, much faster than through HTTP: facts come from Dyad's own extractor run on
// generated articles (a pool), re-pointed at chosen dyads, and turned into events by the domain's
// own decider (decideIngestArticle), so every envelope has the service's JSON shapes. Inserted
// with big multi-row statements; no outbox rows (these events count as already published).
import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import { require, root } from './lib.mjs';
import { loadCountries, makeArticle, rng } from './articles.mjs';

const domain = require(path.join(root, 'dist/libs/domain/src'));
const extraction = require(path.join(root, 'dist/libs/extraction/src'));

/** Fact drafts naming exactly two countries, from the real extractor, with their two codes. */
export function factPool(countries, articles = 600) {
  const pool = [];
  for (let i = 0; i < articles; i++) {
    const a = makeArticle(countries, i, 'pool');
    for (const f of extraction.extractFacts(a)) {
      const cs = domain.factCountries(f);
      if (cs.length === 2) pool.push({ json: JSON.stringify(f), a: cs[0], b: cs[1], type: f.type });
    }
  }
  if (pool.length === 0) throw new Error('the extractor found no two-country fact in the generated articles');
  return pool;
}

/** `n` distinct dyads drawn from the country list. */
export function dyadSet(countries, n, seed = 1) {
  const r = rng(seed);
  const codes = countries.map((c) => c.iso3);
  const seen = new Set();
  const out = [];
  const max = (codes.length * (codes.length - 1)) / 2;
  if (n > max) throw new Error(`only ${max} dyads exist`);
  while (out.length < n) {
    const x = codes[Math.floor(r() * codes.length)];
    const y = codes[Math.floor(r() * codes.length)];
    if (x === y) continue;
    const k = x < y ? `${x}-${y}` : `${y}-${x}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(x < y ? [x, y] : [y, x]);
  }
  return out;
}

const swap = (json, a, b, x, y) => json.replaceAll(`"${a}"`, '"\u0001"').replaceAll(`"${b}"`, `"${y}"`).replaceAll('"\u0001"', `"${x}"`);

/**
 * Appends articles (1 ArticleIngested + `factsPerArticle` facts each) until the store holds at
 * least `targetFacts` fact events. Returns the number of fact events now in the store.
 */
export async function fillStore(client, { targetFacts, pool, dyads, factsPerArticle = 4, chunkArticles = 4000, seed = 1, onProgress }) {
  const [{ n: have0 }] = (await client.query(`SELECT count(*)::int AS n FROM events WHERE type <> 'ArticleIngested'`)).rows;
  let have = have0;
  await client.query(`SET synchronous_commit = off`);
  const r = rng(seed + have);
  const EXTRACTOR = extraction.EXTRACTOR;
  let articleNo = have; // unique across calls
  let pending = Promise.resolve();
  while (have < targetFacts) {
    const articles = Math.min(chunkArticles, Math.ceil((targetFacts - have) / factsPerArticle));
    const events = [];
    const rows = [];
    for (let k = 0; k < articles; k++) {
      articleNo++;
      const articleId = randomUUID();
      const year = 2018 + Math.floor(r() * 8);
      const publishedAt = `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
      const url = `https://fill.example.org/${seed}/${articleNo}`;
      const body = `Filled article ${seed}-${articleNo}.`;
      const contentHash = createHash('sha256').update(body.toLowerCase()).digest('hex');
      const facts = [];
      for (let f = 0; f < factsPerArticle; f++) {
        const p = pool[Math.floor(r() * pool.length)];
        const [x, y] = dyads[Math.floor(r() * dyads.length)];
        const draft = JSON.parse(swap(p.json, p.a, p.b, x, y));
        facts.push(draft);
      }
      const occurredAt = new Date(Date.UTC(year, 0, 1) + Math.floor(r() * 3e10)).toISOString();
      const stream = domain.decideIngestArticle(
        { title: `Filled ${articleNo}`, body, publishedAt, url, source: 'Fill', language: 'en' },
        { articleId, contentHash, occurredAt, correlationId: randomUUID(), newId: randomUUID, extractor: EXTRACTOR, facts, factSource: 'extractor' },
      );
      stream.forEach((e, i) =>
        events.push({ ord: events.length, event_id: e.eventId, stream_id: `article-${articleId}`, stream_version: i + 1, type: e.type, schema_version: e.schemaVersion, data: e.data, metadata: e.metadata, occurred_at: e.occurredAt }),
      );
      rows.push({ article_id: articleId, url, content_hash: contentHash, title: `Filled ${articleNo}`, body, published_at: publishedAt, source: 'Fill', language: 'en' });
    }
    // Pipelined: Postgres inserts this chunk while the next one is generated.
    await pending;
    pending = insertChunk(client, rows, events);
    have += articles * factsPerArticle;
    onProgress?.(have);
  }
  await pending;
  await client.query(`RESET synchronous_commit`);
  return have;
}

async function insertChunk(client, rows, events) {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO articles (article_id, url, content_hash, title, body, published_at, source, language)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(article_id uuid, url text, content_hash text, title text, body text,
         published_at text, source text, language text)`,
      [JSON.stringify(rows)],
    );
    // Same statement shape as PostgresEventStore.append, many streams at once, in stream order.
    await client.query(
      `INSERT INTO events (event_id, stream_id, stream_version, type, schema_version, data, metadata, occurred_at)
       SELECT x.event_id, x.stream_id, x.stream_version, x.type, x.schema_version, x.data, x.metadata, x.occurred_at
       FROM jsonb_to_recordset($1::jsonb) AS x(ord int, event_id uuid, stream_id text, stream_version int, type text,
            schema_version int, data jsonb, metadata jsonb, occurred_at timestamptz)
       ORDER BY x.ord`,
      [JSON.stringify(events)],
    );
    await client.query('COMMIT');
}

/** A sample fact envelope as the relay sends it (JSON value), for sizing Kafka baselines. */
export function sampleEnvelopes(pool, dyads, n = 200) {
  const r = rng(99);
  const out = [];
  for (let i = 0; i < n; i++) {
    const p = pool[Math.floor(r() * pool.length)];
    const [x, y] = dyads[Math.floor(r() * dyads.length)];
    const draft = JSON.parse(swap(p.json, p.a, p.b, x, y));
    const articleId = randomUUID();
    const [, fact] = domain.decideIngestArticle(
      { title: 't', body: 'b', publishedAt: '2024-03-04', url: `https://e.org/${i}`, source: 'Kyodo', language: 'en' },
      { articleId, contentHash: 'h', occurredAt: new Date().toISOString(), correlationId: randomUUID(), newId: randomUUID, extractor: extraction.EXTRACTOR, facts: [draft], factSource: 'extractor' },
    );
    out.push({
      key: domain.factDyads(fact.data)[0] ?? x,
      envelope: {
        eventId: fact.eventId,
        type: fact.type,
        schemaVersion: 1,
        streamId: `article-${articleId}`,
        streamVersion: 2,
        globalPosition: 1000000 + i,
        occurredAt: fact.occurredAt,
        recordedAt: new Date().toISOString(),
        data: fact.data,
        metadata: fact.metadata,
      },
    });
  }
  return out;
}

export { loadCountries };
