import 'reflect-metadata';
import { JsonLogger, loadConfigOrExit } from '@dyad/config';
import { createApp } from './bootstrap';
import { onSignals } from '@dyad/platform';

async function main() {
  const config = loadConfigOrExit();
  const logger = new JsonLogger(config.LOG_LEVEL);
  const app = await createApp(config, logger);
  await app.listen(config.PORT, config.HOST);
  // Requests in flight finish on shutdown; idle keep-alive sockets do not hold it up.
  app.getHttpServer().keepAliveTimeout = 5_000;
  logger.log({ msg: 'Dyad API listening', port: config.PORT, projector: config.RUN_PROJECTOR, relay: config.RUN_OUTBOX_RELAY }, 'Main');
  onSignals(async () => app.close(), config.SHUTDOWN_TIMEOUT_MS, logger);
}

main().catch((err) => {
  process.stderr.write(`Dyad failed to start: ${(err as Error)?.stack ?? String(err)}\n`);
  process.exit(1);
});
