import { spentTimersMigration } from '@redress/timers/provisioning';
import {
  outboxPayloadAsTextMigration,
  outboxWakeAfterCommitMigration,
  messagingPruningIndexesMigration,
} from '@redress/messaging/provisioning';
import { DataSourceSpec, queueTableVacuumMigration } from '@redress/platform/provisioning';
import { Initial1732300000000 } from '../migrations/1732300000000-initial';
import { Committee1732400000000 } from '../migrations/1732400000000-committee';
import { ComplaintExcerpts1732700000000 } from '../migrations/1732700000000-complaint-excerpts';
import { ClosingTheLoop1732800000000 } from '../migrations/1732800000000-closing-the-loop';
import { CategorySpikes1765000500001 } from '../migrations/1765000500001-category-spikes';
import { ErasedComplaints1765000610000 } from '../migrations/1765000610000-erased-complaints';
import { TRIAGE_SCHEMA } from './triage.schema';

export function triageDataSourceSpec(url: string): DataSourceSpec {
  return {
    schema: TRIAGE_SCHEMA,
    url,
    migrations: [
      Initial1732300000000,
      Committee1732400000000,
      outboxWakeAfterCommitMigration(TRIAGE_SCHEMA),
      ComplaintExcerpts1732700000000,
      ClosingTheLoop1732800000000,
      outboxPayloadAsTextMigration(TRIAGE_SCHEMA),
      queueTableVacuumMigration(TRIAGE_SCHEMA, ['outbox', 'timers']),
      messagingPruningIndexesMigration(TRIAGE_SCHEMA),
      CategorySpikes1765000500001,
      ErasedComplaints1765000610000,
      spentTimersMigration(TRIAGE_SCHEMA),
    ],
  };
}
