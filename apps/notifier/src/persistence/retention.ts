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

/**
 * A staff message that went out, or failed for good, is deleted NOTIFICATION_BODY_RETENTION after it finished: the
 * notice it carried stays in the person's list (GET /notices/mine), and a failure is long since in the logs and
 * metrics. Scheduled ones stay: they are still to be sent.
 */
export function staffDeliveriesPruneJob(settings: Pick<NotifierSettings, 'notificationBodyRetentionMs'>): PruneJob {
  return {
    table: 'notifier.staff_deliveries',
    // The expression and condition of the partial index staff_deliveries_finished, which the batches are found by.
    ageColumn: 'coalesce(sent_at, failed_at)',
    where: `status <> 'scheduled'`,
    retentionMs: settings.notificationBodyRetentionMs,
  };
}

/**
 * A notice is deleted from the person's list STAFF_NOTICE_RETENTION after it was written. One still held for a digest
 * stays until it has gone out.
 */
export function staffNoticesPruneJob(settings: Pick<NotifierSettings, 'staffNoticeRetentionMs'>): PruneJob {
  return {
    table: 'notifier.staff_notices',
    // The same condition as the partial index staff_notices_by_age.
    ageColumn: 'created_at',
    where: `status = 'queued'`,
    retentionMs: settings.staffNoticeRetentionMs,
  };
}
