import {
  brokerCredentials,
  databaseCredentials,
  productionSecret,
  refuseUnsafeInProduction,
  SettingsError,
} from './production';
import { loadServiceSettings } from './settings';

const SAFE = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://intake:Xq7-long-random@db.internal:5432/redress',
  KAFKA_BROKERS: 'kafka.internal:9092',
};

describe('production checks', () => {
  it('refuses the development database passwords, in the URL or in PGPASSWORD, and a missing or broken DATABASE_URL', () => {
    expect(databaseCredentials({ DATABASE_URL: 'postgres://redress:redress@postgres:5432/redress' })).toEqual([
      'setting DATABASE_URL uses the development password "redress": give the database role its own password',
    ]);
    expect(databaseCredentials({ DATABASE_URL: 'postgres://postgres:postgres@127.0.0.1:5433/redress' })).toHaveLength(
      1,
    );
    expect(databaseCredentials({ DATABASE_URL: 'postgres://app@db/redress', PGPASSWORD: 'postgres' })).toHaveLength(1);
    expect(databaseCredentials({})).toEqual(['setting DATABASE_URL is required when NODE_ENV=production']);
    for (const broken of ['db:5432', 'not a url']) {
      expect(databaseCredentials({ DATABASE_URL: broken })).toEqual([
        'setting DATABASE_URL is not a postgres://user:password@host:port/database URL',
      ]);
    }
    expect(databaseCredentials({ DATABASE_URL: SAFE.DATABASE_URL })).toEqual([]);
  });

  it('asks nothing of a broker without credentials, but complete, non-example ones once any KAFKA_SASL_* is set', () => {
    expect(brokerCredentials({})).toEqual([]);
    expect(brokerCredentials({ KAFKA_SASL_USERNAME: 'redress' })).toEqual([
      'setting KAFKA_SASL_MECHANISM must be one of plain, scram-sha-256, scram-sha-512 when KAFKA_SASL_* are set',
      'setting KAFKA_SASL_PASSWORD is required when KAFKA_SASL_* are set',
    ]);
    for (const password of ['admin-secret', 'redress', 'Kafka', 'svc-redress']) {
      expect(
        brokerCredentials({
          KAFKA_SASL_MECHANISM: 'scram-sha-512',
          KAFKA_SASL_USERNAME: 'svc-redress',
          KAFKA_SASL_PASSWORD: password,
        }),
      ).toEqual([
        'setting KAFKA_SASL_PASSWORD is a default or example password (or the user name): give the broker user its own password',
      ]);
    }
    expect(
      brokerCredentials({
        KAFKA_SASL_MECHANISM: 'SCRAM-SHA-512',
        KAFKA_SASL_USERNAME: 'svc-redress',
        KAFKA_SASL_PASSWORD: 'n0t-an-example',
      }),
    ).toEqual([]);
  });

  it('wants a secret given, not the public development value, and long enough', () => {
    const check = productionSecret('WEBHOOK_SECRET', 16, ['redress-local-webhook-secret']);
    expect(check({})).toEqual([
      'setting WEBHOOK_SECRET is required when NODE_ENV=production: give at least 16 random characters',
    ]);
    expect(check({ WEBHOOK_SECRET: 'redress-local-webhook-secret' })).toEqual([
      'setting WEBHOOK_SECRET is the public development value: give at least 16 random characters',
    ]);
    expect(check({ WEBHOOK_SECRET: 'short' })).toEqual(['setting WEBHOOK_SECRET: use at least 16 characters']);
    expect(check({ WEBHOOK_SECRET: 'a'.repeat(16) })).toEqual([]);
  });

  it('runs only in production, and reports every problem at once', () => {
    const unsafe = { DATABASE_URL: 'postgres://redress:redress@postgres/redress', KAFKA_SASL_PASSWORD: 'kafka' };
    expect(() =>
      refuseUnsafeInProduction({ ...unsafe, NODE_ENV: 'development' }, [databaseCredentials, brokerCredentials]),
    ).not.toThrow();
    let error: unknown;
    try {
      refuseUnsafeInProduction({ ...unsafe, NODE_ENV: 'production' }, [databaseCredentials, brokerCredentials]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as SettingsError).problems).toHaveLength(4);
    expect((error as Error).message.split('\n')).toEqual((error as SettingsError).problems);
  });

  it("is part of every service's shared settings, with the service's own checks", () => {
    expect(loadServiceSettings('triage', SAFE)).toMatchObject({ service: 'triage', databaseUrl: SAFE.DATABASE_URL });
    expect(() =>
      loadServiceSettings('triage', { ...SAFE, DATABASE_URL: 'postgres://redress:redress@postgres/redress' }),
    ).toThrow(/development password/);
    expect(() => loadServiceSettings('triage', SAFE, [() => ['setting X is unsafe']])).toThrow(/^setting X is unsafe$/);
  });
});
