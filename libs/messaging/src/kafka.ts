import { Kafka, logLevel, Partitioners, type LogEntry, type Producer } from 'kafkajs';
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

/** A connected idempotent producer (one request in flight, so order holds), as the relay and the DLQ use. */
export async function connectIdempotentProducer(kafka: Kafka): Promise<Producer> {
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  await producer.connect();
  return producer;
}
