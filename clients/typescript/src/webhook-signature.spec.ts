import { createHmac } from 'node:crypto';
import { signWebhook, verifyWebhookSignature } from './webhook-signature';

const NOW = new Date('2026-12-06T12:00:00Z');
const T = NOW.getTime() / 1000;
const BODY = '{"eventId":"e1","complaintId":"c1","type":"status.changed"}';
const hex = (secret: string, t: number, body: string) =>
  createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');

describe('verifyWebhookSignature', () => {
  it('accepts the documented header: t=<unix>,v1=<hex HMAC-SHA256 of "t.body">', () => {
    const header = `t=${T},v1=${hex('s3cret', T, BODY)}`;
    expect(verifyWebhookSignature('s3cret', header, BODY, { now: NOW })).toBe(true);
    expect(verifyWebhookSignature('s3cret', header, Buffer.from(BODY), { now: NOW })).toBe(true);
    expect(signWebhook('s3cret', T, BODY)).toBe(header);
  });

  it('refuses another secret, a changed body, and a signature over another timestamp', () => {
    const header = signWebhook('s3cret', T, BODY);
    expect(verifyWebhookSignature('other', header, BODY, { now: NOW })).toBe(false);
    expect(verifyWebhookSignature('s3cret', header, BODY.replace('e1', 'e2'), { now: NOW })).toBe(false);
    expect(verifyWebhookSignature('s3cret', header, `${BODY} `, { now: NOW })).toBe(false);
    const moved = `t=${T + 1},v1=${hex('s3cret', T, BODY)}`;
    expect(verifyWebhookSignature('s3cret', moved, BODY, { now: NOW })).toBe(false);
  });

  it('accepts any one v1 matching, as sent while a secret is rotated', () => {
    const header = `t=${T},v1=${hex('new', T, BODY)},v1=${hex('old', T, BODY)}`;
    expect(verifyWebhookSignature('old', header, BODY, { now: NOW })).toBe(true);
    expect(verifyWebhookSignature('new', header, BODY, { now: NOW })).toBe(true);
    expect(verifyWebhookSignature('third', header, BODY, { now: NOW })).toBe(false);
  });

  it('refuses a timestamp outside the tolerance, either way', () => {
    const old = T - 301;
    expect(verifyWebhookSignature('s', signWebhook('s', old, BODY), BODY, { now: NOW })).toBe(false);
    expect(verifyWebhookSignature('s', signWebhook('s', T + 301, BODY), BODY, { now: NOW })).toBe(false);
    expect(verifyWebhookSignature('s', signWebhook('s', T - 299, BODY), BODY, { now: NOW })).toBe(true);
    expect(verifyWebhookSignature('s', signWebhook('s', old, BODY), BODY, { now: NOW, toleranceSeconds: 600 })).toBe(
      true,
    );
  });

  it.each([
    ['no header', undefined],
    ['empty', ''],
    ['no timestamp', `v1=${hex('s', T, BODY)}`],
    ['no v1', `t=${T}`],
    ['two timestamps', `t=${T},t=${T},v1=${hex('s', T, BODY)}`],
    ['a timestamp that is not a number', `t=now,v1=${hex('s', T, BODY)}`],
    ['a v1 that is not hex', `t=${T},v1=${'z'.repeat(64)}`],
    ['a truncated v1', `t=${T},v1=${hex('s', T, BODY).slice(0, 40)}`],
    ['another scheme only', `t=${T},v0=${hex('s', T, BODY)}`],
    ['a huge header', `t=${T},${'v1=00,'.repeat(1000)}`],
  ])('refuses %s', (_, header) => {
    expect(verifyWebhookSignature('s', header, BODY, { now: NOW })).toBe(false);
  });

  it('refuses an empty secret, which would sign for anyone', () => {
    expect(verifyWebhookSignature('', signWebhook('', T, BODY), BODY, { now: NOW })).toBe(false);
  });
});
