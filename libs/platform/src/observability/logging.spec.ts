import { Correlation } from '@redress/messaging';
import { Writable } from 'node:stream';
import { pinoHttp } from 'pino-http';
import { loadServiceSettings } from '../config/settings';
import { loggerOptions } from './logging';

/** The root logger nestjs-pino uses (the pino-http middleware's), writing into an array. */
function capture(logLevel = 'info') {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString('utf8')));
      done();
    },
  });
  const settings = loadServiceSettings('notifier', { DATABASE_URL: 'postgres://x', KAFKA_BROKERS: 'b:9092', LOG_LEVEL: logLevel });
  const logger = pinoHttp(loggerOptions(settings), stream).logger;
  // pino writes synchronously to a plain stream, but the Writable may defer: let it flush.
  const flushed = () => new Promise((resolve) => setImmediate(resolve));
  return { logger, lines, flushed };
}

describe('service logs', () => {
  it('name the correlation id of the event being handled, and only then', async () => {
    const { logger, lines, flushed } = capture();
    await Correlation.run('complaint-42', async () => {
      await Promise.resolve();
      logger.info('applied');
    });
    logger.info({ context: 'Relay' }, 'idle');
    logger.info('later');
    await flushed();
    expect(lines).toEqual([
      expect.objectContaining({ msg: 'applied', correlationId: 'complaint-42', level: 'info', service: 'notifier', time: expect.any(String) }),
      expect.not.objectContaining({ correlationId: expect.anything() }),
      // Nothing of one line leaks into the next.
      expect.not.objectContaining({ context: expect.anything() }),
    ]);
  });

  it('mask personal data and credentials wherever they appear in a logged object', async () => {
    const { logger, lines, flushed } = capture();
    const customer = { name: 'Anna Petrova', phone: '+79161234567', email: 'anna@example.com', address: 'Tverskaya 1' };
    logger.info({ customer, data: { customer }, contact: { phone: customer.phone }, req: { headers: { 'x-api-key': 'secret', authorization: 'Bearer t' } } }, 'x');
    await flushed();
    const line = JSON.stringify(lines);
    for (const value of [...Object.values(customer), 'secret', 'Bearer t']) expect(line).not.toContain(value);
    expect(line).toContain('[masked]');
    expect(customer.phone).toBe('+79161234567');
  });

  it('respect LOG_LEVEL', async () => {
    const { logger, lines, flushed } = capture('warn');
    logger.info('quiet');
    logger.warn('loud');
    await flushed();
    expect(lines.map((line) => line.msg)).toEqual(['loud']);
  });
});
