import { Kafka, logLevel } from 'kafkajs';
import { randomBytes } from 'node:crypto';
import { TestInfrastructureEnv } from '../../../../test/support/test-infrastructure';
import { describeE2E, testTopics } from '../../../../test/support/test-stack';

/** The patched mock against the run's shared broker: a consumer that falls far behind still finds every message. */
describeE2E('embedded broker', () => {
  it('keeps unread messages beyond the 5 MB the unpatched mock kept per partition', async () => {
    const topic = `retention_${randomBytes(3).toString('hex')}`;
    await testTopics([topic]);
    const kafka = new Kafka({
      brokers: process.env[TestInfrastructureEnv.Brokers]!.split(','),
      logLevel: logLevel.NOTHING,
    });
    const producer = kafka.producer({ allowAutoTopicCreation: false });
    const admin = kafka.admin();
    await Promise.all([producer.connect(), admin.connect()]);
    try {
      const value = 'x'.repeat(1000);
      const batches = 80;
      for (let batch = 0; batch < batches; batch++) {
        await producer.send({
          topic,
          acks: -1,
          messages: Array.from({ length: 100 }, () => ({ key: 'one-partition', value })),
        });
      }
      const written = (await admin.fetchTopicOffsets(topic)).filter((partition) => partition.high !== '0');
      expect(written).toEqual([expect.objectContaining({ low: '0', high: String(batches * 100) })]);
    } finally {
      await Promise.all([producer.disconnect(), admin.disconnect()]);
    }
  });
});
