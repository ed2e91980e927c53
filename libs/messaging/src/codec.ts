import type { EventEnvelope } from '@dyad/domain';

/** Kafka header names every Dyad message carries. */
export const HEADERS = {
  type: 'type',
  schemaVersion: 'schema-version',
  correlationId: 'correlation-id',
  eventId: 'event-id',
} as const;

export interface EncodedMessage {
  key: string;
  value: string;
  headers: Record<string, string>;
}

/** An envelope as a Kafka message: JSON value, type/version/correlation in headers. */
export function encodeEnvelope(key: string, e: EventEnvelope): EncodedMessage {
  return {
    key,
    value: JSON.stringify(e),
    headers: {
      [HEADERS.type]: e.type,
      [HEADERS.schemaVersion]: String(e.schemaVersion),
      [HEADERS.correlationId]: String(e.metadata?.correlationId ?? ''),
      [HEADERS.eventId]: e.eventId,
    },
  };
}

/** A stored message (its envelope already JSON, see OutboxStore.next) as a Kafka message: same shape as encodeEnvelope's. */
export function encodeStored(m: { key: string; json: string; type: string; schemaVersion: number; correlationId: string; eventId: string }): EncodedMessage {
  return {
    key: m.key,
    value: m.json,
    headers: {
      [HEADERS.type]: m.type,
      [HEADERS.schemaVersion]: String(m.schemaVersion),
      [HEADERS.correlationId]: m.correlationId,
      [HEADERS.eventId]: m.eventId,
    },
  };
}

export class PoisonMessageError extends Error {}

/** Parses a message value back into an envelope; throws PoisonMessageError naming what is wrong. */
export function decodeEnvelope(value: Buffer | string | null): EventEnvelope {
  if (value === null) throw new PoisonMessageError('empty message value');
  let parsed: unknown;
  try {
    parsed = JSON.parse(typeof value === 'string' ? value : value.toString('utf8'));
  } catch {
    throw new PoisonMessageError('message value is not JSON');
  }
  const e = parsed as Partial<EventEnvelope>;
  for (const field of ['eventId', 'type', 'streamId'] as const) {
    if (typeof e?.[field] !== 'string') throw new PoisonMessageError(`envelope field ${field} missing or not a string`);
  }
  for (const field of ['schemaVersion', 'streamVersion', 'globalPosition'] as const) {
    if (typeof e[field] !== 'number') throw new PoisonMessageError(`envelope field ${field} missing or not a number`);
  }
  if (typeof e.data !== 'object' || e.data === null) throw new PoisonMessageError('envelope field data is not an object');
  return e as EventEnvelope;
}
