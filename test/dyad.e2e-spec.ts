import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { Client } from 'pg';
import { createTestDatabase, eventually } from './support/infra';
import { isolatedEnv, startService } from './support/service';
import { openSse } from './support/sse';
import { seedArticle } from './fixtures/articles.seed';

jest.setTimeout(120_000);

/**
 * The whole path on real Kafka and Postgres: the built service as a child process, the seed
 * article posted over HTTP, facts through the outbox, Kafka and the projector to the read models,
 * and out again through the query API and Server-Sent Events.
 */
describe('Dyad end to end', () => {
  let db: { url: string; drop: () => Promise<void> };
  let svc: Awaited<ReturnType<typeof startService>>;
  const json = async (path: string, init?: RequestInit) => {
    const r = await fetch(`${svc.base}${path}`, init);
    return { status: r.status, body: (await r.json()) as any, headers: r.headers };
  };
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    json(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const projected = (pred: (rel: any) => boolean) =>
    eventually(async () => {
      const { body } = await json('/relations/JPN/MNG');
      return pred(body) ? body : undefined;
    }, 30_000, 'the projection');
  const caughtUp = () =>
    eventually(async () => {
      const { body } = await json('/admin/projections/status');
      return body.outboxPending === 0 && body.kafkaLag?.total === 0 ? body : undefined;
    }, 30_000, 'the projector to catch up');

  beforeAll(async () => {
    db = await createTestDatabase('dyad_e2e');
    svc = await startService({
      ...isolatedEnv('e2e', db.url),
    });
  });
  afterAll(async () => {
    if (svc) expect(await svc.stop()).toBe(0);
    await db?.drop();
  });

  let articleId: string;
  const jpnStream = () => openSse(`${svc.base}/streams/events?country=JPN`);
  let sse: ReturnType<typeof openSse>;

  it('ingests the seed article and answers with its facts', async () => {
    sse = jpnStream();
    const r = await post('/articles', { ...seedArticle(), source: 'Kyodo' });
    expect(r.status).toBe(201);
    expect(r.body.duplicate).toBe(false);
    articleId = r.body.articleId;
    const types = r.body.facts.map((f: any) => f.type);
    expect(types).toEqual(expect.arrayContaining(['MeetingHeld', 'AgreementSigned', 'VoteAbstained']));
    for (const f of r.body.facts) {
      expect(f.evidence.sentence.length).toBeGreaterThan(0);
      expect(seedArticle().body.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.sentence);
    }
  });

  it('projects one JPN–MNG meeting and one agreement worth 260000000', async () => {
    const rel = await projected((b) => b.counts.MeetingHeld >= 1 && b.counts.AgreementSigned >= 1);
    expect(rel.dyad).toBe('JPN-MNG');
    expect(rel.counts.MeetingHeld).toBe(1);
    expect(rel.counts.AgreementSigned).toBe(1);
    expect(rel.agreements.items[0].value).toEqual({ amount: 260_000_000, currency: 'JPY' });
    expect(rel.meetings.items[0].date).toBe('2022-05-01');
    // Either order, ISO2 and English names name the same dyad.
    expect((await json('/relations/mongolia/JP')).body.counts).toEqual(rel.counts);
  });

  it("shows Mongolia's abstention in its relations (MNG–RUS)", async () => {
    await caughtUp();
    const { body } = await json('/countries/MNG/relations');
    const rus = body.partners.find((p: any) => p.partner.iso3 === 'RUS');
    expect(rus.counts.VoteAbstained).toBe(1);
    const events = await json('/events?dyad=MNG-RUS&type=VoteAbstained');
    expect(events.body.items).toHaveLength(1);
    expect(events.body.items[0]).toMatchObject({ country: 'MNG', body: 'UNGA', date: '2022-03' });
  });

  it('streams the meeting and the agreement to an SSE subscriber filtered on JPN', async () => {
    await eventually(async () => {
      const types = sse.messages.map((m) => m.event);
      return types.includes('MeetingHeld') && types.includes('AgreementSigned') ? true : undefined;
    }, 20_000, 'SSE messages');
    for (const m of sse.messages) {
      const e = JSON.parse(m.data);
      expect(m.id).toBe(String(e.globalPosition));
      expect(JSON.stringify(e.data)).toContain('JPN');
    }
    // Resuming after the first message gives the rest, with no gap and no duplicate.
    const first = sse.messages[0];
    const resumed = openSse(`${svc.base}/streams/events?country=JPN`, { 'Last-Event-ID': first.id! });
    await eventually(async () => (resumed.messages.length >= sse.messages.length - 1 ? true : undefined), 20_000, 'resumed SSE');
    expect(resumed.messages.map((m) => m.id)).toEqual(sse.messages.slice(1).map((m) => m.id));
    resumed.close();
    sse.close();
  });

  it('answers concurrent repeats by text, key and url each with its own stored article', async () => {
    const plain = (n: number) => ({
      title: `Council notes ${n}`,
      body: `The city council met on Tuesday and approved repairs to bridge number ${n}. Work starts next month.`,
      publishedAt: '2024-06-14',
      url: `https://example.org/council-${n}`,
    });
    const byUrl = await post('/articles', plain(1));
    const byKey = await post('/articles', plain(2), { 'Idempotency-Key': 'k-concurrent' });
    expect([byUrl.status, byKey.status]).toEqual([201, 201]);
    // Sent at once, each looked up while the others are.
    const answers = await Promise.all([
      post('/articles', { ...seedArticle(), source: 'Kyodo' }),
      post('/articles', { ...plain(3), url: null }, { 'Idempotency-Key': 'k-concurrent' }),
      post('/articles', { ...plain(4), url: plain(1).url }),
      post('/articles', plain(5)),
      post('/articles', plain(6)),
      post('/articles', { ...plain(7), body: plain(2).body, url: null }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 201, 201, 200]);
    expect(answers.map((a) => a.body.duplicateOf ?? null)).toEqual(['content', 'idempotency-key', 'url', null, null, 'content']);
    expect(answers.map((a) => a.body.articleId)).toEqual([articleId, byKey.body.articleId, byUrl.body.articleId, answers[3].body.articleId, answers[4].body.articleId, byKey.body.articleId]);
    expect(answers[3].body.articleId).not.toBe(answers[4].body.articleId);
  });

  it('answers a repeated article with the existing one and changes no count', async () => {
    const before = (await json('/relations/JPN/MNG')).body;
    const again = await post('/articles', { ...seedArticle(), source: 'Kyodo' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ articleId, duplicate: true });
    const retitled = await post('/articles', { ...seedArticle(), title: 'Another headline', body: `  ${seedArticle().body.toUpperCase()} ` });
    expect(retitled.body).toMatchObject({ articleId, duplicate: true, duplicateOf: 'content' });
    const seed = seedArticle();
    const keyed = await post('/articles', { ...seed, source: 'Kyodo', body: `${seed.body}\n\nA later paragraph.` }, { 'Idempotency-Key': 'k-1' });
    expect(keyed.status).toBe(201);
    const keyedAgain = await post('/articles', { ...seed, body: `${seed.body}\n\nAnother paragraph.` }, { 'Idempotency-Key': 'k-1' });
    expect(keyedAgain.body).toMatchObject({ articleId: keyed.body.articleId, duplicate: true, duplicateOf: 'idempotency-key' });
    await caughtUp();
    const after = (await json('/relations/JPN/MNG')).body;
    // The keyed copy has more text, so it is a second report of the same meeting: one story, two
    // articles. The exact repeats added nothing.
    expect(after.counts).toEqual(before.counts);
    expect(after.meetings.items[0]).toMatchObject({ articleCount: 2, outletCount: 1 });
    const stored = await json(`/articles/${articleId}`);
    expect(stored.status).toBe(200);
    expect(stored.body.facts.every((f: any) => f.articleId === articleId && f.evidence)).toBe(true);
  });

  it('ingests a batch with one result per item: new, repeated in the batch, already stored, invalid', async () => {
    const fresh = (n: number) => ({
      title: `Batch ${n}`,
      body: `Chinese Foreign Minister Wang Yi met his Indian counterpart in New Delhi on Monday, batch item ${n}.`,
      publishedAt: '2023-03-07',
      source: 'Wire',
    });
    const r = await post('/articles/batch', {
      articles: [
        fresh(1),
        fresh(2),
        { ...fresh(1), title: 'Same text, new headline' },
        { ...seedArticle(), source: 'Kyodo' },
        { title: 'no body', publishedAt: '2023-03-07' },
        { ...fresh(3), facts: [{ type: 'AidPledged', donor: 'JPN' }] },
      ],
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ created: 2, duplicates: 2, rejected: 2 });
    expect(r.body.results.map((x: any) => x.status)).toEqual([201, 201, 200, 200, 400, 400]);
    expect(r.body.results[2].articleId).toBe(r.body.results[0].articleId);
    expect(r.body.results[3].articleId).toBe(articleId);
    expect(JSON.stringify(r.body.results[4].errors)).toContain('body');
    expect(JSON.stringify(r.body.results[5].errors)).toContain('facts[0].recipient');
    expect((await json(`/articles/${r.body.results[1].articleId}`)).body.title).toBe('Batch 2');
    expect((await post('/articles/batch', { articles: [] })).status).toBe(400);
    expect((await post('/articles/batch', { articles: Array.from({ length: 101 }, (_, i) => fresh(100 + i)) })).status).toBe(400);
  });

  it('rejects bad input with a 4xx that says what is wrong', async () => {
    const noTitle = await post('/articles', { body: 'x', publishedAt: '2022-05-01' });
    expect(noTitle.status).toBe(400);
    expect(JSON.stringify(noTitle.body.errors)).toContain('title');
    const badDate = await post('/articles', { title: 't', body: 'b', publishedAt: '2022-13-45' });
    expect(badDate.status).toBe(400);
    expect(JSON.stringify(badDate.body.errors)).toContain('publishedAt');
    const unknown = await json('/relations/XYZ/MNG');
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toContain('XYZ');
    const malformed = await json('/articles', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"title":' });
    expect(malformed.status).toBe(400);
    const text = await json('/articles', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' });
    expect(text.status).toBe(415);
    const missing = await json('/articles/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
  });

  it('serves OpenAPI and health', async () => {
    const doc = await json('/docs-json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/articles', '/relations/{a}/{b}', '/streams/events']));
    expect((await json('/health/live')).body.status).toBe('ok');
    expect((await json('/health/ready')).body.checks.kafka.status).toBe('up');
  });
  it("groups another outlet's report of the same talks into one meeting with two sources", async () => {
    const dev002 = seedArticle('dev-002');
    const r = await post('/articles', { ...dev002, source: 'MONTSAME' });
    expect(r.status).toBe(201);
    const rel = await projected((b) => b.meetings.items[0]?.articleCount === 3);
    expect(rel.counts.MeetingHeld).toBe(1);
    expect(rel.meetings.items[0]).toMatchObject({ date: '2022-05-01', articleCount: 3, outletCount: 2, firstReportedAt: '2022-05-01' });
    expect(rel.meetings.items[0].mentions.map((m: any) => m.outlet).sort()).toEqual(['Kyodo', 'Kyodo', 'MONTSAME']);
    expect(rel.meetings.items[0].mentions.every((m: any) => m.evidence?.sentence)).toBe(true);
    expect(rel.meetings.items[0].cameo).toMatchObject({ code: expect.any(String), quadClass: expect.any(Number) });
  });

  let juneId: string;
  let beforeRetraction: string;
  it('keeps two meetings of the same pair a month apart as two stories (client facts)', async () => {
    const r = await post('/articles', {
      title: 'Follow-up talks',
      body: 'Officials of both countries met again in June.',
      publishedAt: '2022-06-06',
      source: 'Desk',
      facts: [{ type: 'MeetingHeld', participants: ['JPN', 'MNG'], date: '2022-06-05' }],
    });
    expect(r.status).toBe(201);
    expect(r.body.facts[0]).toMatchObject({ source: 'client', confidence: 1, modality: 'asserted', cameo: { code: '040' } });
    juneId = r.body.articleId;
    const rel = await projected((b) => b.counts.MeetingHeld === 2);
    expect(rel.meetings.items.map((m: any) => m.date)).toEqual(['2022-06-05', '2022-05-01']); // newest first
    const bad = await post('/articles', { ...seedArticle(), body: 'x y z', facts: [{ type: 'MeetingHeld', participants: ['JPN', 'XYZ'] }] });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.errors)).toContain('facts[0].participants');
  });

  it('series per month and a cooperation score', async () => {
    const { status, body } = await json('/relations/JPN/MNG/series?interval=month');
    expect(status).toBe(200);
    const periods = body.series.map((p: any) => p.period);
    expect(periods).toEqual(expect.arrayContaining(['2022-05', '2022-06']));
    expect(body.series.find((p: any) => p.period === '2022-06').counts.MeetingHeld).toBe(1);
    const rel = (await json('/relations/JPN/MNG')).body;
    expect(rel.cooperation.score).toBeGreaterThan(0);
    const windowed = (await json('/relations/JPN/MNG?from=2022-06&until=2022-06')).body;
    expect(windowed.counts.MeetingHeld).toBe(1);
    expect((await json('/relations/JPN/MNG/series?interval=week')).status).toBe(400);
  });

  it('retracts an article: its story disappears, the history stays, asOf still shows it', async () => {
    beforeRetraction = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    const del = await json(`/articles/${juneId}?reason=wrong`, { method: 'DELETE' });
    expect(del.status).toBe(200);
    expect(del.body).toMatchObject({ retracted: true, retractedFacts: 1 });
    const rel = await projected((b) => b.counts.MeetingHeld === 1);
    expect(rel.meetings.items.map((m: any) => m.date)).toEqual(['2022-05-01']);
    const then = (await json(`/relations/JPN/MNG?asOf=${beforeRetraction}`)).body;
    expect(then.counts.MeetingHeld).toBe(2);
    const article = (await json(`/articles/${juneId}`)).body;
    expect(article).toMatchObject({ retracted: true, facts: [] });
    const history = (await json(`/articles/${juneId}/history`)).body;
    expect(history.events.map((e: any) => e.type)).toEqual(['ArticleIngested', 'MeetingHeld', 'ArticleRetracted', 'FactRetracted']);
    expect((await json(`/articles/${juneId}`, { method: 'DELETE' })).status).toBe(409);
    // Subscribers see the retraction too, filtered like facts.
    const retractions = openSse(`${svc.base}/streams/events?dyad=MNG-JPN&type=FactRetracted`);
    await eventually(async () => (retractions.messages.length ? true : undefined), 20_000, 'the retraction on SSE');
    expect(retractions.messages.map((m) => m.event)).toEqual(['FactRetracted']);
    expect(JSON.parse(retractions.messages[0].data).data).toMatchObject({ articleId: juneId, reason: 'retracted', dyads: ['JPN-MNG'] });
    retractions.close();
    const all = (await json('/events?dyad=JPN-MNG&type=MeetingHeld')).body.items;
    expect(all.every((i: any) => i.articleId !== juneId)).toBe(true);
  });

  it('corrects an article: changed facts are superseded, unchanged kept, history kept', async () => {
    const first = await post('/articles', {
      title: 'July talks',
      body: 'Officials met in July.',
      publishedAt: '2022-07-12',
      facts: [
        { type: 'MeetingHeld', participants: ['JPN', 'MNG'], date: '2022-07-10' },
        { type: 'VisitMade', visitor: 'JPN', host: 'MNG', date: '2022-07-10' },
      ],
    });
    await projected((b) => b.counts.MeetingHeld === 2);
    const put = await json(`/articles/${first.body.articleId}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'July talks (corrected)',
        body: 'Officials met on 11 July, not 10 July.',
        publishedAt: '2022-07-12',
        facts: [
          { type: 'MeetingHeld', participants: ['JPN', 'MNG'], date: '2022-07-11' },
          { type: 'VisitMade', visitor: 'JPN', host: 'MNG', date: '2022-07-10' },
        ],
      }),
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ changed: true, version: 2, kept: 1, added: 1, retracted: 1 });
    const rel = await projected((b) => b.meetings.items.some((m: any) => m.date === '2022-07-11'));
    expect(rel.meetings.items.map((m: any) => m.date)).toEqual(['2022-07-11', '2022-05-01']);
    const history = (await json(`/articles/${first.body.articleId}/history`)).body;
    expect(history.versions.map((v: any) => v.title)).toEqual(['July talks', 'July talks (corrected)']);
    const same = await json(`/articles/${first.body.articleId}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'July talks (corrected)', body: 'Officials met on 11 July, not 10 July.', publishedAt: '2022-07-12' }) });
    expect(same.body).toMatchObject({ changed: false, version: 2 });
  });

  it('bounds the relation and country answers, and continues them by cursor', async () => {
    await caughtUp();
    const full = (await json('/relations/JPN/MNG')).body;
    expect(full.timeline.count).toBe(full.total);
    const first = (await json('/relations/JPN/MNG?limit=1')).body;
    expect(first.limit).toBe(1);
    expect(first.counts).toEqual(full.counts);
    expect(first.timeline.items).toEqual(full.timeline.items.slice(0, 1));
    expect(first.meetings.items).toHaveLength(1);
    expect(first.meetings.count).toBe(2);
    const rest = await json(`/relations/JPN/MNG/stories?limit=5&cursor=${first.meetings.nextCursor}`);
    expect(rest.status).toBe(200);
    expect(rest.body).toMatchObject({ dyad: 'JPN-MNG', types: ['MeetingHeld'], nextCursor: null });
    expect([...first.meetings.items, ...rest.body.items].map((m: any) => m.storyId)).toEqual(full.meetings.items.map((m: any) => m.storyId));
    const visits = (await json('/relations/mongolia/japan/stories?type=VisitMade')).body;
    expect(visits.items.length).toBe(full.counts.VisitMade);
    expect(visits.items.every((v: any) => v.type === 'VisitMade')).toBe(true);
    const country = (await json('/countries/MNG/relations?limit=1')).body;
    expect(country.partners).toHaveLength(1);
    const next = (await json(`/countries/MNG/relations?limit=50&cursor=${country.nextCursor}`)).body;
    expect(next.partners).toHaveLength(country.partnerCount - 1);
    expect((await json('/relations/JPN/MNG?limit=0')).status).toBe(400);
    expect((await json('/relations/JPN/MNG?limit=101')).status).toBe(400);
    expect((await json('/relations/JPN/MNG/stories?cursor=bm90LWEtY3Vyc29y')).status).toBe(400);
    expect((await json('/countries/MNG/relations?cursor=nope')).status).toBe(400);
  });

  it('sends a relation gzipped to clients that accept gzip and plain to the others, the same JSON', async () => {
    await caughtUp();
    const raw = (path: string, headers: Record<string, string>) =>
      new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        httpGet(`${svc.base}${path}`, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
          res.on('error', reject);
        }).on('error', reject);
      });
    for (const path of ['/relations/JPN/MNG', '/relations/MNG/JPN?limit=2', '/relations/JPN/MNG?until=2022-06']) {
      const gz = await raw(path, { 'accept-encoding': 'gzip, deflate' });
      const plain = await raw(path, { 'accept-encoding': 'identity' });
      const none = await raw(path, {});
      expect([gz.headers['content-encoding'], gz.headers.vary]).toEqual(['gzip', 'Accept-Encoding']);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(none.headers['content-encoding']).toBeUndefined();
      expect(gunzipSync(gz.body).toString()).toBe(plain.body.toString());
      expect(none.body.toString()).toBe(plain.body.toString());
      expect(JSON.parse(plain.body.toString())).toMatchObject({ dyad: 'JPN-MNG' });
    }
    // q=0 refuses gzip.
    expect((await raw('/relations/JPN/MNG', { 'accept-encoding': 'gzip;q=0' })).headers['content-encoding']).toBeUndefined();
  });

  it('groups votes per resolution and measures a dyad voting agreement', async () => {
    const r = await post('/articles', {
      title: 'How Japan voted',
      body: 'Japan voted in favour of the resolution.',
      publishedAt: '2022-03-03',
      facts: [{ type: 'VoteCast', country: 'JPN', body: 'UNGA', position: 'yes', concerning: ['RUS', 'UKR'], date: '2022-03-02' }],
    });
    expect(r.status).toBe(201);
    await caughtUp();
    const votes = (await json('/votes?country=MNG')).body;
    expect(votes.count).toBe(1);
    const res = votes.items[0];
    expect(res.countries.map((c: any) => [c.country.iso3, c.position])).toEqual([
      ['JPN', 'yes'],
      ['MNG', 'abstain'],
    ]);
    expect(res.tally).toMatchObject({ yes: 141 });
    expect((await json(`/votes/${res.resolutionId}`)).body.resolutionId).toBe(res.resolutionId);
    expect((await json('/votes/not-an-id')).status).toBe(404);
    const rel = (await json('/relations/JPN/MNG')).body;
    expect(rel.votingAgreement).toMatchObject({ resolutions: 1, agreed: 0, ratio: 0 });
  });

  it('re-extracts articles read by an older extractor version, once', async () => {
    // Record, as the stream's latest word, that the seed article was read by version 0.0.0.
    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    try {
      await pg.query(
        `INSERT INTO events (event_id, stream_id, stream_version, type, schema_version, data, metadata, occurred_at)
         SELECT gen_random_uuid(), stream_id, max(stream_version) + 1, 'ArticleReextracted', 1,
                jsonb_build_object('articleId', $1::text, 'extractor', jsonb_build_object('name', $2::text, 'version', '0.0.0')),
                '{"correlationId":"test","causationId":null}', now()
         FROM events WHERE stream_id = 'article-' || $1 GROUP BY stream_id`,
        [articleId, (await json(`/articles/${articleId}`)).body.extractor.name],
      );
    } finally {
      await pg.end();
    }
    const first = await post('/admin/reextract', {});
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ reextracted: 1, factsRetracted: 0, factsAdded: 0 });
    const again = await post('/admin/reextract', {});
    expect(again.body).toMatchObject({ reextracted: 0, factsAdded: 0, factsRetracted: 0 });
    expect(again.body.scanned).toBe(first.body.scanned);
    const types = (await json(`/articles/${articleId}/history`)).body.events.map((e: any) => e.type);
    expect(types.filter((t: string) => t === 'ArticleReextracted')).toHaveLength(2);
  });

  it("reads an outlet's own leaders as its state's: source and url reach the extractor", async () => {
    const talks = (day: number) => ({
      title: 'Talks in Rome',
      body: `LILONGWE, June ${day} - Prime Minister Ansel Korro held bilateral talks with Chilean President Gabriel Boric on the sidelines of a summit in Rome on Wednesday.`,
      publishedAt: `2024-06-${day}`,
    });
    const pair = (r: any) => r.body.facts.map((f: any) => `${f.type} ${[...f.participants].sort().join('-')}`);
    const named = await post('/articles', { ...talks(13), source: 'Lakeside Courier (Malawi)' });
    expect(named.status).toBe(201);
    expect(pair(named)).toEqual(['MeetingHeld CHL-MWI']);
    const addressed = await post('/articles', { ...talks(14), url: 'https://www.lakeside.mw/news/korro-boric' });
    expect(pair(addressed)).toEqual(['MeetingHeld CHL-MWI']);
    // A wire report names no state of its own: the same text gives the Prime Minister none.
    const wire = await post('/articles', { ...talks(15), source: 'Reuters' });
    expect(wire.status).toBe(201);
    expect(wire.body.facts).toEqual([]);
  });

  it('rebuilds the read models from zero to the same relations, stories and votes', async () => {
    await caughtUp();
    const before = (await json('/relations/JPN/MNG')).body;
    const countryBefore = (await json('/countries/MNG/relations')).body;
    const votesBefore = (await json('/votes')).body;
    const r = await post('/admin/projections/rebuild', {});
    expect(r.status).toBe(200);
    expect(r.body.events).toBeGreaterThan(0);
    expect((await json('/relations/JPN/MNG')).body).toEqual(before);
    expect((await json('/countries/MNG/relations')).body).toEqual(countryBefore);
    expect((await json('/votes')).body).toEqual(votesBefore);
  });

});
