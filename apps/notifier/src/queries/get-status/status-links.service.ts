import { Inject, Injectable } from '@nestjs/common';
import { hashToken, newToken } from '@redress/platform';
import { DataSource } from 'typeorm';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../../config/notifier.settings';
import { complaintOfLink } from '../../persistence/status-link.store';

/** Status tokens are `st_` and 43 base64url characters; anything else is not one of ours. */
export const STATUS_TOKEN = /^st_[\w-]{43}$/;

/**
 * Each message carries a link of its own to the complaint's status page: only the token's hash is kept, so a later
 * message cannot repeat an earlier link, and a copy of the table opens nobody's page. Every link of a complaint
 * stops working STATUS_LINK_TTL after it closed.
 */
@Injectable()
export class StatusLinks {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(NOTIFIER_SETTINGS) private readonly settings: NotifierSettings,
  ) {}

  /** A new link's address, and its token's hash, which the message carrying it stores with itself (insertNotification). */
  newLink(): { url: string; tokenHash: string } {
    const token = newToken('st');
    return { url: `${this.settings.feedbackBaseUrl}/status/${token}`, tokenHash: hashToken(token) };
  }

  /** The complaint a link opens, or null for an unknown token or one whose complaint closed too long ago. */
  async complaintOf(token: string): Promise<string | null> {
    if (!STATUS_TOKEN.test(token)) return null;
    return complaintOfLink(this.dataSource, hashToken(token), this.settings.statusPage.linkTtlMs);
  }
}
