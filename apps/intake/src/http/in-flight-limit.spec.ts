import { Controller, INestApplication, Post, Res } from '@nestjs/common';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import { Test } from '@nestjs/testing';
import { INTAKE_SETTINGS } from '../config/intake.settings';
import { InFlightLimit } from './in-flight-limit';

/** Holds each request until the test lets it go, so requests pile up in flight. */
let release: () => void = () => undefined;
let held = new Promise<void>((resolve) => (release = resolve));

@Controller('slow')
class SlowController {
  constructor(private readonly inFlightLimit: InFlightLimit) {}

  @Post()
  accept(@Res({ passthrough: true }) reply: FastifyReply): Promise<{ ok: true }> {
    return this.inFlightLimit.admit(reply, async () => {
      await held;
      return { ok: true };
    });
  }
}

describe('InFlightLimit', () => {
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      controllers: [SlowController],
      providers: [InFlightLimit, { provide: INTAKE_SETTINGS, useValue: { maxInFlight: 2 } }],
    }).compile();
    app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), { logger: false });
    await app.listen(0, '127.0.0.1');
    url = `${await app.getUrl()}/slow`;
  });

  afterAll(() => app.close());

  it('refuses past the limit with 503 and Retry-After, and takes requests again once those in flight finish', async () => {
    const first = [fetch(url, { method: 'POST' }), fetch(url, { method: 'POST' })];
    await new Promise((resolve) => setTimeout(resolve, 100));
    const refused = await fetch(url, { method: 'POST' });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(((await refused.json()) as { message: string }).message).toMatch(/at capacity/);

    release();
    expect((await Promise.all(first)).map((response) => response.status)).toEqual([201, 201]);
    held = Promise.resolve();
    expect((await fetch(url, { method: 'POST' })).status).toBe(201);
  });
});
