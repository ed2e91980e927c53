import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { Config, JsonLogger } from '@dyad/config';
import { AppModule } from './app.module';
import { correlationMiddleware, jsonOnlyMiddleware } from './common/correlation.middleware';
import { HttpExceptionFilter } from './common/http-exception.filter';

/** Builds the API application (not yet listening): used by main.ts and by the e2e tests. */
export async function createApp(config: Config, logger: JsonLogger): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, logger), {
    logger,
    bodyParser: false,
    abortOnError: false,
  });
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(correlationMiddleware, jsonOnlyMiddleware);
  app.useBodyParser('json', { limit: config.BODY_LIMIT, strict: true });
  app.useGlobalFilters(new HttpExceptionFilter(logger));

  const doc = new DocumentBuilder()
    .setTitle('Dyad')
    .setDescription('Event-sourced tracking of relations between countries from the news')
    .setVersion('1')
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, doc), { jsonDocumentUrl: 'docs-json' });
  return app;
}
