import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  createAppLogger,
  httpServerTimeouts,
  observeHttpRequests,
  parseFormBody,
  refuseMalformedQueries,
  requestCorrelationId,
  settingsOrExit,
  stopOnSignals,
} from '@redress/platform';
import { Logger as PinoLogger } from 'nestjs-pino';
import { join } from 'node:path';
import { loadConsoleSettings } from './config/console.settings';
import { consoleModule } from './console.module';
import { consoleDir, viewEngine } from './views';

/** Forms are small: the longest is three deliverables of at most a few thousand characters. */
const MAX_BODY_BYTES = 64 * 1024;

/** The people's console: server-rendered pages over the four services' public HTTP routes. */
async function main(): Promise<void> {
  const settings = settingsOrExit('console', () => loadConsoleSettings());
  const logger = new Logger('console');
  const appLogger = createAppLogger(settings);
  const app = await NestFactory.create<NestFastifyApplication>(
    consoleModule(settings, appLogger),
    new FastifyAdapter({
      bodyLimit: MAX_BODY_BYTES,
      genReqId: requestCorrelationId,
      ...httpServerTimeouts(settings.httpTimeouts),
    }),
    { bufferLogs: true, bodyParser: false },
  );
  app.useLogger(app.get(PinoLogger));
  const fastify = app.getHttpAdapter().getInstance();
  observeHttpRequests(fastify, appLogger);
  refuseMalformedQueries(fastify);
  // Forms only, decoded as strictly as the services decode JSON; any other content type is a 415.
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'buffer' }, (_request, body, done) => {
    try {
      done(null, parseFormBody(body as Buffer));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
  fastify.addHook('onSend', async (_request, reply) => {
    // Pages are made here and nowhere else: no framing by other sites, no scripts but our own.
    reply
      .header('x-frame-options', 'DENY')
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'same-origin');
    if (!reply.hasHeader('content-security-policy')) {
      reply.header(
        'content-security-policy',
        "default-src 'self'; img-src 'self'; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'",
      );
    }
  });
  const dir = consoleDir();
  app.useStaticAssets({ root: join(dir, 'public'), prefix: '/assets/', maxAge: '1h' });
  app.setViewEngine({
    engine: { handlebars: viewEngine() },
    root: join(dir, 'views'),
    layout: 'layout.hbs',
    production: true,
    options: {
      partials: {
        pager: 'partials/pager.hbs',
        'trail-pager': 'partials/trail-pager.hbs',
        'field-error': 'partials/field-error.hbs',
        effect: 'partials/effect.hbs',
        'report-section': 'partials/report-section.hbs',
      },
    },
  });
  await app.listen(settings.httpPort, settings.httpHost);
  logger.log(`console on http://${settings.httpHost}:${settings.httpPort}`);
  if (settings.ephemeralSecret)
    logger.warn('CONSOLE_SESSION_SECRET is not set: sessions end when the console restarts');

  stopOnSignals(logger, () => app.close());
}

void main();
