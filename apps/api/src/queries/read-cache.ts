/**
 * Answer caches of the relation and country queries (AnswerCache in @dyad/projections): valid while
 * the projection's version is unchanged, the version re-read at most every `validateMs`. So a cached
 * answer is at most `validateMs` (plus one trivial query's latency) behind the read models.
 * Entries are bounded (oldest out first); `maxEntries: 0` turns a cache off.
 */
export const READ_CACHE = {
  relation: { validateMs: 5, maxEntries: 2000 },
  country: { validateMs: 5, maxEntries: 1000 },
};
