import { Message } from 'kafkajs';

/** An unsent outbox row as the relay reads it. */
export interface OutboxRow {
  seq: string;
  event_id: string;
  event_type: string;
  topic: string;
  message_key: string;
  /** The event as JSON text: read as text so it is not parsed and serialised again on its way to the broker. */
  payload: string;
  /** Key and payload bytes plus a record's framing (see RECORD_OVERHEAD_BYTES). */
  bytes: number;
}

/** Kafka's default `message.max.bytes` is 1 MiB plus a few bytes; the default bound stays under it with room for framing. */
export const DEFAULT_MAX_BATCH_BYTES = 1_000_000;

/** Most a record adds to its key and value in a v2 record batch (length, attributes, deltas, lengths, headers). */
export const RECORD_OVERHEAD_BYTES = 40;

/** A record batch's own header (61 bytes in v2), rounded up. */
export const BATCH_OVERHEAD_BYTES = 100;

/**
 * Publishes `rows` with `send`. A batch the broker refuses as too large (its `message.max.bytes` is below the relay's
 * bound) is sent again in halves, `onSplit` told; a single event it refuses is returned, not sent, so the relay can
 * park it and go on.
 */
export async function publishInHalves(
  rows: OutboxRow[],
  send: (rows: OutboxRow[]) => Promise<void>,
  onSplit: (refused: number) => void,
): Promise<OutboxRow[]> {
  try {
    await send(rows);
    return [];
  } catch (error) {
    if (!isMessageTooLarge(error)) throw error;
    if (rows.length === 1) return rows;
    onSplit(rows.length);
    const half = Math.ceil(rows.length / 2);
    return [
      ...(await publishInHalves(rows.slice(0, half), send, onSplit)),
      ...(await publishInHalves(rows.slice(half), send, onSplit)),
    ];
  }
}

/** The broker's MESSAGE_TOO_LARGE (code 10), as kafkajs reports it. */
export function isMessageTooLarge(error: unknown): boolean {
  for (let depth = 0; typeof error === 'object' && error !== null && depth < 5; depth++) {
    const { type, cause } = error as { type?: unknown; cause?: unknown };
    if (type === 'MESSAGE_TOO_LARGE') return true;
    error = cause;
  }
  return false;
}

export function groupByTopic(rows: OutboxRow[]): { topic: string; messages: Message[] }[] {
  const byTopic = new Map<string, Message[]>();
  for (const row of rows) {
    const messages = byTopic.get(row.topic) ?? [];
    messages.push({ key: row.message_key, value: row.payload });
    byTopic.set(row.topic, messages);
  }
  return [...byTopic].map(([topic, messages]) => ({ topic, messages }));
}
