import { Inject, Injectable } from '@nestjs/common';
import { Transaction } from '@redress/messaging';
import { hashToken, newToken } from '@redress/platform';
import { DataSource } from 'typeorm';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../../config/notifier.settings';
import { complaintOfLink, deleteStatusLink, insertStatusLink } from '../../persistence/status-link.store';

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

  /** A new link's address, and its token's hash, stored in the caller's transaction. */
  async issue(tx: Transaction, complaintId: string): Promise<{ url: string; tokenHash: string }> {
    const token = newToken('st');
    const tokenHash = hashToken(token);
    await insertStatusLink(tx.manager, tokenHash, complaintId);
    return { url: `${this.settings.feedbackBaseUrl}/status/${token}`, tokenHash };
  }

  /** Takes back a link that no message carries. */
  async withdraw(tx: Transaction, tokenHash: string): Promise<void> {
    await deleteStatusLink(tx.manager, tokenHash);
  }

  /** The complaint a link opens, or null for an unknown token or one whose complaint closed too long ago. */
  async complaintOf(token: string): Promise<string | null> {
    if (!STATUS_TOKEN.test(token)) return null;
    return complaintOfLink(this.dataSource, hashToken(token), this.settings.statusPage.linkTtlMs);
  }
}
