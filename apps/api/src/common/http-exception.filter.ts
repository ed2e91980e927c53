import { Catch, HttpException, HttpStatus, type ArgumentsHost, type ExceptionFilter, type LoggerService } from '@nestjs/common';
import type { Request, Response } from 'express';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * One error shape for every failure: `{ statusCode, error, message, errors? }`. Client mistakes keep
 * their 4xx (including body-parser's malformed JSON and oversize bodies); anything unexpected is a
 * 500 whose details go to the log, never to the client.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  constructor(private readonly logger: LoggerService) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request>();
    const { status, body } = this.describe(exception);
    if (status >= 500) {
      this.logger.error(
        { msg: 'request failed', method: req.method, path: req.path, error: (exception as Error)?.message, stack: (exception as Error)?.stack },
        'HTTP',
      );
    }
    if (res.headersSent) {
      res.end();
      return;
    }
    if (status === 503) res.setHeader('Retry-After', '5');
    res.status(status).json(body);
  }

  private describe(exception: unknown): { status: number; body: Record<string, unknown> } {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const r = exception.getResponse();
      const fields = typeof r === 'string' ? { message: r } : (r as Record<string, unknown>);
      return {
        status,
        body: { ...fields, statusCode: status, error: REASONS[status] ?? HttpStatus[status] ?? 'Error', message: fields.message ?? exception.message },
      };
    }
    // body-parser errors carry a status and a type.
    const e = exception as { status?: number; type?: string; message?: string };
    if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
      const message =
        e.type === 'entity.parse.failed'
          ? 'request body is not valid JSON'
          : e.type === 'entity.too.large'
            ? 'request body is larger than the limit'
            : e.type === 'encoding.unsupported' || e.type === 'charset.unsupported'
              ? 'unsupported content encoding or charset'
              : 'bad request';
      return { status: e.status, body: { statusCode: e.status, error: REASONS[e.status] ?? 'Bad Request', message } };
    }
    return { status: 500, body: { statusCode: 500, error: REASONS[500], message: 'internal error; it has been logged' } };
  }
}
