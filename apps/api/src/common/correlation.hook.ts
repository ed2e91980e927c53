import { randomUUID } from 'node:crypto';
import { headerOf, replyError, type HttpReply, type HttpRequest } from './http-types';

const VALID = /^[A-Za-z0-9._:-]{1,100}$/;

/** Takes X-Correlation-Id from the client (when sane) or makes one; echoes it in the response. */
export async function correlationHook(req: HttpRequest, reply: HttpReply): Promise<void> {
  const given = headerOf(req, 'x-correlation-id');
  req.correlationId = given && VALID.test(given) ? given : randomUUID();
  reply.raw.setHeader('X-Correlation-Id', req.correlationId);
}

/** Whether a Content-Type header names JSON (`application/json`, `application/*+json`), any parameters aside. */
export function isJsonType(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

/** POST and PUT bodies must be JSON: 415 otherwise, before any parsing. */
export async function jsonOnlyHook(req: HttpRequest, reply: HttpReply): Promise<unknown> {
  const hasBody = req.method === 'POST' || req.method === 'PUT' || req.method === 'PATCH';
  const length = Number(headerOf(req, 'content-length') ?? 0);
  if (hasBody && (length > 0 || headerOf(req, 'transfer-encoding')) && !isJsonType(headerOf(req, 'content-type'))) {
    return replyError(reply, 415, 'Unsupported Media Type', 'send the body as application/json');
  }
}
