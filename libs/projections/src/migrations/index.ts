import { ReadModels1764180000100 } from './1764180000100-read-models';
import { QueryIndexes1764180000300 } from './1764180000300-query-indexes';
import { RelationScopes1764180000500 } from './1764180000500-relation-scopes';
import { RelationAnswers1764180000600 } from './1764180000600-relation-answers';
import { SlimFactIndex1764180000700 } from './1764180000700-slim-fact-index';
import { BytewiseKeys1764180000800 } from './1764180000800-bytewise-keys';

/** The read models' migrations, in order: what the services, `npm run migration:run` and the tests apply. */
export const PROJECTION_MIGRATIONS = [ReadModels1764180000100, QueryIndexes1764180000300, RelationScopes1764180000500, RelationAnswers1764180000600, SlimFactIndex1764180000700, BytewiseKeys1764180000800];
