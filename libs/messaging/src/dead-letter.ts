import type { IHeaders, Kafka, KafkaMessage, Message } from 'kafkajs';

/** Headers a dead letter carries besides the original message's own. */
export const DLQ_HEADERS = {
  reason: 'dlq-reason',
  sourceTopic: 'dlq-source-topic',
  sourcePartition: 'dlq-source-partition',
  sourceOffset: 'dlq-source-offset',
  at: 'dlq-at',
} as const;

export interface DeadLetterSource {
  topic: string;
  partition: number;
}

/**
 * A message that could not be projected, as it goes to the dead-letter topic: the original key,
 * value bytes and headers untouched, plus why and where it came from. Reasons never carry the
 * message's content.
 */
export function deadLetterOf(m: KafkaMessage, source: DeadLetterSource, reason: string, at = new Date()): Message {
  const headers: IHeaders = { ...(m.headers ?? {}) };
  headers[DLQ_HEADERS.reason] = reason.slice(0, 500);
  headers[DLQ_HEADERS.sourceTopic] = source.topic;
  headers[DLQ_HEADERS.sourcePartition] = String(source.partition);
  headers[DLQ_HEADERS.sourceOffset] = m.offset;
  headers[DLQ_HEADERS.at] = at.toISOString();
  return { key: m.key, value: m.value, headers, timestamp: m.timestamp };
}

/**
 * Messages ever written to a dead-letter topic (still retained): the sum over its partitions of
 * high minus low watermark. The topic is the durable record, so every process sees the same count.
 */
export async function deadLetterCount(kafka: Kafka, topic: string): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets.reduce((sum, p) => sum + Math.max(0, Number(p.high) - Number(p.low)), 0);
  } finally {
    await admin.disconnect();
  }
}
