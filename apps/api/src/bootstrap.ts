import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { guardProcess, type Config, type JsonLogger } from '@dyad/config';
import { AppModule } from './app.module';
import { accessControl } from './auth/access-control.middleware';
import { correlationMiddleware, jsonOnlyMiddleware } from './common/correlation.middleware';
import { jsonSanityMiddleware } from './common/json-sanity.middleware';
import { HttpExceptionFilter } from './common/http-exception.filter';
import { securityHeaders } from './common/security-headers.middleware';

/** Builds the API application (not yet listening): used by main.ts and by the e2e tests. */
export async function createApp(config: Config, logger: JsonLogger): Promise<NestExpressApplication> {
  guardProcess(logger);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, logger), {
    logger,
    bodyParser: false,
    abortOnError: false,
  });
  app.disable('x-powered-by');
  app.set('etag', false);
  // Order matters: headers on every answer, CORS preflights before auth, auth before the body is read.
  app.use(securityHeaders({ hstsMaxAge: config.HSTS_MAX_AGE }));
  if (config.CORS_ORIGINS) {
    app.enableCors({
      origin: config.CORS_ORIGINS === '*' ? '*' : config.CORS_ORIGINS.split(','),
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
      allowedHeaders: ['Authorization', 'X-API-Key', 'Content-Type', 'Idempotency-Key', 'Last-Event-ID', 'X-Correlation-Id'],
      exposedHeaders: ['X-Correlation-Id', 'Retry-After'],
      maxAge: 600,
    });
  }
  app.use(correlationMiddleware, ...accessControl(config, logger), jsonOnlyMiddleware);
  app.useBodyParser('json', { limit: config.BODY_LIMIT, strict: true });
  app.use(jsonSanityMiddleware);
  app.useGlobalFilters(new HttpExceptionFilter(logger, { retryAfterS: config.UNAVAILABLE_RETRY_AFTER_S, logStacks: config.LOG_LEVEL === 'debug' }));

  const doc = new DocumentBuilder()
    .setTitle('Dyad')
    .setDescription('Event-sourced tracking of relations between countries from the news')
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'API key (scopes: ingest, admin, read)' })
    .addSecurityRequirements('bearer')
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, doc), { jsonDocumentUrl: 'docs-json' });
  return app;
}
