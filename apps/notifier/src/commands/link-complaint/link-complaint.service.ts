import { Injectable } from '@nestjs/common';
import { EventEnvelope, EventType } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { toKnownComplaint } from '../../persistence/complaint-record';
import { linkToRootCause } from '../../persistence/complaint.store';
import { RootCauseUpdatesHandler } from '../inform-complaints/root-cause-updates.handler';

/**
 * Records which root cause a complaint belongs to: the link with the latest `linkedAt` wins (a move or merge
 * relinks; an older link arriving late changes nothing). A complaint joining a root cause that is already assigned
 * or resolved is told what it missed: the latest progress, or the resolution with its compensation.
 */
@Injectable()
export class LinkComplaintService {
  constructor(private readonly updates: RootCauseUpdatesHandler) {}

  /** Whether the complaint was told something (a message may be due). */
  async execute(event: EventEnvelope<typeof EventType.RootCauseComplaintLinked>, tx: Transaction): Promise<boolean> {
    const { complaintId, rootCauseId, linkedAt } = event.data;
    const row = await linkToRootCause(tx.manager, complaintId, rootCauseId, linkedAt);
    if (!row || !row.received_at) return false; // an older link, or the complaint itself has not arrived yet
    return this.updates.catchUp(tx, toKnownComplaint(row));
  }
}
