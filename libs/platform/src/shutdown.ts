import type { JsonLogger } from '@dyad/config';

/**
 * Graceful shutdown on SIGTERM/SIGINT: stop taking requests, let those in flight finish, stop the
 * relay and the consumers (they commit and leave the group), close the pool, exit 0. A shutdown
 * that hangs past the timeout exits 1.
 */
export function onSignals(close: () => Promise<void>, timeoutMs: number, logger: JsonLogger) {
  let closing = false;
  const handler = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.log({ msg: 'shutting down', signal }, 'Main');
    setTimeout(() => {
      logger.error({ msg: `shutdown took longer than ${timeoutMs} ms; exiting` }, 'Main');
      process.exit(1);
    }, timeoutMs).unref();
    close().then(
      () => {
        logger.log({ msg: 'stopped' }, 'Main');
        process.exit(0);
      },
      (err: Error) => {
        logger.error({ msg: 'shutdown failed', error: err.message }, 'Main');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', handler);
  process.once('SIGINT', handler);
}
