import { ReadModels1764180000100 } from './1764180000100-read-models';
import { QueryIndexes1764180000300 } from './1764180000300-query-indexes';

/** The read models' migrations, in order: what the services, `npm run migration:run` and the tests apply. */
export const PROJECTION_MIGRATIONS = [ReadModels1764180000100, QueryIndexes1764180000300];
