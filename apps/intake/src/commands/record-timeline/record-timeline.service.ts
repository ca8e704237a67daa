import { Injectable, Logger } from '@nestjs/common';
import { EventEnvelope, EventType } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { statusAtRank, statusReachedBy } from '../../domain/complaint-status';
import { describeEvent } from '../../domain/timeline-entry';
import {
  advanceComplaint,
  advanceRootCauseComplaints,
  highestRootCauseRank,
  insertRootCauseEntry,
  linkToRootCause,
  lockRootCause,
  shareRootCause,
  markClosed,
  recordComplaintEntry,
  setRootCauseDepartment,
} from '../../persistence/timeline.store';

/**
 * Projects events onto complaints. Events keyed by a complaint land on that complaint; events keyed by a root
 * cause are stored once and reach every complaint linked to it, including complaints linked later, so a link
 * arriving after its root cause's later events still shows them.
 */
@Injectable()
export class RecordTimelineService {
  private readonly logger = new Logger(RecordTimelineService.name);

  async recordComplaintEvent(event: EventEnvelope, complaintId: string, tx: Transaction): Promise<void> {
    const recorded = await recordComplaintEntry(
      tx.manager,
      event,
      complaintId,
      describeEvent(event),
      statusReachedBy(event),
    );
    if (!recorded) {
      this.logger.warn(`[${event.correlationId}] ${event.type} for unknown complaint ${complaintId} ignored`);
      return;
    }
    // The retention clock (PERSONAL_DATA_RETENTION) starts when the complaint closes.
    if (event.type === EventType.ComplaintClosed) await markClosed(tx.manager, complaintId, event.occurredAt);
    if (event.type === EventType.RootCauseComplaintLinked) {
      const { rootCauseId, category } = (event as EventEnvelope<typeof EventType.RootCauseComplaintLinked>).data;
      await this.link(complaintId, rootCauseId, category, tx);
    }
  }

  async recordRootCauseEvent(event: EventEnvelope, rootCauseId: string, tx: Transaction): Promise<void> {
    await lockRootCause(tx.manager, rootCauseId);
    const reached = statusReachedBy(event);
    await insertRootCauseEntry(tx.manager, event, rootCauseId, describeEvent(event), reached);
    const department = departmentNamedBy(event);
    // Staff search filters by the owning department (docs/complaint-search.md).
    if (department) await setRootCauseDepartment(tx.manager, rootCauseId, department);
    if (reached) await advanceRootCauseComplaints(tx.manager, rootCauseId, reached);
  }

  /** Joins a complaint to its root cause and catches it up with what that root cause has already been through. */
  private async link(complaintId: string, rootCauseId: string, category: string, tx: Transaction): Promise<void> {
    await shareRootCause(tx.manager, rootCauseId);
    await linkToRootCause(tx.manager, complaintId, rootCauseId, category);
    const rank = await highestRootCauseRank(tx.manager, rootCauseId);
    if (rank === null) return;
    await advanceComplaint(tx.manager, complaintId, statusAtRank(rank));
  }
}

/** The department an event makes the owner of its root cause, if it names one. */
function departmentNamedBy(event: EventEnvelope): string | null {
  if (event.type !== EventType.RootCauseIdentified && event.type !== EventType.AssignmentCreated) return null;
  return (event.data as { department: string }).department;
}
