/** The three things an owner hands in to resolve an assignment (the committee practice: act, report, propose). */
export interface Deliverables {
  actionsTaken: string;
  causeReport: string;
  eliminationProposal: string;
}

export const DELIVERABLES: readonly (keyof Deliverables)[] = ['actionsTaken', 'causeReport', 'eliminationProposal'];

export const MAX_DELIVERABLE_LENGTH = 10_000;

const WHAT: Record<keyof Deliverables, string> = {
  actionsTaken: 'the measures taken',
  causeReport: 'the report on the causes',
  eliminationProposal: 'the proposal to eliminate the cause',
};

/** The deliverables, and optionally what customers are told was done: they never see the internal cause report. */
export interface Resolution extends Deliverables {
  customerSummary?: string;
}

export const MAX_CUSTOMER_SUMMARY_LENGTH = 1_000;

/** Markup has no place in a text customers read in an SMS, an email and a web page. */
const MARKUP = /<\/?[a-z!][^>]*>/i;

/** Every missing, blank or too long deliverable, and a customer summary that is given but unfit, by field. */
export function checkDeliverables(
  input: Partial<Record<keyof Resolution, unknown>>,
): { field: keyof Resolution; reason: string }[] {
  const problems: { field: keyof Resolution; reason: string }[] = [];
  for (const field of DELIVERABLES) {
    const value = input[field];
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push({ field, reason: `${field} (${WHAT[field]}) is required and must not be blank` });
    } else if (value.length > MAX_DELIVERABLE_LENGTH) {
      problems.push({ field, reason: `${field} must be at most ${MAX_DELIVERABLE_LENGTH} characters` });
    }
  }
  const summary = input.customerSummary;
  if (summary !== undefined && summary !== null) {
    if (typeof summary !== 'string' || summary.trim() === '') {
      problems.push({
        field: 'customerSummary',
        reason: 'customerSummary (what customers are told was done) must be text and not blank when given',
      });
    } else if (summary.length > MAX_CUSTOMER_SUMMARY_LENGTH) {
      problems.push({
        field: 'customerSummary',
        reason: `customerSummary must be at most ${MAX_CUSTOMER_SUMMARY_LENGTH} characters`,
      });
    } else if (MARKUP.test(summary)) {
      problems.push({ field: 'customerSummary', reason: 'customerSummary is plain text for customers: no markup' });
    }
  }
  return problems;
}
