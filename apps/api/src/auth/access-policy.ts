import type { ApiScope } from '@dyad/config';

/** What a request needs: nothing (public), or one scope. */
export type Requirement = { public: true } | { public: false; scope: ApiScope };

const PUBLIC: Requirement = { public: true };
const need = (scope: ApiScope): Requirement => ({ public: false, scope });

/** The router matches routes case-insensitively and ignores a trailing slash (bootstrap.ts); so does the policy. */
export function normalisePath(path: string): string {
  let p = path;
  try {
    p = decodeURIComponent(path);
  } catch {
    /* keep it raw: the router will not match it either */
  }
  p = p.toLowerCase().replace(/\/{2,}/g, '/');
  return p.length > 1 ? p.replace(/\/+$/, '') : p;
}

/**
 * Which scope each request needs. Deny by default: any write that is not an ingest needs admin.
 * - writes to `/articles` and below (POST, batch, PUT correction, DELETE retraction): ingest
 * - anything under `/admin`: admin
 * - other GET/HEAD: read, unless reads are public
 * - `/health/*` and the OpenAPI docs: public (probes and humans)
 */
export function requirementOf(method: string, rawPath: string, readsPublic: boolean): Requirement {
  const path = normalisePath(rawPath);
  const m = method.toUpperCase();
  if (m === 'OPTIONS') return PUBLIC; // CORS preflight; answered before any handler
  if (path === '/health' || path.startsWith('/health/')) return PUBLIC;
  if (path === '/admin' || path.startsWith('/admin/')) return need('admin');
  const read = m === 'GET' || m === 'HEAD';
  if (read && (path === '/docs' || path.startsWith('/docs/') || path.startsWith('/docs-json') || path.startsWith('/docs-yaml'))) return PUBLIC;
  if (read) return readsPublic ? PUBLIC : need('read');
  if (path === '/articles' || path.startsWith('/articles/')) return need('ingest');
  return need('admin');
}
