import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { guardProcess, type Config, type JsonLogger } from '@dyad/config';
import { AppModule } from './app.module';
import { accessControl } from './auth/access-control.hook';
import { correlationHook, jsonOnlyHook } from './common/correlation.hook';
import { oversizeHook } from './common/oversize.hook';
import { jsonSanityHook } from './common/json-sanity.hook';
import { HttpExceptionFilter } from './common/http-exception.filter';
import { securityHeaders } from './common/security-headers.hook';

/** "2mb", "512kb", "100b" in bytes. */
export function bytesOf(limit: string): number {
  const m = /^(\d+)(b|kb|mb)$/i.exec(limit);
  if (!m) throw new Error(`not a size: ${limit}`);
  return Number(m[1]) * { b: 1, kb: 1024, mb: 1024 * 1024 }[m[2].toLowerCase() as 'b' | 'kb' | 'mb'];
}

/**
 * Builds the API application (not yet listening): used by main.ts and by the e2e tests. It runs on
 * Fastify: on this 2-core machine Nest on Express spent ~180 µs of CPU per request in the HTTP layer
 * alone, Nest on Fastify ~27 µs (docs/benchmarks.md).
 */
export async function createApp(config: Config, logger: JsonLogger): Promise<NestFastifyApplication> {
  guardProcess(logger);
  const adapter = new FastifyAdapter({
    bodyLimit: bytesOf(config.BODY_LIMIT),
    // As Express routed: "/articles/" is "/articles", paths are matched regardless of case, and a
    // long path parameter reaches validation (a 400 naming it) instead of being a 404.
    routerOptions: { ignoreTrailingSlash: true, caseSensitive: false, maxParamLength: 4096 },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, logger), adapter, {
    logger,
    abortOnError: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  // Order matters: headers on every answer, CORS preflights before auth, auth before the body is read.
  fastify.addHook('onRequest', securityHeaders({ hstsMaxAge: config.HSTS_MAX_AGE }));
  if (config.CORS_ORIGINS) {
    app.enableCors({
      origin: config.CORS_ORIGINS === '*' ? '*' : config.CORS_ORIGINS.split(','),
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
      allowedHeaders: ['Authorization', 'X-API-Key', 'Content-Type', 'Idempotency-Key', 'Last-Event-ID', 'X-Correlation-Id'],
      exposedHeaders: ['X-Correlation-Id', 'Retry-After'],
      maxAge: 600,
    });
  }
  fastify.addHook('onRequest', correlationHook);
  for (const hook of accessControl(config, logger)) fastify.addHook('onRequest', hook);
  fastify.addHook('onRequest', jsonOnlyHook);
  fastify.addHook('onRequest', oversizeHook(bytesOf(config.BODY_LIMIT)));
  // After the JSON body is parsed, before validation.
  fastify.addHook('preValidation', jsonSanityHook);
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
