import { RequestMethod } from '@nestjs/common';
import { Correlation } from '@redress/messaging';
import { Params } from 'nestjs-pino';
import { destination, DestinationStream, stdTimeFunctions } from 'pino';
import { Options } from 'pino-http';
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

/** Polled by orchestrators and Prometheus: not worth a line each. */
const QUIET_ROUTES = /^\/(health|metrics)(\/|\?|$)/;

/**
 * One JSON line per entry (pino): ISO time, level name, service, Nest context, message, and the correlation id:
 * from the request (see correlation-id.ts) on lines logged while serving one, from Correlation while an event is
 * handled. Personal data is masked by field name; message texts must not quote it (see redactContacts in notifier).
 */
export function loggerParams(settings: LoggedApp): Params {
  return {
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: [loggerOptions(settings), bufferedStdout()],
  };
}

export function loggerOptions(settings: LoggedApp): Options {
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
    // Lines logged while serving a request carry its id as `correlationId` and nothing else of it.
    quietReqLogger: true,
    customAttributeKeys: { reqId: 'correlationId' },
    serializers: {
      req: (request: { method?: string; url?: string }) => ({ method: request.method, url: request.url }),
      res: (response: { statusCode?: number }) => ({ statusCode: response.statusCode }),
    },
    // Nest's middleware layer (middie) strips the matched path from `url`; `originalUrl` keeps it.
    autoLogging: { ignore: (request) => QUIET_ROUTES.test((request as { originalUrl?: string }).originalUrl ?? request.url ?? '') },
  };
}

/**
 * Lines go out in chunks of up to 8 KiB, at least every 200 ms: a write per line was a system call per request, a
 * measurable share of a core on a busy two-core machine. What is buffered is written out on a normal exit.
 */
function bufferedStdout(): DestinationStream {
  return destination({ dest: 1, sync: false, minLength: 8192, periodicFlush: 200 });
}
