import { gunzipSync } from 'node:zlib';
import type { HttpReply, HttpRequest } from '../common/http-types';

/**
 * Sends an answer already serialised to JSON: the bytes, the headers Nest's `res.json` would set
 * (`application/json; charset=utf-8`, Content-Length; ETags are off app-wide), status 200. Errors
 * never get here: they are thrown before and answered by the exception filter as before.
 */
export function sendJsonBytes(reply: HttpReply, body: Buffer): void {
  void reply.type('application/json; charset=utf-8').send(body);
}

/**
 * Sends a gzipped JSON answer: as it is (Content-Encoding: gzip) to a client that accepts gzip,
 * else inflated here. Either way `Vary: Accept-Encoding`, so caches keep the two apart.
 */
export function sendGzippedJson(req: HttpRequest, reply: HttpReply, gz: Buffer): void {
  reply.header('Vary', 'Accept-Encoding');
  if (acceptsGzip(req.headers['accept-encoding'])) {
    reply.header('Content-Encoding', 'gzip');
    sendJsonBytes(reply, gz);
  } else sendJsonBytes(reply, gunzipSync(gz));
}

/**
 * Whether an Accept-Encoding header accepts gzip ahead of identity (RFC 9110 12.5.3): gzip, x-gzip
 * or * with a q above 0, and at least identity's q.
 */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  if (!header) return false;
  let gzip = -1;
  let star = -1;
  let identity = -1;
  for (const part of (Array.isArray(header) ? header.join(',') : header).split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const qp = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qp ? Number(qp.slice(2)) : 1;
    if (!Number.isFinite(q)) continue;
    if (name === 'gzip' || name === 'x-gzip') gzip = Math.max(gzip, q);
    else if (name === '*') star = q;
    else if (name === 'identity') identity = q;
  }
  const g = gzip >= 0 ? gzip : star;
  const id = identity >= 0 ? identity : star >= 0 ? star : 1;
  return g > 0 && g >= id;
}
