import { ServiceName } from '@redress/contracts';
import { KafkaConfig } from 'kafkajs';

export interface MessagingOptions {
  /** The service that owns the schema and signs its events as `source`. */
  service: ServiceName;
  /** Postgres schema holding this service's outbox and inbox. */
  schema: string;
  brokers: string[];
  /** TLS and SASL settings for the relay's producer, as @redress/platform reads them. */
  kafkaSecurity?: Pick<KafkaConfig, 'ssl' | 'sasl'>;
  /** Attempts at a failing handler before its message goes to the dead-letter topic. */
  maxAttempts?: number;
  /** First retry delay; each later one is four times longer. */
  retryBackoffMs?: number;
}

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');
