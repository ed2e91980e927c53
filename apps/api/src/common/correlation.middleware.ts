import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

declare module 'express-serve-static-core' {
  interface Request {
    correlationId: string;
  }
}

const VALID = /^[A-Za-z0-9._:-]{1,100}$/;

/** Takes X-Correlation-Id from the client (when sane) or makes one; echoes it in the response. */
export function correlationMiddleware(req: Request, res: Response, next: NextFunction): void {
  const given = req.header('x-correlation-id');
  req.correlationId = given && VALID.test(given) ? given : randomUUID();
  res.setHeader('X-Correlation-Id', req.correlationId);
  next();
}

/** POST and PUT bodies must be JSON: 415 otherwise, before any parsing. */
export function jsonOnlyMiddleware(req: Request, res: Response, next: NextFunction): void {
  const hasBody = req.method === 'POST' || req.method === 'PUT' || req.method === 'PATCH';
  const length = Number(req.header('content-length') ?? 0);
  if (hasBody && (length > 0 || req.header('transfer-encoding')) && !req.is('application/json')) {
    res.status(415).json({ statusCode: 415, error: 'Unsupported Media Type', message: 'send the body as application/json' });
    return;
  }
  next();
}
