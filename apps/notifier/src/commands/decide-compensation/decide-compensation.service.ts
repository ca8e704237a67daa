import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { EventType } from '@redress/contracts';
import { UnitOfWork } from '@redress/messaging';
import { Supervisor } from '../../auth/supervisor.guard';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../../config/notifier.settings';
import { compensationView, CompensationView } from '../../queries/list-compensations/list-compensations.http.controller';

/**
 * A supervisor's decision on a grant under review. Approving pays what was requested (the whole claim, or the grant
 * the budget held back), counted in the budget of the month it was granted in even past its limit, since a person
 * decided; rejecting keeps what was granted. Either way `compensation.granted` states the final amount, so every
 * consumer learns the review is over. A decided grant answers 409.
 */
@Injectable()
export class DecideCompensationService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    @Inject(NOTIFIER_SETTINGS) private readonly settings: NotifierSettings,
  ) {}

  execute(supervisor: Supervisor, id: string, decision: 'approve' | 'reject'): Promise<CompensationView> {
    return this.unitOfWork.run(async (tx) => {
      const [row] = await tx.manager.query(`SELECT * FROM notifier.compensations WHERE id = $1 FOR UPDATE`, [id]);
      if (!row) throw new NotFoundException('No such compensation');
      if (row.status !== 'review') throw new ConflictException(`This compensation is ${row.status}, not under review`);
      const granted = Number(row.granted);
      const total = decision === 'approve' ? Math.max(granted, Number(row.requested)) : granted;
      if (total > granted) {
        await tx.manager.query(
          `INSERT INTO notifier.budgets (period, currency, limit_amount, used) VALUES ($1, $2, $3, $4)
           ON CONFLICT (period, currency) DO UPDATE SET used = notifier.budgets.used + EXCLUDED.used`,
          [row.period, row.currency, this.settings.compensation.monthlyBudget, total - granted],
        );
      }
      const [updated] = await tx.manager.query(
        `UPDATE notifier.compensations SET status = $2, granted = $3, decided_at = now(), decided_by = $4 WHERE id = $1 RETURNING *`,
        [id, decision === 'approve' ? 'approved' : 'rejected', total, supervisor.id],
      ).then((result: unknown[]) => (Array.isArray(result[0]) ? result[0] : result));
      tx.emit({
        type: EventType.CompensationGranted,
        key: row.complaint_id,
        correlationId: row.complaint_id,
        data: { complaintId: row.complaint_id, amount: total, currency: row.currency, basis: row.basis },
      });
      return compensationView(updated);
    });
  }
}
