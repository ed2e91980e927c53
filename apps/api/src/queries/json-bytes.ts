import type { Response } from 'express';

/**
 * Sends an answer already serialised to JSON: the bytes, the headers Nest's `res.json` would set
 * (`application/json; charset=utf-8`, Content-Length; ETags are off app-wide), status 200. Errors
 * never get here: they are thrown before and answered by the exception filter as before.
 */
export function sendJsonBytes(res: Response, body: Buffer): void {
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.send(body);
}
