import 'reflect-metadata';
import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { guardProcess, JsonLogger, loadConfigOrExit, type Config } from '@dyad/config';
import { CoreModule, onSignals } from '@dyad/platform';
import { ProjectorModule } from './projector.module';

/** The projector alone: for running more instances in the consumer group than API processes. */
@Module({})
class ProjectorAppModule {
  static forRoot(config: Config, logger: JsonLogger): DynamicModule {
    return { module: ProjectorAppModule, imports: [CoreModule.forRoot(config, logger), ProjectorModule] };
  }
}

async function main() {
  const config = loadConfigOrExit();
  const logger = new JsonLogger(config.LOG_LEVEL);
  guardProcess(logger);
  const app = await NestFactory.createApplicationContext(ProjectorAppModule.forRoot(config, logger), { logger, abortOnError: false });
  onSignals(() => app.close(), config.SHUTDOWN_TIMEOUT_MS, logger);
  logger.log({ msg: 'Dyad projector running', group: config.PROJECTOR_GROUP_ID }, 'Main');
}

main().catch((err) => {
  process.stderr.write(`Dyad projector failed to start: ${(err as Error)?.stack ?? String(err)}\n`);
  process.exit(1);
});
