import { requirementOf } from './access-policy';
import { ApiKeyRegistry } from './api-key.registry';
import { TokenBucketLimiter } from './rate-limiter';

describe('API keys', () => {
  const sut = new ApiKeyRegistry([
    { name: 'ops', secret: 'ops-secret-0123456789', scopes: ['admin', 'read'] },
    { name: 'feed', secret: 'feed-secret-0123456789', scopes: ['ingest'] },
  ]);

  it('finds the key a secret belongs to, and nothing for anything else', () => {
    expect(sut.authenticate('ops-secret-0123456789')?.name).toBe('ops');
    expect([...sut.authenticate('feed-secret-0123456789')!.scopes]).toEqual(['ingest']);
    for (const wrong of ['', 'ops-secret-012345678', 'ops-secret-01234567890', 'OPS-SECRET-0123456789', 'feed']) {
      expect(sut.authenticate(wrong)).toBeNull();
    }
  });

  it('is open only when no key is configured', () => {
    expect(sut.open).toBe(false);
    expect(new ApiKeyRegistry([]).open).toBe(true);
  });
});

describe('access policy', () => {
  it.each([
    ['POST', '/articles', false, 'ingest'],
    ['POST', '/Articles/batch/', false, 'ingest'],
    ['GET', '/admin/projections/status', true, 'admin'],
    ['POST', '/ADMIN/projections/rebuild', true, 'admin'],
    ['POST', '/%61dmin/projections/rebuild', true, 'admin'],
    ['GET', '/relations/JPN/MNG', false, 'read'],
    ['GET', '/streams/events', false, 'read'],
    ['DELETE', '/articles/1', false, 'ingest'],
    ['PUT', '/relations/JPN/MNG', true, 'admin'],
  ])('%s %s (reads public: %s) needs %s', (method, path, readsPublic, scope) => {
    expect(requirementOf(method, path, readsPublic)).toEqual({ public: false, scope });
  });

  it.each([
    ['GET', '/health/ready', false],
    ['GET', '/docs', false],
    ['GET', '/docs-json', false],
    ['GET', '/relations/JPN/MNG', true],
    ['OPTIONS', '/articles', false],
  ])('%s %s (reads public: %s) is public', (method, path, readsPublic) => {
    expect(requirementOf(method, path, readsPublic)).toEqual({ public: true });
  });
});

describe('token bucket', () => {
  it('allows a burst, then one request per refill, and says how long to wait', () => {
    let now = 0;
    const sut = new TokenBucketLimiter(2, 3, 100, () => now);
    expect([sut.take('a'), sut.take('a'), sut.take('a')]).toEqual([0, 0, 0]);
    expect(sut.take('a')).toBe(1);
    expect(sut.take('b')).toBe(0); // buckets are per client
    now += 500;
    expect(sut.take('a')).toBe(0);
    expect(sut.take('a')).toBeGreaterThanOrEqual(1);
  });

  it('never holds more clients than its cap', () => {
    const now = 0;
    const sut = new TokenBucketLimiter(1, 5, 50, () => now);
    for (let i = 0; i < 500; i++) sut.take(`c${i}`);
    expect(sut.clients).toBeLessThanOrEqual(50);
  });

  it('is off at rate 0', () => {
    const sut = new TokenBucketLimiter(0, 1);
    for (let i = 0; i < 10; i++) expect(sut.take('a')).toBe(0);
  });
});
