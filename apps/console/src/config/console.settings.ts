import {
  databaseCredentials,
  Env,
  HttpTimeouts,
  LogLevel,
  productionSecret,
  readBaseUrl,
  readDuration,
  readHttpTimeouts,
  readLogLevel,
  readPort,
  refuseUnsafeInProduction,
  required,
} from '@redress/platform';
import { randomBytes } from 'node:crypto';

export const CONSOLE_PORT = 3004;

/** Where the console finds the four services: it talks to them only through their public HTTP routes. */
export interface UpstreamUrls {
  intake: string;
  triage: string;
  escalation: string;
  notifier: string;
}

export interface ConsoleSettings {
  service: 'console';
  httpHost: string;
  httpPort: number;
  upstream: UpstreamUrls;
  /** The console's own schema holds the sessions signed out before they expire, for every replica to see. */
  databaseUrl: string;
  /** A staff-reader API key of intake: complaint pages for people signed in with their own tokens. */
  intakeApiKey: string;
  /** Seals the session cookie and derives CSRF tokens. */
  sessionSecret: string;
  sessionTtlMs: number;
  /** Mark cookies Secure: set when the console is served over HTTPS. */
  secureCookies: boolean;
  logLevel: LogLevel;
  httpTimeouts: HttpTimeouts;
  /** Set when no CONSOLE_SESSION_SECRET was given: sessions end with the process. */
  ephemeralSecret: boolean;
}

export const CONSOLE_SETTINGS = Symbol('CONSOLE_SETTINGS');

/**
 * Reads and checks the console's settings; a bad value stops start-up with a message naming it. In production, an
 * unset session secret (everyone signed out at each restart, sessions split between replicas) or the development
 * database password stops it first, with every such problem listed.
 */
export function loadConsoleSettings(env: Env = process.env): ConsoleSettings {
  refuseUnsafeInProduction(env, [databaseCredentials, productionSecret('CONSOLE_SESSION_SECRET', MIN_SECRET_LENGTH)]);
  const secret = readSessionSecret(env);
  return {
    service: 'console',
    httpHost: env.HTTP_HOST ?? '127.0.0.1',
    httpPort: readPort(env, 'PORT', CONSOLE_PORT),
    upstream: {
      intake: readBaseUrl(env, 'INTAKE_URL', 'http://127.0.0.1:3000'),
      triage: readBaseUrl(env, 'TRIAGE_URL', 'http://127.0.0.1:3001'),
      escalation: readBaseUrl(env, 'ESCALATION_URL', 'http://127.0.0.1:3002'),
      notifier: readBaseUrl(env, 'NOTIFIER_URL', 'http://127.0.0.1:3003'),
    },
    databaseUrl: required(env, 'DATABASE_URL'),
    intakeApiKey: required(env, 'CONSOLE_INTAKE_API_KEY'),
    sessionSecret: secret ?? randomBytes(32).toString('base64url'),
    sessionTtlMs: readDuration(env, 'CONSOLE_SESSION_TTL', '8h'),
    secureCookies: env.CONSOLE_SECURE_COOKIES === '1',
    logLevel: readLogLevel(env),
    httpTimeouts: readHttpTimeouts(env),
    ephemeralSecret: secret === undefined,
  };
}

const MIN_SECRET_LENGTH = 32;

/** Unset (or empty, as docker-compose passes an unset variable) outside production: a random secret for this process. */
function readSessionSecret(env: Env): string | undefined {
  const secret = env.CONSOLE_SESSION_SECRET || undefined;
  if (secret !== undefined && secret.length < MIN_SECRET_LENGTH)
    throw new Error(`setting CONSOLE_SESSION_SECRET: use at least ${MIN_SECRET_LENGTH} characters`);
  return secret;
}
