import { Catch, HttpException, HttpStatus, type ArgumentsHost, type ExceptionFilter, type LoggerService } from '@nestjs/common';
import { isDatabaseUnavailable } from '@dyad/config';
import { pathOf, sendJson, type HttpReply, type HttpRequest } from './http-types';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

// What the client did wrong, by Fastify's error code.
const FASTIFY_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'request body is not valid JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'request body is empty; send a JSON object',
  FST_ERR_CTP_BODY_TOO_LARGE: 'request body is larger than the limit',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'send the body as application/json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'Content-Length does not match the body',
  FST_ERR_CTP_INVALID_TYPE: 'send the body as application/json',
  FST_ERR_BAD_URL: 'the URL is not valid',
};

export interface HttpExceptionFilterOptions {
  /** Seconds sent in Retry-After with a 503. */
  retryAfterS?: number;
  /** Stack traces of unexpected errors go to the log only at debug level. */
  logStacks?: boolean;
}

/**
 * One error shape for every failure: `{ statusCode, error, message, errors? }`. Client mistakes keep
 * their 4xx (including Fastify's malformed JSON and oversize bodies); PostgreSQL not answering
 * is a 503 with Retry-After; anything else unexpected is a 500 whose details go to the log, never
 * to the client (no stack, no SQL, no driver message).
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly retryAfter: string;

  constructor(
    private readonly logger: LoggerService,
    private readonly opts: HttpExceptionFilterOptions = {},
  ) {
    this.retryAfter = String(opts.retryAfterS ?? 5);
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const reply = ctx.getResponse<HttpReply>();
    const req = ctx.getRequest<HttpRequest>();
    const { status, body } = this.describe(exception);
    if (status >= 500) this.log(status, exception, req);
    if (reply.sent || reply.raw.headersSent) {
      if (!reply.raw.writableEnded) reply.raw.end();
      return;
    }
    if (status === 503) reply.header('Retry-After', this.retryAfter);
    void sendJson(reply, status, body);
  }

  private log(status: number, exception: unknown, req: HttpRequest): void {
    const e = exception as { name?: string; message?: string; code?: unknown; stack?: string; driverError?: { code?: unknown } };
    const entry: Record<string, unknown> = {
      msg: status === 503 ? 'request failed: a dependency is unavailable' : 'request failed',
      method: req.method,
      path: pathOf(req).slice(0, 200),
      correlationId: req.correlationId,
      status,
      errorName: e?.name,
      code: e?.code ?? e?.driverError?.code,
    };
    // A QueryFailedError's message is the server's text; its query and parameters (article text,
    // keys) are never logged.
    if (exception instanceof HttpException) entry.error = exception.message;
    else if (typeof e?.message === 'string') entry.error = e.message.slice(0, 300);
    if (this.opts.logStacks && typeof e?.stack === 'string') entry.stack = e.stack;
    if (status === 503) this.logger.warn(entry, 'HTTP');
    else this.logger.error(entry, 'HTTP');
  }

  private describe(exception: unknown): { status: number; body: Record<string, unknown> } {
    if (!(exception instanceof HttpException) && isDatabaseUnavailable(exception)) {
      return {
        status: 503,
        body: { statusCode: 503, error: REASONS[503], message: `the database is unavailable; retry after ${this.retryAfter} s` },
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const r = exception.getResponse();
      const fields = typeof r === 'string' ? { message: r } : (r as Record<string, unknown>);
      // Fastify's own 4xx errors (malformed or oversize bodies) reach here wrapped by Nest, their
      // code in the cause: answered in Dyad's words.
      const code = (exception.cause as { code?: unknown } | undefined)?.code;
      const ours = typeof code === 'string' ? FASTIFY_MESSAGES[code] : undefined;
      return {
        status,
        body: { ...fields, statusCode: status, error: REASONS[status] ?? HttpStatus[status] ?? 'Error', message: ours ?? fields.message ?? exception.message },
      };
    }
    // (Should one come unwrapped: Fastify's errors carry a status code and a code.)
    const e = exception as { statusCode?: number; code?: string; message?: string };
    if (typeof e?.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
      const message = FASTIFY_MESSAGES[e.code ?? ''] ?? (e instanceof SyntaxError ? 'request body is not valid JSON' : 'bad request');
      return { status: e.statusCode, body: { statusCode: e.statusCode, error: REASONS[e.statusCode] ?? 'Bad Request', message } };
    }
    return { status: 500, body: { statusCode: 500, error: REASONS[500], message: 'internal error; it has been logged' } };
  }
}
