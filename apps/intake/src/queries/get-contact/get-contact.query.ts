import { GoneException, Injectable, NotFoundException } from '@nestjs/common';
import { identityOf } from '@redress/contracts';
import { DataSource } from 'typeorm';
import { ContactView } from './contact.view';

/** A complaint's customer as filed, for the notifier at send time; 410 once erased, 404 for no such complaint. */
@Injectable()
export class GetContactQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute(complaintId: string): Promise<ContactView> {
    const [row]: { customer: unknown; external_ref: string | null; erased_at: Date | null }[] =
      await this.dataSource.query(`SELECT customer, external_ref, erased_at FROM intake.complaints WHERE id = $1`, [
        complaintId,
      ]);
    if (!row) throw new NotFoundException('No such complaint');
    const identity = identityOf(row.customer);
    if (row.erased_at || !identity.phone) throw new GoneException("The customer's data was erased");
    return {
      name: identity.name ?? '',
      ...(identity.formOfAddress ? { formOfAddress: identity.formOfAddress } : {}),
      phone: identity.phone,
      ...(identity.email ? { email: identity.email } : {}),
      reference: row.external_ref ?? complaintId.slice(0, 8).toUpperCase(),
    };
  }
}
