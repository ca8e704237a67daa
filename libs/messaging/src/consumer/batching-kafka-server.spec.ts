import { ServerKafka } from '@nestjs/microservices';
import { BatchingKafkaServer } from './batching-kafka-server';

const options = { client: { brokers: ['127.0.0.1:9'] } };

describe('BatchingKafkaServer routes', () => {
  it('finds the same handler as Nest for every topic, and works each route out once', () => {
    const server = new BatchingKafkaServer(options);
    const nest = new ServerKafka(options);
    const handler = Object.assign(async () => undefined, { isEventHandler: true });
    for (const each of [server, nest]) {
      each.addHandler('redress.complaint.received', handler, true);
      each.addHandler('{"cmd":"sum"}', handler, true);
    }
    const parse = jest.spyOn(JSON, 'parse');
    try {
      for (const pattern of ['redress.complaint.received', '{"cmd":"sum"}', 'unknown.topic']) {
        const expected = nest.getHandlerByPattern(pattern);
        expect(server.getHandlerByPattern(pattern)).toBe(expected);
        parse.mockClear();
        // Nest parses (and, for a topic name, fails to parse) each time; the server remembers.
        expect(server.getHandlerByPattern(pattern)).toBe(expected);
        expect(parse).not.toHaveBeenCalled();
      }
      expect(server.getHandlerByPattern('redress.complaint.received')).toBe(handler);
      expect(server.getHandlerByPattern('unknown.topic')).toBeNull();
    } finally {
      parse.mockRestore();
    }
  });
});
