import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@redress/messaging';
import { ClientSystem } from '../../auth/client-system.guard';
import { CustomerSelector } from '@redress/contracts';
import { lockCustomerComplaints } from '../../persistence/erasure.store';
import { ComplaintErasure, ErasureReceipt } from './complaint-erasure.service';

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
      // Locked: a complaint of this customer filed meanwhile waits, or is erased by a later request.
      const complaints = await lockCustomerComplaints(tx.manager, client.id, selector);
      return this.erasure.erase(tx, client.id, complaints, {
        reason: 'request',
        requestedBy: `client:${client.name}`,
        // The phone or email asked for goes from the texts too, even where the complaint gave another.
        named: 'externalRef' in selector ? {} : selector,
      });
    });
  }
}
