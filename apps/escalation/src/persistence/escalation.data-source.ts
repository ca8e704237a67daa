import { spentTimersMigration } from '@redress/timers/provisioning';
import {
  outboxPayloadAsTextMigration,
  outboxWakeAfterCommitMigration,
  messagingPruningIndexesMigration,
} from '@redress/messaging/provisioning';
import { DataSourceSpec, queueTableVacuumMigration } from '@redress/platform/provisioning';
import { Initial1732300000000 } from '../migrations/1732300000000-initial';
import { ChainsAndDeadlines1732500000000 } from '../migrations/1732500000000-chains-and-deadlines';
import { FollowUps1732900000000 } from '../migrations/1732900000000-follow-ups';
import { CustomerCare1733720000000 } from '../migrations/1733720000000-customer-care';
import { ServiceLevelPolicies1733800000000 } from '../migrations/1733800000000-service-level-policies';
import { ErasedComplaints1765000620000 } from '../migrations/1765000620000-erased-complaints';
import { CallbacksWithoutPhone1765000640000 } from '../migrations/1765000640000-callbacks-without-phone';
import { PauseHistory1765001200001 } from '../migrations/1765001200001-pause-history';
import { ESCALATION_SCHEMA } from './escalation.schema';

export function escalationDataSourceSpec(url: string): DataSourceSpec {
  return {
    schema: ESCALATION_SCHEMA,
    url,
    migrations: [
      Initial1732300000000,
      ChainsAndDeadlines1732500000000,
      outboxWakeAfterCommitMigration(ESCALATION_SCHEMA),
      FollowUps1732900000000,
      outboxPayloadAsTextMigration(ESCALATION_SCHEMA),
      queueTableVacuumMigration(ESCALATION_SCHEMA, ['outbox', 'timers']),
      CustomerCare1733720000000,
      ServiceLevelPolicies1733800000000,
      messagingPruningIndexesMigration(ESCALATION_SCHEMA),
      ErasedComplaints1765000620000,
      CallbacksWithoutPhone1765000640000,
      PauseHistory1765001200001,
      spentTimersMigration(ESCALATION_SCHEMA),
    ],
  };
}
