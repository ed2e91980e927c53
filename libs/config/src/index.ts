export * from './config';
export * from './logger';
export * from './unavailable';
export * from './process-guard';
export * from './load-or-exit';
