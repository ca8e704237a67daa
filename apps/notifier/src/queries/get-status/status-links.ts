import { Inject, Injectable } from '@nestjs/common';
import { Transaction } from '@redress/messaging';
import { hashToken, newToken } from '@redress/platform';
import { DataSource } from 'typeorm';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../../config/notifier.settings';

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
    await tx.manager.query(`INSERT INTO notifier.status_links (token_hash, complaint_id) VALUES ($1, $2)`, [
      tokenHash,
      complaintId,
    ]);
    return { url: `${this.settings.feedbackBaseUrl}/status/${token}`, tokenHash };
  }

  /** Takes back a link that no message carries. */
  async withdraw(tx: Transaction, tokenHash: string): Promise<void> {
    await tx.manager.query(`DELETE FROM notifier.status_links WHERE token_hash = $1`, [tokenHash]);
  }

  /** The complaint a link opens, or null for an unknown token or one whose complaint closed too long ago. */
  async complaintOf(token: string): Promise<string | null> {
    if (!STATUS_TOKEN.test(token)) return null;
    const [row]: { complaint_id: string }[] = await this.dataSource.query(
      `SELECT l.complaint_id FROM notifier.status_links l JOIN notifier.complaints c ON c.id = l.complaint_id
       WHERE l.token_hash = $1 AND (c.closed_at IS NULL OR c.closed_at > now() - $2 * interval '1 millisecond')`,
      [hashToken(token), this.settings.statusPage.linkTtlMs],
    );
    return row?.complaint_id ?? null;
  }
}
