import { readTopicSettings, topicConfigs } from './topic-settings';

describe('topic settings', () => {
  it('defaults to 3 partitions, one copy, a week of retention and one in-sync replica', () => {
    expect(readTopicSettings({})).toEqual({
      partitions: 3,
      replicationFactor: 1,
      retentionMs: 7 * 86_400_000,
      minInsyncReplicas: 1,
    });
  });

  it('reads each setting', () => {
    const env = {
      TOPIC_PARTITIONS: '12',
      TOPIC_REPLICATION_FACTOR: '3',
      TOPIC_RETENTION: '30d',
      TOPIC_MIN_INSYNC_REPLICAS: '2',
    };
    expect(readTopicSettings(env)).toEqual({
      partitions: 12,
      replicationFactor: 3,
      retentionMs: 30 * 86_400_000,
      minInsyncReplicas: 2,
    });
  });

  it.each([
    [{ TOPIC_PARTITIONS: '0' }, /TOPIC_PARTITIONS: "0" is not a whole number from 1/],
    [{ TOPIC_PARTITIONS: 'three' }, /TOPIC_PARTITIONS/],
    [{ TOPIC_REPLICATION_FACTOR: '1.5' }, /TOPIC_REPLICATION_FACTOR/],
    [{ TOPIC_RETENTION: 'a week' }, /TOPIC_RETENTION: "a week" is not a duration/],
    [{ TOPIC_RETENTION: '30m' }, /TOPIC_RETENTION: "30m" is under an hour/],
    [{ TOPIC_MIN_INSYNC_REPLICAS: '0' }, /TOPIC_MIN_INSYNC_REPLICAS/],
    [
      { TOPIC_REPLICATION_FACTOR: '2', TOPIC_MIN_INSYNC_REPLICAS: '3' },
      /TOPIC_MIN_INSYNC_REPLICAS: 3 is more than TOPIC_REPLICATION_FACTOR \(2\)/,
    ],
  ])('refuses %j, naming the setting', (env, message) => {
    expect(() => readTopicSettings(env)).toThrow(message);
  });

  it('describes each topic with its partitions, copies, retention, segment age and min.insync.replicas', () => {
    const settings = readTopicSettings({
      TOPIC_PARTITIONS: '6',
      TOPIC_REPLICATION_FACTOR: '3',
      TOPIC_RETENTION: '2d',
      TOPIC_MIN_INSYNC_REPLICAS: '2',
    });
    expect(topicConfigs(['complaint.received', 'complaint.triaged'], settings)).toEqual(
      ['complaint.received', 'complaint.triaged'].map((topic) => ({
        topic,
        numPartitions: 6,
        replicationFactor: 3,
        configEntries: [
          { name: 'retention.ms', value: String(2 * 86_400_000) },
          { name: 'segment.ms', value: String(12 * 3_600_000) },
          { name: 'min.insync.replicas', value: '2' },
        ],
      })),
    );
  });
});
