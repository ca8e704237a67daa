import { Channel } from '@redress/contracts';
import { loadNotifierSettings } from '../config/notifier.settings';
import { ChannelRouter } from './channel-router';
import { isPermanentFailure, OutgoingMessage } from './delivery-channel';
import { IntakeClient } from './intake-client';
import { LogOnlyChannel } from './log-only.channel';

const BASE = { DATABASE_URL: 'postgres://x/y', KAFKA_BROKERS: 'k:9092' };
const settingsOf = (env: Record<string, string>) => loadNotifierSettings(env);

function message(channel: Channel, recipient: string): OutgoingMessage {
  return {
    notificationId: '00000000-0000-4000-8000-000000000001',
    complaintId: '00000000-0000-4000-8000-000000000002',
    kind: 'acknowledgement',
    channel,
    recipient,
    locale: 'en',
    subject: 'Received',
    text: 'We have your complaint.',
  };
}

/** The transports behind each channel, without the network: what is only logged says so, what is switched off fails. */
describe('ChannelRouter', () => {
  let router: ChannelRouter | undefined;
  afterEach(() => router?.onModuleDestroy());

  it('answers log-only for email and SMS without SMTP_URL or SMS_GATEWAY_URL, outside production', async () => {
    router = new ChannelRouter(settingsOf(BASE), new IntakeClient(settingsOf(BASE)));
    await expect(router.deliver(message('email', 'anna@example.com'))).resolves.toBe('log-only');
    await expect(router.deliver(message('sms', '+79990000000'))).resolves.toBe('log-only');
  });

  it('fails a message of a channel left out of CHANNELS at once, permanently', async () => {
    router = new ChannelRouter(settingsOf({ ...BASE, CHANNELS: 'email,webhook' }), new IntakeClient(settingsOf(BASE)));
    const failure = await router.deliver(message('sms', '+79990000000')).catch((error: unknown) => error);
    expect(failure).toMatchObject({ message: 'sms is not among CHANNELS (email,webhook)' });
    expect(isPermanentFailure(failure)).toBe(true);
  });
});

describe('LogOnlyChannel', () => {
  it('cannot be made in production', () => {
    expect(() => new LogOnlyChannel('sms', 'SMS_GATEWAY_URL', { NODE_ENV: 'production' })).toThrow(
      'sms has no transport: set SMS_GATEWAY_URL, or leave sms out of CHANNELS',
    );
    expect(new LogOnlyChannel('sms', 'SMS_GATEWAY_URL', { NODE_ENV: 'development' })).toBeInstanceOf(LogOnlyChannel);
  });
});
