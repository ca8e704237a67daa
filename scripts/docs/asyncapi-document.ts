import { ALL_EVENT_TYPES, deadLetterTopic, EVENT_VERSION, EventType, SERVICES, ServiceName } from '@redress/contracts';
import { DeadLetterHeader, ReplayHeader } from '@redress/messaging';
import { EVENT_CATALOGUE, publishersOf } from './event-catalogue';
import { envelopeSchema, payloadClassName, payloadSchemas } from './event-schemas';

const SCHEMAS = '#/components/schemas/';
const KAFKA_BINDING = '0.5.0';
/** Who reads the dead-letter topics: the operations CLIs in scripts/ops. */
const DLQ_TOOLS = 'dlq-tools';

const DEAD_LETTER_HEADERS: Record<string, string> = {
  [DeadLetterHeader.OriginalTopic]: 'The topic the message was consumed from.',
  [DeadLetterHeader.OriginalPartition]: 'Its partition.',
  [DeadLetterHeader.OriginalOffset]: 'Its offset.',
  [DeadLetterHeader.Reason]: 'malformed (not a JSON envelope), invalid (breaks the contract), unhandled (another type or a newer version), or handler-failed.',
  [DeadLetterHeader.Error]: 'What went wrong (at most 2,000 characters).',
  [DeadLetterHeader.Attempts]: 'Attempts at the handler (0 when it was refused before reaching it).',
  [DeadLetterHeader.FailedAt]: 'When it was parked (ISO-8601).',
};

/** The AsyncAPI 3.0.0 document of every topic: one channel per event type, one per dead-letter topic. */
export function asyncApiDocument(): Record<string, unknown> {
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Redress events',
      version: `${EVENT_VERSION}.0.0`,
      description:
        'Events the four Redress services exchange over Kafka, generated from libs/contracts by `npm run docs:events`. ' +
        'One topic per event type, named as the type; KAFKA_TOPIC_PREFIX, when set, goes in front of every topic and ' +
        'consumer group. The message key is the aggregate id, so one complaint\'s or one root cause\'s events stay in ' +
        'order. Each service parks what it cannot process on `dlq.<service>`.',
      tags: [
        ...SERVICES.map((service) => ({ name: service, description: `What ${service} publishes and consumes.` })),
        { name: DLQ_TOOLS, description: 'The operations CLIs that list and replay dead letters (scripts/ops).' },
      ],
    },
    defaultContentType: 'application/json',
    servers: {
      local: { host: '127.0.0.1:9092', protocol: 'kafka', description: 'The embedded broker of `npm start`; KAFKA_BROKERS names another cluster.' },
    },
    channels: Object.fromEntries([
      ...ALL_EVENT_TYPES.map((type) => [type, eventChannel(type)]),
      ...SERVICES.map((service) => [dlqTopic(service), deadLetterChannel(service)]),
    ]),
    operations: Object.fromEntries([...ALL_EVENT_TYPES.flatMap(eventOperations), ...SERVICES.flatMap(deadLetterOperations)]),
    components: {
      correlationIds: {
        correlationId: { description: 'The complaint or root cause the story is about.', location: '$message.payload#/correlationId' },
      },
      messages: Object.fromEntries([
        ...ALL_EVENT_TYPES.map((type) => [type, eventMessage(type)]),
        ['dead-letter', deadLetterMessage()],
        ['replay-marker', replayMarkerMessage()],
      ]),
      schemas: {
        ...payloadSchemas(SCHEMAS),
        ...Object.fromEntries(ALL_EVENT_TYPES.map((type) => [envelopeName(type), envelopeSchema(type, SCHEMAS)])),
      },
    },
  };
}

function eventChannel(type: EventType) {
  const { summary, key, consumers } = EVENT_CATALOGUE[type];
  const publisher = publishersOf(type).join(', ');
  const readers = consumers.length > 0 ? `consumed by ${consumers.join(', ')}` : 'not consumed by any service yet';
  return {
    address: type,
    title: type,
    description: `${summary} Key: ${key}. Published by ${publisher}, ${readers}.`,
    messages: { [type]: { $ref: `#/components/messages/${type}` } },
    bindings: { kafka: { topic: type, bindingVersion: KAFKA_BINDING } },
  };
}

function eventOperations(type: EventType): [string, unknown][] {
  const { consumers } = EVENT_CATALOGUE[type];
  const channel = { $ref: `#/channels/${type}` };
  const messages = [{ $ref: `#/channels/${type}/messages/${type}` }];
  return [
    ...publishersOf(type).map((publisher): [string, unknown] => [
      `${publisher}.sends.${type}`,
      {
        action: 'send',
        channel,
        messages,
        summary: `${publisher} publishes ${type} through its outbox.`,
        description:
          `Written in the same transaction as the change it reports (transactional outbox); the relay publishes it ` +
          `with an idempotent producer, keyed by ${EVENT_CATALOGUE[type].key}.`,
        tags: [{ name: publisher }],
        'x-service': publisher,
      },
    ]),
    ...consumers.map((consumer): [string, unknown] => [
      `${consumer}.receives.${type}`,
      {
        action: 'receive',
        channel,
        messages,
        summary: `${consumer} consumes ${type}, once per event id (inbox).`,
        description:
          `Validated against its payload class, then applied and recorded in ${consumer}'s inbox in one transaction; ` +
          `a message that cannot be parsed or validated, or keeps failing, goes to ${dlqTopic(consumer)}.`,
        tags: [{ name: consumer }],
        'x-service': consumer,
        bindings: { kafka: { groupId: { type: 'string', enum: [consumer] }, bindingVersion: KAFKA_BINDING } },
      },
    ]),
  ];
}

