import { ensureBrokerBinary } from './build-broker';
import { LauncherProcess } from './launcher-process';

export interface BrokerOptions {
  /** 0 or absent: any free port. Tests should use that; `npm start` may fix one. */
  port?: number;
  /** Topics created before READY. */
  topics?: string[];
  /** Partitions for topics created without an explicit count (default 3). */
  partitions?: number;
  /**
   * Largest record batch a Produce may carry (Kafka's `message.max.bytes`); a larger one is answered
   * MESSAGE_TOO_LARGE. Unlimited when absent.
   */
  maxMessageBytes?: number;
  log?: (line: string) => void;
  readyTimeoutMs?: number;
}

export interface EmbeddedBroker {
  /** Bootstrap address, e.g. "127.0.0.1:39123". */
  brokers: string;
  pid: number;
  createTopics(names: string[], partitions?: number): Promise<void>;
  /**
   * Broker outage: closes every client connection and refuses new ones until setUp(). Unlike killing the
   * launcher, topics, committed offsets and groups survive (the mock keeps them in memory), like a real
   * Kafka broker restarting on the same port.
   */
  setDown(): Promise<void>;
  /** Ends an outage: listens again on the same port. */
  setUp(): Promise<void>;
  /** setDown(), wait ms, setUp(). */
  outage(ms: number): Promise<void>;
  /**
   * The next `count` requests of Kafka API `apiKey` (e.g. 14, SyncGroup) are answered with `errorCode`: a broker
   * refusing a client, to test how the client recovers.
   */
  failNext(apiKey: number, errorCode: number, count?: number): Promise<void>;
  stop(): Promise<void>;
}

const COMMAND_TIMEOUT_MS = 10_000;
const STOP_GRACE_MS = 5_000;
// Kafka's legal topic names; also keeps names from breaking the line protocol.
const TOPIC_NAME = /^[a-zA-Z0-9._-]{1,249}$/;

/**
 * Starts a Kafka-protocol broker (librdkafka's mock cluster, one broker).
 * It exits when stop() is called or when this process exits, even by SIGKILL.
 * Note: the mock also auto-creates unknown topics on Metadata requests that
 * allow it (kafkajs' default), so pre-create topics and disable
 * allowAutoTopicCreation in clients to catch typos.
 */
export async function startBroker(opts: BrokerOptions = {}): Promise<EmbeddedBroker> {
  const log = opts.log ?? (() => undefined);
  const topics = opts.topics ?? [];
  topics.forEach(assertTopicName);
  const binary = await ensureBrokerBinary({ log });

  const args = ['--port', String(opts.port ?? 0)];
  if (opts.partitions !== undefined) args.push('--partitions', String(opts.partitions));
  if (opts.maxMessageBytes !== undefined) args.push('--max-message-bytes', String(wholeNumber(opts.maxMessageBytes)));
  const launcher = new LauncherProcess(binary, [...args, ...topics], log);

  let brokers: string;
  try {
    const ready = await launcher.nextLine(opts.readyTimeoutMs ?? 10_000, 'READY');
    const match = /^READY (\S+)$/.exec(ready);
    if (!match) throw launcher.failure(`unexpected first line: ${ready}`);
    brokers = match[1];
  } catch (err) {
    await launcher.stop(STOP_GRACE_MS);
    throw err;
  }

  // One command in flight at a time: replies are matched to commands by order.
  let queue: Promise<unknown> = Promise.resolve();
  const createTopics = (names: string[], partitions?: number): Promise<void> => {
    names.forEach(assertTopicName);
    const run = async () => {
      for (const name of names) {
        launcher.send(partitions === undefined ? `topic ${name}` : `topic ${name} ${partitions}`);
        const reply = await launcher.nextLine(COMMAND_TIMEOUT_MS, `reply to topic ${name}`);
        if (reply !== `OK ${name}`) throw new Error(`embedded Kafka broker: creating topic ${name} failed: ${reply}`);
      }
    };
    const result = queue.then(run);
    queue = result.catch(() => undefined);
    return result;
  };

  const command = (line: string): Promise<void> => {
    const [name] = line.split(' ');
    const run = async () => {
      launcher.send(line);
      const reply = await launcher.nextLine(COMMAND_TIMEOUT_MS, `reply to ${name}`);
      if (reply !== `OK ${name}`) throw new Error(`embedded Kafka broker: ${line} failed: ${reply}`);
    };
    const result = queue.then(run);
    queue = result.catch(() => undefined);
    return result;
  };
  const setDown = () => command('down');
  const setUp = () => command('up');

  return {
    brokers,
    pid: launcher.pid,
    createTopics,
    setDown,
    setUp,
    outage: async (ms: number) => {
      await setDown();
      try {
        await new Promise((resolve) => setTimeout(resolve, ms));
      } finally {
        await setUp();
      }
    },
    failNext: (apiKey, errorCode, count = 1) =>
      command(`fail ${wholeNumber(apiKey)} ${wholeNumber(errorCode)} ${wholeNumber(count)}`),
    stop: () => launcher.stop(STOP_GRACE_MS),
  };
}

function wholeNumber(value: number): number {
  if (!Number.isInteger(value) || value < 0) throw new Error(`expected a whole number, got ${value}`);
  return value;
}

function assertTopicName(name: string): void {
  if (!TOPIC_NAME.test(name)) throw new Error(`invalid Kafka topic name: ${JSON.stringify(name)}`);
}
