export * from './fact-row';
export * from './relations.projection';
export * from './relations.queries';
export * from './rebuild';
export { ReadModels1764180000100 } from './migrations/1764180000100-read-models';
export * from './story-view';
export * from './story-store';
export * from './votes';
export * from './repair';
