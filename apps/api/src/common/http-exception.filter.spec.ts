import { HttpException, NotFoundException, type ArgumentsHost } from '@nestjs/common';
import { HttpExceptionFilter } from './http-exception.filter';

/** A reply that records what the filter sends. */
function host() {
  const sent: { status?: number; body?: unknown; headers: Record<string, string> } = { headers: {} };
  const reply = {
    sent: false,
    raw: { headersSent: false, writableEnded: false, end: () => undefined },
    header(k: string, v: string) {
      sent.headers[k] = v;
      return reply;
    },
    code(s: number) {
      sent.status = s;
      return reply;
    },
    type() {
      return reply;
    },
    send(b: unknown) {
      sent.body = b;
      return reply;
    },
  };
  const req = { method: 'POST', url: '/articles?x=1', correlationId: 'c1' };
  const h = { switchToHttp: () => ({ getResponse: () => reply, getRequest: () => req }) } as unknown as ArgumentsHost;
  return { h, sent };
}

const logger = { log: jest.fn(), warn: jest.fn(), error: jest.fn() };

describe('HttpExceptionFilter', () => {
  it("answers Fastify's wrapped body errors in Dyad's words", () => {
    const { h, sent } = host();
    const cause = Object.assign(new Error("Body is not valid JSON but content-type is set to 'application/json'"), { code: 'FST_ERR_CTP_INVALID_JSON_BODY', statusCode: 400 });
    new HttpExceptionFilter(logger).catch(new HttpException(cause.message, 400, { cause }), h);
    expect(sent).toMatchObject({ status: 400, body: { statusCode: 400, error: 'Bad Request', message: 'request body is not valid JSON' } });
  });
  it('keeps the message of an exception of its own', () => {
    const { h, sent } = host();
    new HttpExceptionFilter(logger).catch(new NotFoundException('article 7 not found'), h);
    expect(sent).toMatchObject({ status: 404, body: { statusCode: 404, error: 'Not Found', message: 'article 7 not found' } });
  });
  it('hides an unexpected error behind a 500 and logs it', () => {
    const { h, sent } = host();
    new HttpExceptionFilter(logger).catch(new Error('SELECT secret FROM keys'), h);
    expect(sent).toMatchObject({ status: 500, body: { message: 'internal error; it has been logged' } });
    expect(JSON.stringify(sent.body)).not.toContain('secret');
    expect(logger.error).toHaveBeenCalled();
  });
});
