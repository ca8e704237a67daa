import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kafkaServerOptions } from '../kafka-server.options';
import { readKafkaSecurity } from './kafka-security';
import { loadServiceSettings } from './settings';

const dir = mkdtempSync(join(tmpdir(), 'kafka-security-'));
const CA_FILE = join(dir, 'ca.pem');
const PEM = '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----\n';
writeFileSync(CA_FILE, PEM);
const NOT_PEM_FILE = join(dir, 'ca.der');
writeFileSync(NOT_PEM_FILE, Buffer.from([0x30, 0x82, 0x01, 0xb3]));

const SCRAM = {
  KAFKA_SASL_MECHANISM: 'scram-sha-512',
  KAFKA_SASL_USERNAME: 'redress-triage',
  KAFKA_SASL_PASSWORD: 's3cret',
};

describe('Kafka security settings', () => {
  it('adds nothing for a plaintext cluster', () => {
    expect(readKafkaSecurity({})).toEqual({});
  });

  it('builds the TLS and SASL options kafkajs takes', () => {
    expect(readKafkaSecurity({ ...SCRAM, KAFKA_SSL: 'true', KAFKA_SSL_CA_FILE: CA_FILE })).toEqual({
      ssl: { rejectUnauthorized: true, ca: [PEM] },
      sasl: { mechanism: 'scram-sha-512', username: 'redress-triage', password: 's3cret' },
    });
    expect(readKafkaSecurity({ KAFKA_SSL: 'true', KAFKA_SSL_REJECT_UNAUTHORIZED: 'false' })).toEqual({
      ssl: { rejectUnauthorized: false },
    });
    expect(
      readKafkaSecurity({
        KAFKA_SASL_MECHANISM: 'plain',
        KAFKA_SASL_USERNAME: 'u',
        KAFKA_SASL_PASSWORD: 'p',
        KAFKA_SSL: 'true',
      }).sasl,
    ).toEqual({
      mechanism: 'plain',
      username: 'u',
      password: 'p',
    });
  });

  it("passes them to the service's consumer and producer client", () => {
    const settings = loadServiceSettings('triage', {
      DATABASE_URL: 'postgres://x',
      KAFKA_BROKERS: 'kafka:9093',
      ...SCRAM,
      KAFKA_SSL: 'true',
    });
    const { client } = kafkaServerOptions(settings).options ?? {};
    expect(client).toMatchObject({
      brokers: ['kafka:9093'],
      ssl: { rejectUnauthorized: true },
      sasl: { mechanism: 'scram-sha-512', username: 'redress-triage' },
    });
  });

  it.each([
    [{ KAFKA_SSL: 'yes' }, 'setting KAFKA_SSL: "yes" is not true or false'],
    [
      { KAFKA_SSL: 'true', KAFKA_SSL_REJECT_UNAUTHORIZED: '0' },
      'setting KAFKA_SSL_REJECT_UNAUTHORIZED: "0" is not true or false',
    ],
    [{ KAFKA_SSL_CA_FILE: CA_FILE }, 'setting KAFKA_SSL_CA_FILE: only used with KAFKA_SSL=true'],
    [{ KAFKA_SSL: 'true', KAFKA_SSL_CA_FILE: join(dir, 'missing.pem') }, 'setting KAFKA_SSL_CA_FILE: cannot read'],
    [
      { KAFKA_SSL: 'true', KAFKA_SSL_CA_FILE: NOT_PEM_FILE },
      'setting KAFKA_SSL_CA_FILE: ' + NOT_PEM_FILE + ' holds no PEM certificate',
    ],
    [
      { ...SCRAM, KAFKA_SASL_MECHANISM: 'SCRAM-SHA-1' },
      'setting KAFKA_SASL_MECHANISM: "SCRAM-SHA-1" is not one of scram-sha-256, scram-sha-512, plain',
    ],
    [
      { ...SCRAM, KAFKA_SASL_MECHANISM: 'plain' },
      'setting KAFKA_SASL_MECHANISM: plain sends the password as it is and needs KAFKA_SSL=true',
    ],
    [
      { KAFKA_SASL_USERNAME: 'u', KAFKA_SASL_PASSWORD: 'p' },
      'setting KAFKA_SASL_MECHANISM is required with KAFKA_SASL_USERNAME',
    ],
    [{ ...SCRAM, KAFKA_SASL_PASSWORD: '' }, 'setting KAFKA_SASL_PASSWORD is required'],
  ])('refuses %j naming the setting', (env, message) => {
    expect(() => readKafkaSecurity(env)).toThrow(message);
    expect(() =>
      loadServiceSettings('intake', { DATABASE_URL: 'postgres://x', KAFKA_BROKERS: 'kafka:9092', ...env }),
    ).toThrow(message);
  });
});
