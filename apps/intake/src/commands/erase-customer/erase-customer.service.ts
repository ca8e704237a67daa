import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@redress/messaging';
import { ClientSystem } from '../../auth/client-system.guard';
import { CustomerSelector } from '@redress/contracts';
import { customerCondition } from '../../persistence/customer-complaints';
import { ComplaintErasure, ComplaintToErase, ErasureReceipt } from './complaint-erasure';

/**
 * Erases one customer's data from the calling client system's complaints. Repeating it is safe: the complaints
 * erased already no longer match, so a repeat erases nothing and is done at once.
 */
@Injectable()
export class EraseCustomerService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly erasure: ComplaintErasure,
  ) {}

  execute(client: ClientSystem, selector: CustomerSelector): Promise<ErasureReceipt> {
    return this.unitOfWork.run(async (tx) => {
      const condition = customerCondition(client.id, selector);
      // Locked: a complaint of this customer filed meanwhile waits, or is erased by a later request.
      const complaints: ComplaintToErase[] = await tx.manager.query(
        `SELECT c.id, c.customer, c.text FROM intake.complaints c WHERE ${condition.sql} ORDER BY c.received_at, c.id FOR UPDATE`,
        condition.params,
      );
      return this.erasure.erase(tx, client.id, complaints, {
        reason: 'request',
        requestedBy: `client:${client.name}`,
        // The phone or email asked for goes from the texts too, even where the complaint gave another.
        named: 'externalRef' in selector ? {} : selector,
      });
    });
  }
}
