import { spentTimersMigration } from '@redress/timers/provisioning';
import {
  outboxPayloadAsTextMigration,
  outboxWakeAfterCommitMigration,
  messagingPruningIndexesMigration,
} from '@redress/messaging/provisioning';
import { DataSourceSpec, endpointHealthMigration, queueTableVacuumMigration } from '@redress/platform/provisioning';
import { Initial1732300000000 } from '../migrations/1732300000000-initial';
import { Deliveries1732500000000 } from '../migrations/1732500000000-deliveries';
import { PlaybooksAndFollowUps1732900000000 } from '../migrations/1732900000000-playbooks-and-follow-ups';
import { FeedbackTokenHashes1733210000000 } from '../migrations/1733210000000-feedback-token-hashes';
import { DeliveryLeases1733100000000 } from '../migrations/1733100000000-delivery-leases';
import { ApprovalsAndRevocation1733310000000 } from '../migrations/1733310000000-approvals-and-revocation';
import { DeliveryTransport1733400000000 } from '../migrations/1733400000000-delivery-transport';
import { ContactFallbacks1733500000000 } from '../migrations/1733500000000-contact-fallbacks';
import { DecisionReasons1733600000000 } from '../migrations/1733600000000-decision-reasons';
import { StatusLinksAndClosing1733700000000 } from '../migrations/1733700000000-status-links-and-closing';
import { NotificationBodyPruning1765000100001 } from '../migrations/1765000100001-notification-body-pruning';
import { StaffNotices1765000400000 } from '../migrations/1765000400000-staff-notices';
import { Insight1765000500000 } from '../migrations/1765000500000-insight';
import { ErasedComplaints1765000630000 } from '../migrations/1765000630000-erased-complaints';
import { CustomerNameForRedaction1765000650000 } from '../migrations/1765000650000-customer-name-for-redaction';
import { ContactDetailsFromIntake1765001000000 } from '../migrations/1765001000000-contact-details-from-intake';
import { StaffQueueUpkeep1765001200000 } from '../migrations/1765001200000-staff-queue-upkeep';
import { RootCausePauses1765002300000 } from '../migrations/1765002300000-root-cause-pauses';
import { WhatIfCaseFacts1765002500000 } from '../migrations/1765002500000-what-if-case-facts';
import { HeldNoticesByDue1765002800000 } from '../migrations/1765002800000-held-notices-by-due';
import { NOTIFIER_SCHEMA } from './notifier.schema';

export function notifierDataSourceSpec(url: string): DataSourceSpec {
  return {
    schema: NOTIFIER_SCHEMA,
    url,
    migrations: [
      Initial1732300000000,
      Deliveries1732500000000,
      outboxWakeAfterCommitMigration(NOTIFIER_SCHEMA),
      PlaybooksAndFollowUps1732900000000,
      outboxPayloadAsTextMigration(NOTIFIER_SCHEMA),
      queueTableVacuumMigration(NOTIFIER_SCHEMA, ['outbox', 'timers', 'notifications']),
      DeliveryLeases1733100000000,
      FeedbackTokenHashes1733210000000,
      ApprovalsAndRevocation1733310000000,
      DeliveryTransport1733400000000,
      ContactFallbacks1733500000000,
      DecisionReasons1733600000000,
      StatusLinksAndClosing1733700000000,
      messagingPruningIndexesMigration(NOTIFIER_SCHEMA),
      NotificationBodyPruning1765000100001,
      StaffNotices1765000400000,
      Insight1765000500000,
      ErasedComplaints1765000630000,
      CustomerNameForRedaction1765000650000,
      ContactDetailsFromIntake1765001000000,
      endpointHealthMigration(NOTIFIER_SCHEMA, 1765001100001),
      StaffQueueUpkeep1765001200000,
      RootCausePauses1765002300000,
      WhatIfCaseFacts1765002500000,
      spentTimersMigration(NOTIFIER_SCHEMA),
      HeldNoticesByDue1765002800000,
    ],
  };
}
