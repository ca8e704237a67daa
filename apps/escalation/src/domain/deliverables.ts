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

/** Every missing, blank or too long deliverable, by field; empty when all three are there. */
export function checkDeliverables(input: Partial<Record<keyof Deliverables, unknown>>): { field: keyof Deliverables; reason: string }[] {
  const problems: { field: keyof Deliverables; reason: string }[] = [];
  for (const field of DELIVERABLES) {
    const value = input[field];
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push({ field, reason: `${field} (${WHAT[field]}) is required and must not be blank` });
    } else if (value.length > MAX_DELIVERABLE_LENGTH) {
      problems.push({ field, reason: `${field} must be at most ${MAX_DELIVERABLE_LENGTH} characters` });
    }
  }
  return problems;
}
