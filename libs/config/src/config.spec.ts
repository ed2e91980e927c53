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
