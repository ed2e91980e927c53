export * from './codec';
export * from './kafka';
export * from './topics';
export * from './outbox-relay';
export * from './dead-letter';
