import { readPruningSettings } from './pruning.settings';

describe('pruning settings', () => {
  it('defaults to rounds every 10 minutes of 1000-row batches, a day of outbox and eight days of inbox', () => {
    expect(readPruningSettings({})).toEqual({
      intervalMs: 600_000,
      batchSize: 1000,
      batchPauseMs: 100,
      outboxRetentionMs: 86_400_000,
      inboxRetentionMs: 8 * 86_400_000,
      topicRetentionMs: 7 * 86_400_000,
    });
  });

  it('accepts an inbox kept exactly the topic retention plus a day, and 0s turns pruning off', () => {
    expect(readPruningSettings({ TOPIC_RETENTION: '30d', INBOX_RETENTION: '31d', PRUNE_INTERVAL: '0s' })).toMatchObject(
      {
        intervalMs: 0,
        inboxRetentionMs: 31 * 86_400_000,
      },
    );
  });

  it.each([
    [{ INBOX_RETENTION: '7d' }, /INBOX_RETENTION: 7d is shorter than TOPIC_RETENTION \(7d\) plus 1d/],
    [{ TOPIC_RETENTION: '14d' }, /INBOX_RETENTION: 8d is shorter than TOPIC_RETENTION \(14d\) plus 1d/],
    [{ TOPIC_RETENTION: '2d', INBOX_RETENTION: '71h' }, /INBOX_RETENTION: 71h is shorter than TOPIC_RETENTION \(2d\)/],
    [{ OUTBOX_RETENTION: '30m' }, /OUTBOX_RETENTION: use at least 1h/],
    [{ PRUNE_INTERVAL: '500ms' }, /PRUNE_INTERVAL: use at least 1s, or 0s/],
    [{ PRUNE_BATCH_SIZE: '0' }, /PRUNE_BATCH_SIZE: "0" is not a whole number from 1 to 100000/],
    [{ PRUNE_BATCH_PAUSE: 'soon' }, /PRUNE_BATCH_PAUSE/],
  ])('refuses %j', (env, message) => {
    expect(() => readPruningSettings(env)).toThrow(message);
  });
});
