import { API_SCOPES, type ApiScope, type Config, type JsonLogger } from '@dyad/config';
import { headerOf, pathOf, replyError, type HttpReply, type HttpRequest } from '../common/http-types';
import { requirementOf, normalisePath } from './access-policy';
import { ApiKeyRegistry, type Principal } from './api-key.registry';
import { TokenBucketLimiter } from './rate-limiter';

const NONE: ReadonlySet<never> = new Set();
const ALL_SCOPES: ReadonlySet<ApiScope> = new Set(API_SCOPES);

/** An onRequest hook: it returns the reply when it answers (Fastify then stops), else nothing. */
type Hook = (req: HttpRequest, reply: HttpReply) => Promise<unknown>;

/** The credential a client sent: `Authorization: Bearer <key>` or `X-API-Key: <key>`. */
function presentedKey(req: HttpRequest): string | null | 'malformed' {
  const auth = headerOf(req, 'authorization');
  if (auth !== undefined) {
    const m = /^Bearer[ ]+([\x21-\x7e]{1,512})\s*$/i.exec(auth);
    return m ? m[1] : 'malformed';
  }
  const key = headerOf(req, 'x-api-key');
  if (key !== undefined) return /^[\x21-\x7e]{1,512}$/.test(key) ? key : 'malformed';
  return null;
}

/**
 * Access control as onRequest hooks, so that it runs before the body is read: an unknown
 * client cannot make the service parse megabytes of JSON. Order: authenticate → authorise → rate
 * limit → SSE connection cap.
 */
export function accessControl(config: Config, logger: JsonLogger): Hook[] {
  const registry = new ApiKeyRegistry(config.API_KEYS);
  const limiter = new TokenBucketLimiter(config.RATE_LIMIT_RPS, config.RATE_LIMIT_BURST);
  const streams = new Map<string, number>();
  if (registry.open) {
    logger.warn({ msg: 'API_KEYS is empty: the API is open to anyone (development only); set API_KEYS in production' }, 'Auth');
  } else {
    logger.log({ msg: 'API keys loaded', keys: config.API_KEYS.map((k) => `${k.name}(${k.scopes.join('+')})`), readsPublic: config.READS_PUBLIC }, 'Auth');
  }

  const authenticate: Hook = async (req, reply) => {
    const anonymous: Principal = { id: `ip:${req.raw.socket.remoteAddress ?? 'unknown'}`, keyName: null, scopes: NONE };
    if (registry.open) {
      req.principal = { ...anonymous, scopes: ALL_SCOPES };
      return;
    }
    const presented = presentedKey(req);
    const path = pathOf(req);
    const need = requirementOf(req.method, path, config.READS_PUBLIC);
    if (presented === 'malformed') {
      return replyError(reply, 401, 'Unauthorized', 'malformed credentials: send Authorization: Bearer <api key> or X-API-Key: <api key>', {
        'WWW-Authenticate': 'Bearer realm="dyad", error="invalid_request"',
      });
    }
    if (presented !== null) {
      const key = registry.authenticate(presented);
      if (!key) {
        return replyError(reply, 401, 'Unauthorized', 'unknown API key', { 'WWW-Authenticate': 'Bearer realm="dyad", error="invalid_token"' });
      }
      req.principal = { id: `key:${key.name}`, keyName: key.name, scopes: key.scopes };
    } else {
      req.principal = anonymous;
    }
    if (need.public) return;
    if (presented === null) {
      return replyError(reply, 401, 'Unauthorized', `an API key with the "${need.scope}" scope is required: send Authorization: Bearer <api key>`, {
        'WWW-Authenticate': 'Bearer realm="dyad"',
      });
    }
    if (!req.principal.scopes.has(need.scope)) {
      return replyError(reply, 403, 'Forbidden', `API key "${req.principal.keyName}" lacks the "${need.scope}" scope needed for ${req.method} ${path.slice(0, 200)}`);
    }
  };

  const rateLimit: Hook = async (req, reply) => {
    if (!limiter.enabled || normalisePath(pathOf(req)).startsWith('/health')) return;
    const wait = limiter.take(req.principal.id);
    if (wait === 0) return;
    return replyError(reply, 429, 'Too Many Requests', `rate limit of ${config.RATE_LIMIT_RPS} requests per second (burst ${config.RATE_LIMIT_BURST}) exceeded; retry after ${wait} s`, {
      'Retry-After': String(wait),
    });
  };

  const sseCap: Hook = async (req, reply) => {
    if (req.method !== 'GET' || !normalisePath(pathOf(req)).startsWith('/streams/')) return;
    const id = req.principal.id;
    const open = streams.get(id) ?? 0;
    if (open >= config.SSE_MAX_PER_KEY) {
      return replyError(reply, 429, 'Too Many Requests', `at most ${config.SSE_MAX_PER_KEY} open event streams per client; close one first`, { 'Retry-After': '5' });
    }
    streams.set(id, open + 1);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const n = (streams.get(id) ?? 1) - 1;
      if (n <= 0) streams.delete(id);
      else streams.set(id, n);
    };
    reply.raw.once('close', release);
    reply.raw.once('finish', release);
  };

  return [authenticate, rateLimit, sseCap];
}
