import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Principal } from '../auth/api-key.registry';

declare module 'fastify' {
  interface FastifyRequest {
    /** X-Correlation-Id of the request (the client's when sane, else made here). */
    correlationId: string;
    /** Who is asking (set by access control). */
    principal: Principal;
  }
}

export type HttpRequest = FastifyRequest;
export type HttpReply = FastifyReply;

/** The request's path without its query string. */
export const pathOf = (req: FastifyRequest): string => {
  const q = req.url.indexOf('?');
  return q < 0 ? req.url : req.url.slice(0, q);
};

/** A header's value as one string (the first of repeated ones). */
export const headerOf = (req: FastifyRequest, name: string): string | undefined => {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

/** Answers a JSON body with a status and ends the request. */
export function sendJson(reply: FastifyReply, status: number, body: unknown): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

/** Answers Dyad's error shape `{ statusCode, error, message }` (plus any headers) and ends the request. */
export function replyError(reply: FastifyReply, status: number, error: string, message: string, headers: Record<string, string> = {}): FastifyReply {
  for (const [k, v] of Object.entries(headers)) reply.header(k, v);
  return sendJson(reply, status, { statusCode: status, error, message });
}
