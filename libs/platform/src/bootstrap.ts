import { Logger, Type } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { BatchingKafkaServer } from '@redress/messaging';
import { Logger as PinoLogger } from 'nestjs-pino';
import { ServiceSettings } from './config/settings';
import { ApiDocsOptions, serveApiDocs } from './http/api-docs/api-docs';
import { parseJsonBody } from './http/json-body';
import { httpServerTimeouts } from './http/server-timeouts';
import { parseFormBody, refuseMalformedQueries } from './http/well-formed-text';
import { requestValidationPipe } from './http/validation';
import { UnexpectedErrorFilter } from './http/unexpected-error.filter';
import { kafkaServerOptions } from './kafka-server.options';
import { requestCorrelationId } from './observability/correlation-id';
import { createAppLogger } from './observability/logging';
import { withObservability } from './observability/observability.module';
import { observeHttpRequests } from './observability/observe-http';
import { retryUntilStarted } from './retry-until-started';
import { stopOnSignals } from './stop-on-signals';

/** Request bodies above this are refused with 413 before they are parsed. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Starts a service as a hybrid app: HTTP on Fastify plus its Kafka consumer. On SIGTERM or SIGINT the consumer
 * stops first and finishes its in-flight message, then HTTP, the relay and the database close, so nothing in
 * flight loses its connection.
 */
export async function runService(
  module: Type<unknown>,
  settings: ServiceSettings,
  docs?: ApiDocsOptions,
  /** Also read HTML form posts (pages customers use without JavaScript), as strictly as JSON. */
  acceptForms = false,
  /** Registers what one service alone reads (intake's multipart uploads), after the shared parsers, before listening. */
  prepare?: (app: NestFastifyApplication) => Promise<void>,
): Promise<NestFastifyApplication> {
  const logger = new Logger(settings.service);
  const appLogger = createAppLogger(settings);
  const app = await NestFactory.create<NestFastifyApplication>(
    withObservability(module, settings, appLogger),
    new FastifyAdapter({
      bodyLimit: MAX_BODY_BYTES,
      genReqId: requestCorrelationId,
      ...httpServerTimeouts(settings.httpTimeouts),
    }),
    // Held until pino takes over, so start-up lines are JSON too.
    { bufferLogs: true, bodyParser: false },
  );
  app.useLogger(app.get(PinoLogger));
  const fastify = app.getHttpAdapter().getInstance();
  observeHttpRequests(fastify, appLogger);
  refuseMalformedQueries(fastify);
  // Bodies are strict JSON only; with Fastify's other parsers gone, any other content type is a 415.
  fastify.removeAllContentTypeParsers();
  // Nest's own parsers are off (bodyParser: false), so this is the only way a body is read.
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) => {
    try {
      done(null, parseJsonBody(body as Buffer));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
  if (acceptForms) {
    fastify.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'buffer' }, (_request, body, done) => {
      try {
        done(null, parseFormBody(body as Buffer));
      } catch (error) {
        done(error as Error, undefined);
      }
    });
  }
  await prepare?.(app);
  app.useGlobalPipes(requestValidationPipe());
  app.useGlobalFilters(new UnexpectedErrorFilter(app.get(HttpAdapterHost).httpAdapter));
  if (docs) serveApiDocs(app, docs);
  const consumer = app.connectMicroservice(
    { strategy: new BatchingKafkaServer(kafkaServerOptions(settings).options ?? {}) },
    // Not the HTTP pipes and filters: the HTTP error filter would swallow a failed handler's error, and kafkajs would
    // then commit the offset of a message that was never applied.
    { inheritAppConfig: false },
  );
  // HTTP first: while the broker is out of reach the service answers, and /health/ready says it is not ready yet.
  await app.listen(settings.httpPort, settings.httpHost);
  logger.log(`listening on http://${settings.httpHost}:${settings.httpPort}`);
  // Before the consumer starts, which waits as long as the broker is away: a stop must work meanwhile too.
  stopOnSignals(logger, async () => {
    await consumer.close();
    await app.close();
  });
  await retryUntilStarted(
    () => app.startAllMicroservices(),
    (error, delayMs) =>
      logger.warn(`cannot reach the broker yet (${error.message}); trying again in ${delayMs / 1000} s`),
  );
  logger.log(`consuming as ${settings.kafkaGroupId}`);
  return app;
}
