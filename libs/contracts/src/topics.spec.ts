import { ALL_EVENT_TYPES } from './event-types';
import { allTopics, deadLetterTopic, eventTypeOfTopic, topicFor } from './topics';

describe('topics', () => {
  it('names one topic per event type and one dead-letter topic per service', () => {
    const topics = allTopics('');
    expect(topics).toHaveLength(ALL_EVENT_TYPES.length + 4);
    expect(topics).toEqual(
      expect.arrayContaining(['complaint.received', 'feedback.received', 'dlq.intake', 'dlq.notifier']),
    );
  });

  it('applies a prefix so stacks can share a broker', () => {
    expect(topicFor('complaint.received', 't1.')).toBe('t1.complaint.received');
    expect(deadLetterTopic('triage', 't1.')).toBe('t1.dlq.triage');
    expect(allTopics('t1.').every((topic) => topic.startsWith('t1.'))).toBe(true);
  });

  it('reads the event type back from a topic name', () => {
    expect(eventTypeOfTopic('t1.rootcause.resolved', 't1.')).toBe('rootcause.resolved');
    expect(eventTypeOfTopic('t1.dlq.triage', 't1.')).toBeNull();
    expect(eventTypeOfTopic('t2.rootcause.resolved', 't1.')).toBeNull();
  });
});
