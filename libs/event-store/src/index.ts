export * from './db';
export * from './errors';
export * from './event-store';
export * from './outbox';
export * from './articles.repository';
export * from './group-commit';
export * from './vacuum';
export * from './sleeper';
