/** One level of a department's escalation chain: level 1 owns first, then the head, then level 3 and up. */
export interface ChainLink {
  ownerId: string;
  name: string;
  level: number;
}

export type ChainStep = { kind: 'escalate'; to: ChainLink } | { kind: 'breach' };

/**
 * Where a missed deadline at `currentLevel` takes the assignment: to the next level of the chain as it is now (an
 * edited chain applies from the next step), or, when no level is above, nowhere: it is breached and stays put.
 */
export function nextStep(chain: readonly ChainLink[], currentLevel: number): ChainStep {
  const above = chain.filter((link) => link.level > currentLevel).sort((a, b) => a.level - b.level);
  return above.length > 0 ? { kind: 'escalate', to: above[0] } : { kind: 'breach' };
}