function eventMessage(type: EventType) {
  return {
    name: type,
    title: type,
    summary: EVENT_CATALOGUE[type].summary,
    contentType: 'application/json',
    correlationId: { $ref: '#/components/correlationIds/correlationId' },
    headers: {
      type: 'object',
      properties: {
        [ReplayHeader.ReplayedFrom]: {
          type: 'string',
          description: 'Only on a message `npm run dlq:replay` republished: the dead letter it came from, `<dlq topic>:<partition>:<offset>`.',
        },
      },
    },
    payload: { $ref: `${SCHEMAS}${envelopeName(type)}` },
    bindings: {
      kafka: { key: { type: 'string', format: 'uuid', description: EVENT_CATALOGUE[type].key }, bindingVersion: KAFKA_BINDING },
    },
  };
}

function deadLetterChannel(service: ServiceName) {
  return {
    address: dlqTopic(service),
    title: dlqTopic(service),
    description:
      `Messages ${service} could not process: malformed, invalid or unhandled ones at once, a failing handler after its ` +
      'retries. `npm run dlq:list` shows them; `npm run dlq:replay` republishes them to their original topic and ' +
      'appends a replay marker here, so each is replayed once.',
    messages: { 'dead-letter': { $ref: '#/components/messages/dead-letter' }, 'replay-marker': { $ref: '#/components/messages/replay-marker' } },
    bindings: { kafka: { topic: dlqTopic(service), bindingVersion: KAFKA_BINDING } },
  };
}

function deadLetterOperations(service: ServiceName): [string, unknown][] {
  const topic = dlqTopic(service);
  const channel = { $ref: `#/channels/${topic}` };
  return [
    [
      `${service}.sends.${topic}`,
      {
        action: 'send',
        channel,
        messages: [{ $ref: `#/channels/${topic}/messages/dead-letter` }],
        summary: `${service} parks a message it cannot process.`,
        description:
          'Malformed, invalid or unhandled messages at once, a failing handler after its retries; the partition moves on.',
        tags: [{ name: service }],
        'x-service': service,
      },
    ],
    [
      `${DLQ_TOOLS}.receives.${topic}`,
      {
        action: 'receive',
        channel,
        messages: [{ $ref: `#/channels/${topic}/messages/dead-letter` }, { $ref: `#/channels/${topic}/messages/replay-marker` }],
        summary: 'npm run dlq:list and dlq:replay read the whole topic with a throwaway consumer group.',
        description: 'Reading commits nothing, so every run sees every dead letter and replay marker.',
        tags: [{ name: DLQ_TOOLS }],
        'x-service': DLQ_TOOLS,
      },
    ],
    [
      `${DLQ_TOOLS}.sends.${topic}`,
      {
        action: 'send',
        channel,
        messages: [{ $ref: `#/channels/${topic}/messages/replay-marker` }],
        summary: 'npm run dlq:replay records each dead letter it republished.',
        description: 'A replay marker after each republished dead letter, so a second replay skips it.',
        tags: [{ name: DLQ_TOOLS }],
        'x-service': DLQ_TOOLS,
      },
    ],
  ];
}

function deadLetterMessage() {
  return {
    name: 'dead-letter',
    title: 'Dead letter',
    summary: 'The original message, key and value untouched, its own headers kept, with headers saying where it came from and why.',
    headers: {
      type: 'object',
      properties: Object.fromEntries(Object.entries(DEAD_LETTER_HEADERS).map(([name, description]) => [name, { type: 'string', description }])),
      required: Object.keys(DEAD_LETTER_HEADERS),
    },
    payload: { description: 'The original message value, byte for byte: usually an event envelope, anything for a malformed message.' },
  };
}

function replayMarkerMessage() {
  return {
    name: 'replay-marker',
    title: 'Replay marker',
    summary: 'Written by npm run dlq:replay after republishing a dead letter; the key is the dead letter\'s key.',
    headers: {
      type: 'object',
      properties: {
        [ReplayHeader.ReplayOf]: { type: 'string', description: 'The replayed dead letter in this topic, `<partition>:<offset>`.' },
        [ReplayHeader.ReplayedAt]: { type: 'string', description: 'When it was replayed (ISO-8601).' },
      },
      required: [ReplayHeader.ReplayOf, ReplayHeader.ReplayedAt],
    },
    payload: { type: 'null' },
  };
}

/** `ComplaintReceivedData` -> `ComplaintReceivedEvent`: the whole message value of that type. */
export function envelopeName(type: EventType): string {
  return payloadClassName(type).replace(/Data$/, 'Event');
}

/** Documented without a prefix; the document's description says where KAFKA_TOPIC_PREFIX goes. */
function dlqTopic(service: ServiceName): string {
  return deadLetterTopic(service, '');
}
