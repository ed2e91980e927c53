import { createTestDatabase } from '../support/infra';
import { isolatedEnv, startService } from '../support/service';
import { openSse } from '../support/sse';

jest.setTimeout(120_000);

/**
 * Access control of the running service with keys configured: scopes, 401/403 bodies, rate
 * limits, the SSE connection cap, secure headers, CORS, and no secret or stack in any answer or log.
 */
describe('access control', () => {
  let db: { url: string; drop: () => Promise<void> };
  let svc: Awaited<ReturnType<typeof startService>>;
  const keys = {
    ingest: 'ingest-secret-0123456789',
    read: 'read-secret-0123456789ab',
    admin: 'admin-secret-0123456789a',
    limited: 'limited-secret-012345678',
  };
  const call = async (method: string, path: string, opts: { key?: string; headers?: Record<string, string>; body?: unknown } = {}) => {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (opts.key) headers.authorization = `Bearer ${opts.key}`;
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    const r = await fetch(`${svc.base}${path}`, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) });
    const text = await r.text();
    for (const secret of Object.values(keys)) expect(text).not.toContain(secret);
    let body: any = text;
    try {
      body = JSON.parse(text);
    } catch {
      /* html or empty */
    }
    return { status: r.status, body, headers: r.headers, text };
  };
  const article = (n: number) => ({ title: `Access ${n}`, body: `Japan and Mongolia held talks (${n}).`, publishedAt: '2022-05-01' });

  beforeAll(async () => {
    db = await createTestDatabase('dyad_auth');
    svc = await startService({
      ...isolatedEnv('auth', db.url),
      API_KEYS: `feed:${keys.ingest}:ingest,reader:${keys.read}:read,ops:${keys.admin}:admin+read,limited:${keys.limited}:read`,
      READS_PUBLIC: 'false',
      RATE_LIMIT_RPS: '2',
      RATE_LIMIT_BURST: '30',
      SSE_MAX_PER_KEY: '2',
      CORS_ORIGINS: 'https://news.example',
      HSTS_MAX_AGE: '31536000',
    });
  });
  afterAll(async () => {
    if (svc) {
      expect(await svc.stop()).toBe(0);
      const log = svc.output.join('');
      for (const secret of Object.values(keys)) expect(log).not.toContain(secret);
      expect(log).not.toMatch(/\n\s+at .+:\d+:\d+/);
    }
    await db?.drop();
  });

  it('asks for a key with 401 and says which scope', async () => {
    const r = await call('POST', '/articles', { body: article(1) });
    expect(r.status).toBe(401);
    expect(r.headers.get('www-authenticate')).toMatch(/^Bearer realm="dyad"/);
    expect(r.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: expect.stringContaining('"ingest" scope') });
    for (const bad of ['Bearer wrong-secret-0123456789', 'Basic dXNlcjpwYXNz', 'Bearer', `Bearer ${keys.ingest}x`]) {
      const w = await call('POST', '/articles', { body: article(1), headers: { authorization: bad } });
      expect(w.status).toBe(401);
      expect(w.body.statusCode).toBe(401);
    }
  });

  it('refuses a key without the scope with 403 naming key and scope', async () => {
    const r = await call('POST', '/articles', { key: keys.read, body: article(2) });
    expect(r.status).toBe(403);
    expect(r.body).toEqual({ statusCode: 403, error: 'Forbidden', message: expect.stringMatching(/"reader" lacks the "ingest" scope/) });
    expect((await call('GET', '/admin/projections/status', { key: keys.ingest })).status).toBe(403);
    expect((await call('POST', '/admin/projections/rebuild', { key: keys.read, body: {} })).status).toBe(403);
    expect((await call('GET', '/relations/JPN/MNG', { key: keys.ingest })).status).toBe(403);
  });

  it('lets each scope do its job, by Bearer or X-API-Key', async () => {
    expect((await call('POST', '/articles', { key: keys.ingest, body: article(3) })).status).toBe(201);
    expect((await call('POST', '/articles', { headers: { 'x-api-key': keys.ingest }, body: article(4) })).status).toBe(201);
    expect((await call('GET', '/relations/JPN/MNG', { key: keys.read })).status).toBe(200);
    expect((await call('GET', '/relations/JPN/MNG')).status).toBe(401); // reads are not public here
    expect((await call('GET', '/admin/projections/status', { key: keys.admin })).status).toBe(200);
    expect((await call('GET', '/health/live')).status).toBe(200);
    expect((await call('GET', '/docs-json')).status).toBe(200);
  });

  it('rate-limits per key with 429 and Retry-After, other keys unaffected', async () => {
    const answers = [];
    for (let i = 0; i < 45; i++) answers.push(await call('GET', '/relations/JPN/MNG', { key: keys.limited }));
    const limited = answers.filter((a) => a.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(Number(limited[0].headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(limited[0].body).toEqual({ statusCode: 429, error: 'Too Many Requests', message: expect.stringContaining('rate limit') });
    expect((await call('GET', '/relations/JPN/MNG', { key: keys.read })).status).toBe(200);
  });

  it('caps open event streams per key', async () => {
    const url = `${svc.base}/streams/events`;
    const a = openSse(url, { authorization: `Bearer ${keys.admin}` });
    const b = openSse(url, { authorization: `Bearer ${keys.admin}` });
    const until = async (p: () => boolean) => {
      for (let i = 0; i < 100 && !p(); i++) await new Promise((r) => setTimeout(r, 50));
    };
    await until(() => a.status() === 200 && b.status() === 200);
    expect([a.status(), b.status()]).toEqual([200, 200]);
    const third = await call('GET', '/streams/events', { key: keys.admin });
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBeTruthy();
    a.close();
    await new Promise((r) => setTimeout(r, 300));
    const c = openSse(url, { authorization: `Bearer ${keys.admin}` });
    await until(() => c.status() !== 0);
    expect(c.status()).toBe(200);
    b.close();
    c.close();
  });

  it('sends secure headers on answers and errors; /docs gets a CSP that lets Swagger UI load', async () => {
    for (const r of [await call('GET', '/health/live'), await call('POST', '/articles', { body: {} })]) {
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('x-frame-options')).toBe('DENY');
      expect(r.headers.get('referrer-policy')).toBe('no-referrer');
      expect(r.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(r.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      expect(r.headers.get('x-powered-by')).toBeNull();
    }
    const docs = await call('GET', '/docs');
    expect(docs.status).toBe(200);
    const csp = docs.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    // Every script Swagger UI needs is a file from this origin (no inline script), and loads.
    expect(docs.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/);
    for (const src of [...docs.text.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1])) {
      expect((await call('GET', new URL(src, `${svc.base}/docs`).pathname)).status).toBe(200);
    }
  });

  it('answers CORS preflights for configured origins only', async () => {
    const pre = (origin: string) =>
      fetch(`${svc.base}/articles`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
      });
    const ok = await pre('https://news.example');
    expect(ok.status).toBeLessThan(300);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://news.example');
    expect(ok.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    const other = await pre('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
