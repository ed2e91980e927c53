import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApiKeyConfig, ApiScope } from '@dyad/config';

/** Who is calling: a configured key, or an anonymous client known by its address. */
export interface Principal {
  /** Rate-limit and connection-cap identity: `key:<name>` or `ip:<address>`. */
  id: string;
  /** The key's name (never its secret), or null when anonymous. */
  keyName: string | null;
  scopes: ReadonlySet<ApiScope>;
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * The configured API keys, held as SHA-256 digests. A presented secret is hashed and compared
 * with every key's digest by crypto.timingSafeEqual, without stopping at a match, so the time an
 * answer takes says nothing about how much of a secret was right, nor which key matched.
 */
export class ApiKeyRegistry {
  private readonly keys: { name: string; digest: Buffer; scopes: ReadonlySet<ApiScope> }[];

  constructor(keys: readonly ApiKeyConfig[]) {
    this.keys = keys.map((k) => ({ name: k.name, digest: digest(k.secret), scopes: new Set(k.scopes) }));
  }

  /** No keys configured: the API runs open (local development). */
  get open(): boolean {
    return this.keys.length === 0;
  }

  get size(): number {
    return this.keys.length;
  }

  /** The key whose secret this is, or null. */
  authenticate(presented: string): { name: string; scopes: ReadonlySet<ApiScope> } | null {
    const d = digest(presented);
    let found: (typeof this.keys)[number] | null = null;
    for (const k of this.keys) {
      if (timingSafeEqual(d, k.digest) && found === null) found = k;
    }
    return found ? { name: found.name, scopes: found.scopes } : null;
  }
}
