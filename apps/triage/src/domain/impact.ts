import { Dissatisfaction } from '@redress/contracts/vocabulary';

/** How much one complaint weighs on the agenda: an outraged customer counts three times a mildly unhappy one. */
export const DISSATISFACTION_WEIGHT: Record<Dissatisfaction, number> = { outraged: 3, upset: 2, mild: 1 };

export function impactWeight(dissatisfaction: Dissatisfaction): number {
  return DISSATISFACTION_WEIGHT[dissatisfaction];
}

/** The impact of a root cause: its complaints, each weighted by how upset its customer is. */
export function impactOf(complaints: Partial<Record<Dissatisfaction, number>>): number {
  return (Object.keys(DISSATISFACTION_WEIGHT) as Dissatisfaction[]).reduce(
    (sum, level) => sum + (complaints[level] ?? 0) * DISSATISFACTION_WEIGHT[level],
    0,
  );
}
