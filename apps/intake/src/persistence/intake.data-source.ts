import {
  outboxPayloadAsTextMigration,
  outboxWakeAfterCommitMigration,
  messagingPruningIndexesMigration,
} from '@redress/messaging/provisioning';
import { DataSourceSpec, endpointHealthMigration, queueTableVacuumMigration } from '@redress/platform/provisioning';
import { Initial1732300000000 } from '../migrations/1732300000000-initial';
import { IdempotencyKeys1732400000000 } from '../migrations/1732400000000-idempotency-keys';
import { StaffReaders1732700000000 } from '../migrations/1732700000000-staff-readers';
import { Revocation1733300000000 } from '../migrations/1733300000000-revocation';
import { FollowUpStatus1733710000000 } from '../migrations/1733710000000-follow-up-status';
import { ChangeFeed1733900000000 } from '../migrations/1733900000000-change-feed';
import { KeyRotation1733900000001 } from '../migrations/1733900000001-key-rotation';
import { WebhookSubscriptions1765000200000 } from '../migrations/1765000200000-webhook-subscriptions';
import { PersonalData1765000600000 } from '../migrations/1765000600000-personal-data';
import { Attachments1765000300000 } from '../migrations/1765000300000-attachments';
import { ComplaintSearch1765001400000 } from '../migrations/1765001400000-complaint-search';
import { FeedCopiesByComplaint1765001100002 } from '../migrations/1765001100002-feed-copies-by-complaint';
import { ChangeFeedRetention1765002400000 } from '../migrations/1765002400000-change-feed-retention';
import { ChangeFeedByAge1765002400001 } from '../migrations/1765002400001-change-feed-by-age';
import { WebhookAttemptsByDelivery1765002400002 } from '../migrations/1765002400002-webhook-attempts-by-delivery';
import { WebhookDeliveriesPendingByPosition1765002800000 } from '../migrations/1765002800000-webhook-deliveries-pending-by-position';
import { INTAKE_SCHEMA } from './intake.schema';

export function intakeDataSourceSpec(url: string): DataSourceSpec {
  return {
    schema: INTAKE_SCHEMA,
    url,
    migrations: [
      Initial1732300000000,
      IdempotencyKeys1732400000000,
      outboxWakeAfterCommitMigration(INTAKE_SCHEMA),
      StaffReaders1732700000000,
      outboxPayloadAsTextMigration(INTAKE_SCHEMA),
      queueTableVacuumMigration(INTAKE_SCHEMA, ['outbox']),
      Revocation1733300000000,
      FollowUpStatus1733710000000,
      ChangeFeed1733900000000,
      KeyRotation1733900000001,
      messagingPruningIndexesMigration(INTAKE_SCHEMA),
      WebhookSubscriptions1765000200000,
      PersonalData1765000600000,
      Attachments1765000300000,
      ComplaintSearch1765001400000,
      endpointHealthMigration(INTAKE_SCHEMA, 1765001100000),
      FeedCopiesByComplaint1765001100002,
      ChangeFeedRetention1765002400000,
      ChangeFeedByAge1765002400001,
      WebhookAttemptsByDelivery1765002400002,
      WebhookDeliveriesPendingByPosition1765002800000,
    ],
    poolSize: 20,
  };
}
