import { Correlation } from '@redress/messaging';
import Fastify from 'fastify';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { newToken } from '../auth/tokens';
import { loadServiceSettings } from '../config/settings';
import { correlateRequests, CORRELATION_HEADER, requestCorrelationId } from './correlation-id';
import { loggerOptions, logHttpRequests } from './logging';

/** The app's logger, writing into an array. */
function capture(logLevel = 'info') {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString('utf8')));
      done();
    },
  });
  const settings = loadServiceSettings('notifier', {
    DATABASE_URL: 'postgres://x',
    KAFKA_BROKERS: 'b:9092',
    LOG_LEVEL: logLevel,
  });
  const logger = pino(loggerOptions(settings), stream);
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
      expect.objectContaining({
        msg: 'applied',
        correlationId: 'complaint-42',
        level: 'info',
        service: 'notifier',
        time: expect.any(String),
      }),
      expect.not.objectContaining({ correlationId: expect.anything() }),
      // Nothing of one line leaks into the next.
      expect.not.objectContaining({ context: expect.anything() }),
    ]);
  });

  it('mask personal data and credentials wherever they appear in a logged object', async () => {
    const { logger, lines, flushed } = capture();
    const customer = { name: 'Anna Petrova', phone: '+79161234567', email: 'anna@example.com', address: 'Tverskaya 1' };
    logger.info(
      {
        customer,
        data: { customer },
        contact: { phone: customer.phone },
        req: { headers: { 'x-api-key': 'secret', authorization: 'Bearer t' } },
      },
      'x',
    );
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

  describe('of HTTP requests', () => {
    const { logger, lines, flushed } = capture();
    const fastify = Fastify({ genReqId: requestCorrelationId });
    correlateRequests(fastify);
    logHttpRequests(fastify, logger);
    fastify.post('/things', async (request) => {
      // After the body was read: the request's id is still the current one.
      logger.info({ size: JSON.stringify(request.body).length }, 'handling');
      return { ok: true };
    });
    fastify.get('/broken', async () => {
      throw new Error('boom');
    });
    fastify.get('/health/ready', async () => ({ status: 'ok' }));
    fastify.get('/feedback/:token', async () => 'the survey');
    let url: string;

    beforeAll(async () => {
      url = await fastify.listen({ port: 0, host: '127.0.0.1' });
    });
    afterAll(() => fastify.close());
    beforeEach(() => lines.splice(0));

    it('log one line per request with its correlation id, which the lines logged while serving it carry too', async () => {
      const response = await fetch(`${url}/things?page=2`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [CORRELATION_HEADER]: 'crm:ticket-7' },
        body: JSON.stringify({ name: 'Anna Petrova' }),
      });
      expect(response.headers.get(CORRELATION_HEADER)).toBe('crm:ticket-7');
      await flushed();
      expect(lines).toEqual([
        expect.objectContaining({ msg: 'handling', correlationId: 'crm:ticket-7', level: 'info' }),
        expect.objectContaining({
          msg: 'request completed',
          level: 'info',
          correlationId: 'crm:ticket-7',
          req: { method: 'POST', url: '/things?page=2' },
          res: { statusCode: 200 },
          responseTime: expect.any(Number),
        }),
      ]);
      expect(JSON.stringify(lines)).not.toContain('Anna');
    });

    it('mask the tokens in a URL: a feedback link is its token', async () => {
      const token = newToken('fb');
      const key = newToken('rk');
      await fetch(`${url}/feedback/${token}`);
      await fetch(`${url}/feedback/${token.slice(0, -1)}x?key=${key}`);
      await flushed();
      expect(lines.map((line) => (line.req as { url: string }).url)).toEqual([
        '/feedback/fb_[masked]',
        '/feedback/fb_[masked]?key=rk_[masked]',
      ]);
      expect(JSON.stringify(lines)).not.toContain(token.slice(3, 23));
    });

    it('mask a status link the same way', async () => {
      const token = newToken('st');
      await fetch(`${url}/status/${token}/feedback`);
      await flushed();
      expect(lines.map((line) => (line.req as { url: string }).url)).toEqual(['/status/st_[masked]/feedback']);
      expect(JSON.stringify(lines)).not.toContain(token.slice(3, 23));
    });

    it('log a failed request at error level and leave health checks out', async () => {
      await fetch(`${url}/broken`);
      await fetch(`${url}/health/ready`);
      await flushed();
      expect(lines).toEqual([
        expect.objectContaining({
          msg: 'request completed',
          level: 'error',
          req: { method: 'GET', url: '/broken' },
          res: { statusCode: 500 },
        }),
      ]);
      // Served outside any request, the logger names no correlation id.
      logger.info('idle');
      await flushed();
      expect(lines[1]).not.toHaveProperty('correlationId');
    });
  });
});
