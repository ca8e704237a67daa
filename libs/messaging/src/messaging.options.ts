import { ServiceName } from '@redress/contracts';
import { OutageBackoff } from './consumer/held-partitions';
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
  /** Most bytes of events the outbox relay puts in one produce request (OUTBOX_MAX_BATCH_BYTES, 1 MB). */
  maxBatchBytes?: number;
  /** Waits between retries of a message held through an infrastructure outage (250 ms doubling to 30 s). */
  outageBackoff?: OutageBackoff;
}

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');
