import type { Env } from './env';

/**
 * With NODE_ENV=production (the Docker image sets it) a setting that only does for development stops start-up: a
 * secret left at its public default, the development database password, messages that would only be logged.
 */
export function isProduction(env: Env): boolean {
  return env.NODE_ENV === 'production';
}

/** One rule of production mode: the problems it finds in the environment, each a line naming the setting. */
export type ProductionCheck = (env: Env) => string[];

/** Several problems found at once; its message has one line per problem. */
export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'SettingsError';
  }
}

/** Runs every check in production (none outside it) and stops start-up with all their problems together. */
export function refuseUnsafeInProduction(env: Env, checks: readonly ProductionCheck[]): void {
  if (!isProduction(env)) return;
  const problems = checks.flatMap((check) => check(env));
  if (problems.length > 0) throw new SettingsError(problems);
}

/** Passwords of the development setups: docker-compose.yml and the embedded stack of `npm start` and the tests. */
export const DEVELOPMENT_PASSWORDS: readonly string[] = ['redress', 'postgres'];

/** DATABASE_URL must be given, and its password (or PGPASSWORD's) must not be a development one. */
export const databaseCredentials: ProductionCheck = (env) => {
  const text = env.DATABASE_URL;
  if (!text) return ['setting DATABASE_URL is required when NODE_ENV=production'];
  const url = URL.canParse(text) ? new URL(text) : null;
  if (!url || !['postgres:', 'postgresql:'].includes(url.protocol)) {
    return ['setting DATABASE_URL is not a postgres://user:password@host:port/database URL'];
  }
  const password = url.password ? decodeURIComponent(url.password) : env.PGPASSWORD;
  return password !== undefined && DEVELOPMENT_PASSWORDS.includes(password)
    ? [`setting DATABASE_URL uses the development password "${password}": give the database role its own password`]
    : [];
};

const SASL_MECHANISMS = ['plain', 'scram-sha-256', 'scram-sha-512'];
/** What example broker setups use; a broker reachable with one of these is open to anyone who read the example. */
const DEVELOPMENT_BROKER_PASSWORDS = [
  ...DEVELOPMENT_PASSWORDS,
  'kafka',
  'admin',
  'admin-secret',
  'password',
  'secret',
  'changeme',
];

/** Broker credentials are optional, but once any KAFKA_SASL_* is set they must be complete and not an example's. */
export const brokerCredentials: ProductionCheck = (env) => {
  const mechanism = env.KAFKA_SASL_MECHANISM;
  const username = env.KAFKA_SASL_USERNAME;
  const password = env.KAFKA_SASL_PASSWORD;
  if (!mechanism && !username && !password) return [];
  const problems: string[] = [];
  if (!mechanism || !SASL_MECHANISMS.includes(mechanism.toLowerCase())) {
    problems.push(
      `setting KAFKA_SASL_MECHANISM must be one of ${SASL_MECHANISMS.join(', ')} when KAFKA_SASL_* are set`,
    );
  }
  if (!username) problems.push('setting KAFKA_SASL_USERNAME is required when KAFKA_SASL_* are set');
  if (!password) problems.push('setting KAFKA_SASL_PASSWORD is required when KAFKA_SASL_* are set');
  else if (DEVELOPMENT_BROKER_PASSWORDS.includes(password.toLowerCase()) || password === username) {
    problems.push(
      'setting KAFKA_SASL_PASSWORD is a default or example password (or the user name): give the broker user its own password',
    );
  }
  return problems;
};

/** What every service checks: it reaches its database and its broker. */
export const SERVICE_PRODUCTION_CHECKS: readonly ProductionCheck[] = [databaseCredentials, brokerCredentials];

/** A secret of at least `minLength` characters that is given, and is not one of the public development values. */
export function productionSecret(
  name: string,
  minLength: number,
  developmentValues: readonly string[] = [],
): ProductionCheck {
  return (env) => {
    const value = env[name];
    if (!value)
      return [`setting ${name} is required when NODE_ENV=production: give at least ${minLength} random characters`];
    if (developmentValues.includes(value))
      return [`setting ${name} is the public development value: give at least ${minLength} random characters`];
    if (value.length < minLength) return [`setting ${name}: use at least ${minLength} characters`];
    return [];
  };
}
