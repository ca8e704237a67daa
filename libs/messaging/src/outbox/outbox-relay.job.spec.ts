import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { OutboxRelayJob } from './outbox-relay.job';

jest.mock('kafkajs', () => {
  const actual = jest.requireActual('kafkajs');
  return { ...actual, Kafka: jest.fn((config) => new actual.Kafka(config)) };
});

describe('outbox relay client', () => {
  it("connects with the service's TLS and SASL settings", () => {
    const kafkaSecurity = {
      ssl: { rejectUnauthorized: true },
      sasl: { mechanism: 'scram-sha-256' as const, username: 'redress-intake', password: 's3cret' },
    };
    new OutboxRelayJob({} as DataSource, {
      service: 'intake',
      schema: 'intake',
      brokers: ['kafka:9093'],
      kafkaSecurity,
    });
    expect(Kafka).toHaveBeenCalledWith(expect.objectContaining({ brokers: ['kafka:9093'], ...kafkaSecurity }));
  });
});
