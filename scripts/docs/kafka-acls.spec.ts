import { allTopics, SERVICES } from '@redress/contracts';
import { BatchingKafkaServer } from '@redress/messaging';
import { kafkaServerOptions, loadServiceSettings } from '@redress/platform';
import { kafkaAcls, servicePrincipal } from './kafka-acls';

const ENV = { DATABASE_URL: 'postgres://unused', KAFKA_BROKERS: 'unused:9092' };

describe('Kafka ACLs', () => {
  it.each(SERVICES)('grant %s the consumer group its Kafka server joins', (service) => {
    const server = new BatchingKafkaServer(kafkaServerOptions(loadServiceSettings(service, ENV)).options ?? {});
    const acl = kafkaAcls().find((entry) => entry.principal === servicePrincipal(service));
    expect(acl?.groups).toEqual([(server as unknown as { groupId: string }).groupId, `dlq-tools.${service}-*`]);
  });

  it.each(SERVICES)('let %s read its dead letters and replay them to the topics it consumes', (service) => {
    const acl = kafkaAcls().find((entry) => entry.principal === servicePrincipal(service));
    expect(acl?.read).toContain(`dlq.${service}`);
    for (const topic of acl?.read ?? []) expect(acl?.write).toContain(topic);
  });

  it('name only topics the brokers have, and let each service write its own dead-letter topic', () => {
    const topics = allTopics('');
    for (const acl of kafkaAcls()) {
      expect([...acl.read, ...acl.write, ...acl.create].filter((topic) => !topics.includes(topic))).toEqual([]);
    }
    for (const service of SERVICES) expect(kafkaAcls().find((entry) => entry.principal === servicePrincipal(service))?.write).toContain(`dlq.${service}`);
  });
});
