import { Kafka, logLevel, Partitioners, type ICustomPartitioner, type LogEntry, type Message, type Producer, type TopicMessages } from 'kafkajs';
import type { LoggerService } from '@nestjs/common';

/**
 * kafkajs is unmaintained (last release 2023): every use of it stays inside libs/messaging so
 * that a successor client can replace it in one place.
 */
export function createKafka(opts: { brokers: string[]; clientId: string; logger: LoggerService }): Kafka {
  const logCreator = () => (entry: LogEntry) => {
    // kafkajs attaches stack traces to connection errors: the message says enough, the log stays short.
    const { message, stack: _stack, ...extra } = entry.log as typeof entry.log & { stack?: unknown };
    const fields = { ...extra, namespace: entry.namespace };
    if (entry.level === logLevel.ERROR) opts.logger.error({ msg: message, ...fields }, 'Kafka');
    else if (entry.level === logLevel.WARN) opts.logger.warn({ msg: message, ...fields }, 'Kafka');
  };
  return new Kafka({
    clientId: opts.clientId,
    brokers: opts.brokers,
    logLevel: logLevel.WARN,
    logCreator,
    connectionTimeout: 3000,
    requestTimeout: 30000,
    retry: { initialRetryTime: 200, retries: 8, maxRetryTime: 5000 },
  });
}

/**
 * The partition the producer's partitioner chose for each message it placed, so that a send can
 * check that every partition it wrote to acknowledged the write. Weak: entries go with the messages.
 */
const placedIn = new WeakMap<Message, number>();

/** kafkajs's default (murmur2, Java-compatible) partitioner, remembering where it put each message. */
export const recordingPartitioner: ICustomPartitioner = () => {
  const choose = Partitioners.DefaultPartitioner();
  return (args) => {
    const partition = choose(args);
    placedIn.set(args.message, partition);
    return partition;
  };
};

/** A connected idempotent producer (one request in flight, so order holds), as the relay and the DLQ use. */
export async function connectIdempotentProducer(kafka: Kafka): Promise<Producer> {
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    createPartitioner: recordingPartitioner,
  });
  await producer.connect();
  return producer;
}

/** Raised when Kafka did not acknowledge some messages even after sending them again. */
export class UnacknowledgedSendError extends Error {
  constructor(readonly unacknowledged: number, attempts: number) {
    super(`Kafka acknowledged no write for ${unacknowledged} message(s) after ${attempts} attempts`);
    this.name = 'UnacknowledgedSendError';
  }
}

/**
 * `sendBatch` with acks from all in-sync replicas, checked: every message counts as written only
 * when the answer holds an acknowledgement (error code 0) for the partition it was placed in.
 * Messages without one are sent again, up to `attempts` times.
 *
 * Why: kafkajs 2.2.4 can resolve `sendBatch` without having sent the messages of a partition
 * whose leader died mid-request. Its retry moves the partition to the new leader, and when that
 * broker has already answered for other partitions of the same batch, the request to it is not
 * made again (tulios/kafkajs#1303; `brokersWithoutResponse` in its sendMessages.js). The answer
 * then lacks those partitions, which is what this check looks for. Measured before the check: 12
 * and 77 facts of 17–26k never reached Kafka when one of three brokers was killed mid-ingest.
 *
 * Needs a producer made by `connectIdempotentProducer` (its partitioner records placements).
 */
export async function sendAcknowledged(
  producer: Producer,
  topicMessages: TopicMessages[],
  opts: { attempts?: number; onResend?: (messages: number, partitions: string[]) => void } = {},
): Promise<void> {
  const attempts = opts.attempts ?? 5;
  let pending = topicMessages;
  for (let attempt = 1; ; attempt++) {
    const answers = await producer.sendBatch({ acks: -1, topicMessages: pending });
    const acked = new Set(answers.filter((a) => a.errorCode === 0).map((a) => `${a.topicName}/${a.partition}`));
    const lost = new Set<string>();
    const missing: TopicMessages[] = [];
    for (const { topic, messages } of pending) {
      const left = messages.filter((m) => {
        const partition = placedIn.get(m);
        if (partition === undefined) throw new Error('sendAcknowledged needs a producer made by connectIdempotentProducer');
        const at = `${topic}/${partition}`;
        if (acked.has(at)) return false;
        lost.add(at);
        return true;
      });
      if (left.length > 0) missing.push({ topic, messages: left });
    }
    const count = missing.reduce((n, t) => n + t.messages.length, 0);
    if (count === 0) return;
    if (attempt >= attempts) throw new UnacknowledgedSendError(count, attempt);
    opts.onResend?.(count, [...lost]);
    pending = missing;
  }
}
