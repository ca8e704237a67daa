import { Logger } from '@nestjs/common';
import { Channel, Transport } from '@redress/contracts';
import { Env, isProduction } from '@redress/platform';
import { OutgoingMessage } from './delivery-channel';

/**
 * Outside production, a channel whose transport is not configured (no SMTP_URL, no SMS_GATEWAY_URL) writes its
 * messages to the service log, and its delivery record says `transport: log-only`: nobody received them. In
 * production it cannot be made, so no message is ever recorded as sent without a transport that accepted it.
 */
export class LogOnlyChannel {
  private readonly logger: Logger;

  constructor(
    private readonly channel: Channel,
    private readonly setting: string,
    env: Env = process.env,
  ) {
    if (isProduction(env))
      throw new Error(`${channel} has no transport: set ${setting}, or leave ${channel} out of CHANNELS`);
    this.logger = new Logger(channel);
  }

  async deliver(message: OutgoingMessage): Promise<Transport> {
    this.logger.log(
      `[${message.complaintId}] ${message.kind} ${this.channel} ${message.notificationId} (no ${this.setting}: logged only, not sent)`,
    );
    return 'log-only';
  }
}
