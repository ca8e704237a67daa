import type { PruneJob } from '@redress/platform';
import type { NotifierSettings } from '../config/notifier.settings';

/**
 * A sent message keeps its row (what was sent when, on which channel, for the complaint's history and the
 * counts) but loses its text, and the other channel's rendering kept for a fallback, NOTIFICATION_BODY_RETENTION
 * after it was sent. Failed and scheduled messages keep theirs: they may still be resent.
 */
export function notificationBodiesPruneJob(settings: Pick<NotifierSettings, 'notificationBodyRetentionMs'>): PruneJob {
  return {
    table: 'notifier.notifications',
    ageColumn: 'sent_at',
    // The same condition as the partial index notifications_body_kept, which the batches are found by.
    where: `status = 'sent' AND (body IS NOT NULL OR fallback IS NOT NULL)`,
    blank: 'body = NULL, fallback = NULL',
    retentionMs: settings.notificationBodyRetentionMs,
  };
}
