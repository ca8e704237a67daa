import { Correlation } from '@redress/messaging';
import type { FastifyInstance } from 'fastify';
import { Params } from 'nestjs-pino';
import { destination, DestinationStream, Logger, LoggerOptions, pino, stdTimeFunctions } from 'pino';
import { LogLevel } from '../config/settings';

/** What logging needs of an app: a service or the console. */
export interface LoggedApp {
  service: string;
  logLevel: LogLevel;
}

/**
 * Fields that hold personal data wherever they appear in a logged object, up to three levels deep. Only leaves: a
 * path that masks a whole object around another masked path leaves the caller's object masked after the log call.
 */
const PERSONAL_FIELDS = ['name', 'phone', 'email', 'address', 'recipient'];
const SECRET_HEADERS = ['authorization', '"x-api-key"', 'cookie'];
export const MASKED_PATHS = [
  ...PERSONAL_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]),
  ...SECRET_HEADERS.map((header) => `req.headers[${header}]`),
];

/**
 * Our secrets by their shape (see newToken): a feedback or status link's token is its URL, and a client may put a key in a
 * query string by mistake. Matched by prefix and length, so a token mistyped by a character is masked too.
 */
const TOKEN_IN_URL = /\b(fb|st|r[kmos])_[\w-]{20,}/g;

/** The URL as logged: tokens in it masked. */
export function maskUrl(url: string): string {
  return url.replace(TOKEN_IN_URL, '$1_[masked]');
}

/** Polled by orchestrators and Prometheus: not worth a line each. */
const QUIET_ROUTES = /^\/(health|metrics)(\/|\?|$)/;

/**
 * The app's one logger. One JSON line per entry: ISO time, level name, service, Nest context, message, and the
 * correlation id of the request being served or the event being handled (see Correlation). Personal data is
 * masked by field name; message texts must not quote it (see redactContacts in notifier).
 */
export function createAppLogger(app: LoggedApp): Logger {
  return pino(loggerOptions(app), bufferedStdout());
}

/**
 * Nest's logs through `logger`. nestjs-pino's pino-http middleware is on no route: requests are logged by
 * logHttpRequests, because the middleware (a child logger per request, behind Nest's middleware layer) cost about a
 * tenth of intake's CPU under a burst.
 */
export function loggerParams(logger: Logger): Params {
  return { forRoutes: [], pinoHttp: { logger } };
}

export function loggerOptions(settings: LoggedApp): LoggerOptions {
  return {
    level: settings.logLevel,
    base: { service: settings.service },
    timestamp: stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    // A new object every time: pino merges the line's own fields into it.
    mixin: () => {
      const correlationId = Correlation.current();
      return correlationId ? { correlationId } : {};
    },
    redact: { paths: MASKED_PATHS, censor: '[masked]' },
  };
}

/** A line per answered request (not health checks and scrapes): method, URL (tokens masked), status and time; 5xx at error level. */
export function logHttpRequests(fastify: FastifyInstance, logger: Logger): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    if (!QUIET_ROUTES.test(request.url)) {
      logger[reply.statusCode >= 500 ? 'error' : 'info'](
        {
          correlationId: request.id,
          req: { method: request.method, url: maskUrl(request.url) },
          res: { statusCode: reply.statusCode },
          responseTime: Math.round(reply.elapsedTime),
        },
        'request completed',
      );
    }
    done();
  });
}

/**
 * Lines go out in chunks of up to 8 KiB, at least every 200 ms: a write per line was a system call per request, a
 * measurable share of a core on a busy two-core machine. What is buffered is written out on a normal exit.
 */
function bufferedStdout(): DestinationStream {
  return destination({ dest: 1, sync: false, minLength: 8192, periodicFlush: 200 });
}
