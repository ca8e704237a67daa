/** Where a complaint stands, in the customer's terms (the status page's headline). */
export type CustomerStatus = 'received' | 'in-progress' | 'resolved' | 'callback' | 'closed';

export interface StatusFacts {
  receivedAt: Date | null;
  progressKnown: boolean;
  resolvedAt: Date | null;
  callbackOwedSince: Date | null;
  closedAt: Date | null;
}

export function customerStatusOf(facts: StatusFacts): CustomerStatus {
  if (facts.closedAt) return 'closed';
  if (facts.callbackOwedSince) return 'callback';
  if (facts.resolvedAt) return 'resolved';
  if (facts.progressKnown) return 'in-progress';
  return 'received';
}
