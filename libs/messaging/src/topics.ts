import type { Kafka } from 'kafkajs';

export interface TopicSpec {
  topic: string;
  partitions: number;
  replicationFactor: number;
  retentionMs: number;
}

/**
 * Creates Dyad's topics when missing, with explicit partitions and retention, and grows the
 * partition count when the configuration asks for more. Returns the topics it created.
 */
export async function ensureTopics(kafka: Kafka, specs: TopicSpec[], attempts = 10): Promise<string[]> {
  // A broker that has just started (or just created a topic) may answer metadata requests with
  // "does not host this topic-partition" for a moment; each attempt re-reads what exists.
  for (let attempt = 1; ; attempt++) {
    try {
      return await ensureTopicsOnce(kafka, specs);
    } catch (err) {
      if (attempt >= attempts) throw err;
      await new Promise((r) => setTimeout(r, 300 * attempt));
    }
  }
}

async function ensureTopicsOnce(kafka: Kafka, specs: TopicSpec[]): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = specs.filter((s) => !existing.has(s.topic));
    if (missing.length) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((s) => ({
          topic: s.topic,
          numPartitions: s.partitions,
          replicationFactor: s.replicationFactor,
          configEntries: [
            { name: 'retention.ms', value: String(s.retentionMs) },
            { name: 'cleanup.policy', value: 'delete' },
            { name: 'min.insync.replicas', value: String(Math.min(2, s.replicationFactor)) },
          ],
        })),
      });
    }
    const present = specs.filter((s) => existing.has(s.topic));
    if (present.length) {
      const meta = await admin.fetchTopicMetadata({ topics: present.map((s) => s.topic) });
      const grow = present.flatMap((s) => {
        const have = meta.topics.find((t) => t.name === s.topic)?.partitions.length ?? 0;
        return have < s.partitions ? [{ topic: s.topic, count: s.partitions }] : [];
      });
      if (grow.length) await admin.createPartitions({ topicPartitions: grow });
    }
    return missing.map((s) => s.topic);
  } finally {
    await admin.disconnect();
  }
}
