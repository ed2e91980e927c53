import { gunzipSync } from 'node:zlib';
import type { Request, Response } from 'express';

/**
 * Sends an answer already serialised to JSON: the bytes, the headers Nest's `res.json` would set
 * (`application/json; charset=utf-8`, Content-Length; ETags are off app-wide), status 200. Errors
 * never get here: they are thrown before and answered by the exception filter as before.
 */
export function sendJsonBytes(res: Response, body: Buffer): void {
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.send(body);
}

/**
 * Sends a gzipped JSON answer: as it is (Content-Encoding: gzip) to a client that accepts gzip,
 * else inflated here. Either way `Vary: Accept-Encoding`, so caches keep the two apart.
 */
export function sendGzippedJson(req: Request, res: Response, gz: Buffer): void {
  res.setHeader('Vary', 'Accept-Encoding');
  if (req.acceptsEncodings('gzip', 'identity') === 'gzip') {
    res.setHeader('Content-Encoding', 'gzip');
    sendJsonBytes(res, gz);
  } else sendJsonBytes(res, gunzipSync(gz));
}
