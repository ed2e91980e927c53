import { headerOf, replyError, type HttpReply, type HttpRequest } from './http-types';

/** Bodies up to this size are read and dropped before the 413; larger ones get it at once. */
const DRAIN_MAX_BYTES = 16 * 1024 * 1024;
/** How long a slow client may take to finish sending what it announced. */
const DRAIN_MAX_MS = 5_000;

/**
 * A body whose Content-Length is over the limit answers 413 naming both sizes. The body is read and
 * dropped first (up to DRAIN_MAX_BYTES, for at most DRAIN_MAX_MS): a server that answers and closes
 * while the client is still sending makes the client's TCP stack see a reset, and the client gets a
 * broken connection instead of the 413 (seen once in CI: `fetch` failed on a 600 kB body). The
 * connection is closed after the answer.
 */
export function oversizeHook(limit: number) {
  return async (req: HttpRequest, reply: HttpReply): Promise<unknown> => {
    const length = Number(headerOf(req, 'content-length') ?? 0);
    if (!(length > limit)) return undefined;
    if (length <= DRAIN_MAX_BYTES) await drain(req.raw, DRAIN_MAX_MS);
    return replyError(reply, 413, 'Payload Too Large', `the body is ${length} bytes; the limit is ${limit} bytes`, { connection: 'close' });
  };
}

function drain(stream: NodeJS.ReadableStream, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      stream.removeListener('end', done);
      stream.removeListener('error', done);
      stream.removeListener('close', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    stream.on('end', done);
    stream.on('error', done);
    stream.on('close', done);
    stream.resume();
  });
}
