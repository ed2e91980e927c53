export { EXTRACTOR, extractFacts } from './extract';
export type { ArticleInput } from './extract';
