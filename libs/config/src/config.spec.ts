import { ConfigError, loadConfig } from './config';

const base = { DATABASE_URL: 'postgres://u@h:5432/d', KAFKA_BROKERS: '127.0.0.1:9092' };

describe('loadConfig', () => {
  it('applies defaults', () => {
    const c = loadConfig(base);
    expect(c).toMatchObject({ PORT: 3000, TOPIC_FACTS: 'dyad.facts.v1', TOPIC_FACTS_PARTITIONS: 6, RUN_PROJECTOR: true });
  });

  it('names every missing or invalid variable', () => {
    expect(() => loadConfig({ PORT: 'x', TOPIC_FACTS_PARTITIONS: '2' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'x', TOPIC_FACTS_PARTITIONS: '2', KAFKA_BROKERS: 'nope' });
    } catch (err) {
      const msg = (err as Error).message;
      for (const name of ['PORT', 'DATABASE_URL', 'KAFKA_BROKERS', 'TOPIC_FACTS_PARTITIONS']) expect(msg).toContain(name);
    }
  });

  it('reads booleans', () => {
    expect(loadConfig({ ...base, RUN_PROJECTOR: 'false' }).RUN_PROJECTOR).toBe(false);
    expect(() => loadConfig({ ...base, RUN_PROJECTOR: 'maybe' })).toThrow(/RUN_PROJECTOR/);
  });
});

describe('security settings', () => {
  it('reads API keys as name:secret:scopes and as JSON, and defaults the DLQ topic', () => {
    const c = loadConfig({ ...base, API_KEYS: 'ops:0123456789abcdef:admin+read, feed:fedcba9876543210:ingest' });
    expect(c.API_KEYS).toEqual([
      { name: 'ops', secret: '0123456789abcdef', scopes: ['admin', 'read'] },
      { name: 'feed', secret: 'fedcba9876543210', scopes: ['ingest'] },
    ]);
    const j = loadConfig({ ...base, API_KEYS: JSON.stringify([{ name: 'a', secret: 'x'.repeat(20), scopes: ['read'] }]) });
    expect(j.API_KEYS[0].name).toBe('a');
    expect(loadConfig(base)).toMatchObject({ API_KEYS: [], READS_PUBLIC: false, TOPIC_FACTS_DLQ: 'dyad.facts.v1.dlq', RATE_LIMIT_RPS: 0, SSE_MAX_PER_KEY: 1000 });
    expect(loadConfig({ ...base, API_KEYS: 'a:0123456789abcdef:read' })).toMatchObject({ RATE_LIMIT_RPS: 50, RATE_LIMIT_BURST: 100, SSE_MAX_PER_KEY: 5 });
    expect(loadConfig({ ...base, RATE_LIMIT_RPS: '7' }).RATE_LIMIT_RPS).toBe(7);
  });

  it('rejects bad keys without echoing the secret', () => {
    for (const bad of ['ops:short:admin', 'ops:0123456789abcdef:root', 'ops:0123456789abcdef', 'a:0123456789abcdef:read,a:fedcba9876543210:read', '[oops']) {
      let msg = '';
      try {
        loadConfig({ ...base, API_KEYS: bad });
      } catch (err) {
        msg = (err as Error).message;
      }
      expect(msg).toContain('API_KEYS');
      expect(msg).not.toContain('0123456789abcdef');
    }
  });
});
