/**
 * Events as data (STYLE.md): a string `type` plus `schemaVersion`; the class name is never the
 * persisted identity. The envelope is what is stored and what goes on Kafka.
 */
export interface EventMetadata {
  correlationId: string;
  causationId: string | null;
  [key: string]: unknown;
}

/** An event about to be appended: ids and times come in as inputs (no clock in the domain). */
export interface NewEvent<TType extends string = string, TData = unknown> {
  eventId: string;
  type: TType;
  schemaVersion: number;
  occurredAt: string;
  data: TData;
  metadata: EventMetadata;
}

/** An event as stored: it has a place in its stream and in the global log. */
export interface EventEnvelope<TType extends string = string, TData = unknown> extends NewEvent<TType, TData> {
  streamId: string;
  streamVersion: number;
  /** Position in the global log; unique, and increasing in commit order. */
  globalPosition: number;
  recordedAt: string;
}
