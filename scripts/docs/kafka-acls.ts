import { ALL_EVENT_TYPES, allTopics, deadLetterTopic, SERVICES, ServiceName, topicFor } from '@redress/contracts';
// The pure module, not the package: loading NestJS here registered the contracts' validation classes a second time
// under jest, and the JSON Schemas generated beside this document lost inherited fields.
import { kafkaGroupId } from '../../libs/platform/src/kafka-group';
import { EVENT_CATALOGUE, publishersOf } from './event-catalogue';

/** What one Kafka principal may do: the least each client of Redress needs. */
export interface PrincipalAcl {
  principal: string;
  /** Who connects as it. */
  purpose: string;
  read: string[];
  write: string[];
  create: string[];
  /** Consumer groups, by exact name or by prefix (ending in `*`). */
  groups: string[];
}

/** The Kafka user of a service, named like its database role. */
export function servicePrincipal(service: ServiceName): string {
  return `User:redress_${service}`;
}

/**
 * The ACLs, from the event catalogue (who publishes and consumes each event type, checked against the services'
 * source by event-docs.spec.ts) and the topic names of libs/contracts, without a topic prefix.
 */
export function kafkaAcls(): PrincipalAcl[] {
  const eventTopics = ALL_EVENT_TYPES.map((type) => topicFor(type, ''));
  const services = SERVICES.map((service) => ({
    principal: servicePrincipal(service),
    purpose: `the ${service} service: its consumer, the outbox relay's idempotent producer, its dead letters and their replay (a replay writes the topic a dead letter came from)`,
    read: [...consumedTopics(service), deadLetterTopic(service, '')],
    write: [...new Set([...ALL_EVENT_TYPES.filter((type) => publishersOf(type).includes(service)).map((type) => topicFor(type, '')), ...consumedTopics(service), deadLetterTopic(service, '')])],
    create: [],
    groups: [consumerGroup(service), `dlq-tools.${service}-*`],
  }));
  const deadLetterTopics = SERVICES.map((service) => deadLetterTopic(service, ''));
  return [
    ...services,
    {
      principal: 'User:redress_ops',
      purpose: 'npm run dlq:list, dlq:replay (a replay writes the original topic and a marker on the dead-letter topic) and events:tail',
      read: [...eventTopics, ...deadLetterTopics],
      write: [...eventTopics, ...deadLetterTopics],
      create: [],
      groups: ['dlq-tools.*', 'events-tail-*'],
    },
    { principal: 'User:redress_setup', purpose: 'npm run topics:create', read: [], write: [], create: allTopics(''), groups: [] },
  ];
}

function consumedTopics(service: ServiceName): string[] {
  return ALL_EVENT_TYPES.filter((type) => EVENT_CATALOGUE[type].consumers.includes(service)).map((type) => topicFor(type, ''));
}

/** The group a service's consumer joins, as the service computes it. */
function consumerGroup(service: ServiceName): string {
  return kafkaGroupId(service);
}

/** docs/kafka-acls.md: a table per principal and the kafka-acls.sh commands that grant it. */
export function kafkaAclsDocument(): string {
  const acls = kafkaAcls();
  const list = (names: string[]) => (names.length > 0 ? names.map((name) => `\`${name}\``).join(', ') : '-');
  return [
    '# Kafka ACLs',
    '',
    'Generated from libs/contracts and scripts/docs/event-catalogue.ts by `npm run docs:events`; a test fails when it is',
    'out of date. docs/least-privilege.md explains how to use it. Topic and group names are shown without',
    'KAFKA_TOPIC_PREFIX: with a prefix, put it in front of every topic and group name below.',
    '',
    '| Principal | Used by | Reads | Writes | Creates | Consumer groups |',
    '| --- | --- | --- | --- | --- | --- |',
    ...acls.map((acl) => `| \`${acl.principal}\` | ${acl.purpose} | ${list(acl.read)} | ${list(acl.write)} | ${list(acl.create)} | ${list(acl.groups)} |`),
    '',
    'Every principal also needs to be allowed to connect (SASL/SCRAM users: `kafka-configs.sh --alter --add-config',
    "'SCRAM-SHA-512=[password=...]' --entity-type users --entity-name redress_<service>`). Brokers older than 2.8 also",
    'want `--operation IdempotentWrite --cluster` for the services, whose outbox relay produces idempotently.',
    '',
    '## kafka-acls.sh commands',
    '',
    '```sh',
    '# BOOTSTRAP and admin.properties (an admin\'s SASL and TLS settings) are yours to provide.',
    'ACLS="kafka-acls.sh --bootstrap-server $BOOTSTRAP --command-config admin.properties --add"',
    ...acls.flatMap(commands),
    '```',
    '',
  ].join('\n');
}

function commands(acl: PrincipalAcl): string[] {
  const topics = (names: string[]) => names.map((name) => `--topic ${name}`).join(' ');
  const lines = [`# ${acl.principal}: ${acl.purpose}`];
  const grant = (operations: string[], resources: string) =>
    lines.push(`$ACLS --allow-principal ${acl.principal} ${operations.map((operation) => `--operation ${operation}`).join(' ')} ${resources}`);
  if (acl.read.length > 0) grant(['Read', 'Describe'], topics(acl.read));
  if (acl.write.length > 0) grant(['Write', 'Describe'], topics(acl.write));
  if (acl.create.length > 0) grant(['Create', 'Describe'], topics(acl.create));
  for (const group of acl.groups) {
    grant(['Read'], group.endsWith('*') ? `--resource-pattern-type prefixed --group ${group.slice(0, -1)}` : `--group ${group}`);
  }
  return lines;
}
