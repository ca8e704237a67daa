import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@redress/messaging';
import { ClientSystem } from '../../auth/client-system.guard';
import { CustomerSelector } from '@redress/contracts';
import { customerCondition } from '../../persistence/customer-complaints';
import { ComplaintView } from '../get-complaint/complaint.view';
import { GetComplaintQuery } from '../get-complaint/get-complaint.query';

/** At most this many complaints in one export; `truncated` says when the customer has more. */
export const EXPORT_MAX_COMPLAINTS = 1000;

/** What GET /customers/export answers: every complaint of the customer this client system filed, as intake holds it. */
export interface CustomerExport {
  exportedAt: string;
  customer: CustomerSelector;
  complaints: ComplaintView[];
  truncated: boolean;
}

/**
 * Gathers one customer's data for a subject-access request, and notes in the audit trail that it was asked (by whom,
 * when, how many complaints; not whose). Intake holds the complaint as filed and a copy of every event about it
 * (messages, compensations, ratings, callbacks), which is what the other services hold of the customer.
 */
@Injectable()
export class ExportCustomerQuery {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly getComplaint: GetComplaintQuery,
  ) {}

  async execute(client: ClientSystem, selector: CustomerSelector): Promise<CustomerExport> {
    const condition = customerCondition(client.id, selector);
    const ids: { id: string }[] = await this.unitOfWork.run(async (tx) => {
      const rows: { id: string }[] = await tx.manager.query(
        `SELECT c.id FROM intake.complaints c WHERE ${condition.sql} ORDER BY c.received_at, c.id LIMIT ${EXPORT_MAX_COMPLAINTS + 1}`,
        condition.params,
      );
      await tx.manager.query(
        `INSERT INTO intake.privacy_audit (client_system_id, action, requested_by, complaint_count)
         VALUES ($1, 'export', $2, $3)`,
        [client.id, `client:${client.name}`, Math.min(rows.length, EXPORT_MAX_COMPLAINTS)],
      );
      return rows;
    });
    const complaints: ComplaintView[] = [];
    for (const { id } of ids.slice(0, EXPORT_MAX_COMPLAINTS))
      complaints.push(await this.getComplaint.execute(client, id));
    return {
      exportedAt: new Date().toISOString(),
      customer: selector,
      complaints,
      truncated: ids.length > EXPORT_MAX_COMPLAINTS,
    };
  }
}
