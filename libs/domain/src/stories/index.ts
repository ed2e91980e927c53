export * from './story-grouping';
export * from './neighbourhood';
export * from './in-memory-mentions';
