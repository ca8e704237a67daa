import { Inject, Injectable } from '@nestjs/common';
import { EventEnvelope, EventType, formatMinorUnits, Touchpoint } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../../config/notifier.settings';
import { Locale } from '../../domain/locale';
import { choosePlaybook, playbookCompensation, PlaybookRule, renderPlaybookText } from '../../domain/playbook';
import { playbooksApplied } from '../../metrics/notifier.metrics';
import { KnownComplaint } from '../../persistence/complaint-record';
import {
  activePlaybooksAt,
  insertApplication,
  setApplicationCompensation,
  setApplicationNotification,
} from '../../persistence/playbook.store';
import { CompensationService } from '../settle-compensation/compensation.service';

interface ActivePlaybook extends PlaybookRule {
  id: string;
  name: string;
  message: Partial<Record<Locale, string>>;
  compensation: number;
}

/**
 * Applies an active force-majeure playbook to a received complaint, at most once per complaint (the application's
 * primary key): its pre-authorised compensation is granted now, within the budget, and its text becomes the
 * acknowledgement. The root cause still goes to the committee; nothing here waits for it.
 */
@Injectable()
export class PlaybookApplier {
  constructor(
    @Inject(NOTIFIER_SETTINGS) private readonly settings: NotifierSettings,
    private readonly compensation: CompensationService,
  ) {}

  /** The acknowledgement's text when a playbook applies, else null. */
  async apply(
    tx: Transaction,
    event: EventEnvelope<typeof EventType.ComplaintReceived>,
    complaint: KnownComplaint,
  ): Promise<string | null> {
    const receivedAt = new Date(event.data.receivedAt);
    const rows = await activePlaybooksAt(tx.manager, receivedAt);
    if (rows.length === 0) return null;
    const playbook = choosePlaybook(rows.map(toActivePlaybook), {
      touchpoint: event.data.touchpoint as Touchpoint,
      text: event.data.text,
      receivedAt,
    });
    if (!playbook) return null;
    const { currency, limit } = this.settings.compensation;
    const appliedAt = new Date();
    if (!(await insertApplication(tx.manager, complaint.id, playbook.id, appliedAt, currency))) return null;
    const granted = await this.compensation.settleWith(
      tx,
      complaint.id,
      complaint.rootCauseId,
      playbookCompensation(playbook.compensation, { limit, currency }),
    );
    await setApplicationCompensation(tx.manager, complaint.id, granted.granted);
    tx.emit({
      type: EventType.PlaybookApplied,
      key: complaint.id,
      correlationId: complaint.id,
      data: {
        complaintId: complaint.id,
        playbookId: playbook.id,
        playbook: playbook.name,
        compensation: granted.granted,
        currency,
        appliedAt: appliedAt.toISOString(),
      },
    });
    tx.afterCommit(() => playbooksApplied.inc({ playbook: playbook.name }));
    return renderPlaybookText(playbook.message, complaint.locale, {
      reference: complaint.reference,
      compensation: `${formatMinorUnits(granted.granted, currency)} ${currency}`,
    });
  }

  /** Records which message told the customer (the acknowledgement written with the application). */
  async noteMessage(tx: Transaction, complaintId: string, notificationId: string): Promise<void> {
    await setApplicationNotification(tx.manager, complaintId, notificationId);
  }
}

function toActivePlaybook(row: Record<string, any>): ActivePlaybook {
  return {
    id: row.id,
    name: row.name,
    touchpoint: row.touchpoint,
    keywords: row.keywords,
    activeFrom: new Date(row.active_from),
    activeUntil: row.active_until ? new Date(row.active_until) : null,
    message: row.message,
    compensation: Number(row.compensation),
  };
}
