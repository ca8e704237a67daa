import { GoneException, Injectable, NotFoundException } from '@nestjs/common';
import { identityOf } from '@redress/contracts';
import { DataSource } from 'typeorm';
import { ContactsView, ContactView } from './contact.view';

interface ContactRow {
  id: string;
  customer: unknown;
  external_ref: string | null;
  erased_at: Date | null;
}

/** A complaint's customer as filed, for the notifier at send time; 410 once erased, 404 for no such complaint. */
@Injectable()
export class GetContactQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute(complaintId: string): Promise<ContactView> {
    const [row]: ContactRow[] = await this.dataSource.query(
      `SELECT id, customer, external_ref, erased_at FROM intake.complaints WHERE id = $1`,
      [complaintId],
    );
    if (!row) throw new NotFoundException('No such complaint');
    const contact = contactOf(row);
    if (!contact) throw new GoneException("The customer's data was erased");
    return contact;
  }

  /** The customers of several complaints in one read: one lookup per claim of due messages, not one per message. */
  async many(complaintIds: string[]): Promise<ContactsView> {
    const ids = [...new Set(complaintIds.map((id) => id.toLowerCase()))];
    const rows: ContactRow[] = await this.dataSource.query(
      `SELECT id, customer, external_ref, erased_at FROM intake.complaints WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    const contacts = rows.flatMap((row) => {
      const contact = contactOf(row);
      return contact ? [{ complaintId: row.id, ...contact }] : [];
    });
    const reachable = new Set(contacts.map((contact) => contact.complaintId));
    return { contacts, gone: ids.filter((id) => !reachable.has(id)) };
  }
}

/** The contact details of a complaint's customer; none once erased. */
function contactOf(row: ContactRow): ContactView | undefined {
  const identity = identityOf(row.customer);
  if (row.erased_at || !identity.phone) return undefined;
  return {
    name: identity.name ?? '',
    ...(identity.formOfAddress ? { formOfAddress: identity.formOfAddress } : {}),
    phone: identity.phone,
    ...(identity.email ? { email: identity.email } : {}),
    reference: row.external_ref ?? row.id.slice(0, 8).toUpperCase(),
  };
}
