import { InvalidRequestException } from '@redress/platform';
import { CustomerSelector } from '@redress/contracts';

/** The fields a request may name a customer by (POST /customers/erasure, GET /customers/export). */
export interface CustomerSelectorFields {
  phone?: string;
  email?: string;
  externalRef?: string;
}

/** Exactly one of phone, email, externalRef; anything else is a 400 naming the fields. */
export function customerSelector(fields: CustomerSelectorFields): CustomerSelector {
  const given = (['phone', 'email', 'externalRef'] as const).filter((field) => fields[field] !== undefined);
  if (given.length !== 1) {
    throw new InvalidRequestException([
      {
        field: given.length === 0 ? 'phone' : given.join(', '),
        reason: 'give exactly one of phone, email and externalRef',
      },
    ]);
  }
  const field = given[0];
  return { [field]: fields[field] } as CustomerSelector;
}

/**
 * The SQL condition on `intake.complaints` (aliased `c`) for one client system's complaints of one customer, not yet
 * erased, with its parameters numbered from `first`. Each form has its index (migration PersonalData1765000600000).
 */
export function customerCondition(
  clientSystemId: string,
  selector: CustomerSelector,
  first = 1,
): { sql: string; params: unknown[] } {
  const [column, value] =
    'phone' in selector
      ? [`c.customer ->> 'phone'`, selector.phone]
      : 'email' in selector
        ? [`lower(c.customer ->> 'email')`, selector.email.toLowerCase()]
        : ['c.external_ref', selector.externalRef];
  return {
    sql: `c.client_system_id = $${first} AND ${column} = $${first + 1} AND c.erased_at IS NULL`,
    params: [clientSystemId, value],
  };
}
