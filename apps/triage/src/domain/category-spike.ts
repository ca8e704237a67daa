/**
 * Spike detection for one category at one touchpoint: is this hour's (or this day's) inflow far above the same hour
 * (or weekday) of the last weeks? Pure: the counts come from the caller.
 *
 * The test is a count test, not a ratio: under the history's mean λ (never below `minBaseline`, so an empty history
 * does not make every complaint a spike), the chance of seeing at least `current` complaints by Poisson noise must be
 * below `maxChance`, and `current` must reach `minCount` and `minRatio` times λ. Small numbers never fire: 3 where 1
 * is usual is a ratio of 3 but a chance of 8 %.
 */
export interface SpikeRules {
  /** Fewest complaints in the window for a spike at all. */
  minCount: number;
  /** The current count must be at least this many times the usual. */
  minRatio: number;
  /** The largest Poisson tail probability still called a spike. */
  maxChance: number;
  /** The usual count is never taken below this (a window with no history). */
  minBaseline: number;
}

export const DEFAULT_SPIKE_RULES: SpikeRules = { minCount: 10, minRatio: 2, maxChance: 0.001, minBaseline: 1 };

export interface SpikeVerdict {
  spike: boolean;
  /** The usual count: the mean over the history's windows. */
  usual: number;
  /** P(X >= current) for X ~ Poisson(usual). */
  chance: number;
}

export function judgeInflow(
  current: number,
  history: readonly number[],
  rules: SpikeRules = DEFAULT_SPIKE_RULES,
): SpikeVerdict {
  const mean = history.length === 0 ? 0 : history.reduce((sum, count) => sum + count, 0) / history.length;
  const usual = Math.max(mean, rules.minBaseline);
  const chance = poissonTail(current, usual);
  const spike = current >= rules.minCount && current >= rules.minRatio * usual && chance <= rules.maxChance;
  return { spike, usual, chance };
}

/** P(X >= k) for X ~ Poisson(λ), summed in log space so large counts neither overflow nor underflow. */
export function poissonTail(k: number, lambda: number): number {
  if (k <= 0) return 1;
  // 1 - P(X <= k - 1), with the terms built from P(X = 0) = e^-λ.
  let term = Math.exp(-lambda);
  let below = term;
  for (let i = 1; i < k; i++) {
    term *= lambda / i;
    below += term;
    if (term === 0 && i > lambda) break;
  }
  if (below < 0.999) return Math.max(0, 1 - below);
  // Near 1 the subtraction loses precision: sum the upper tail directly from P(X = k).
  let logTerm = -lambda + k * Math.log(lambda) - logFactorial(k);
  let tail = 0;
  for (let i = k; i < k + 1000; i++) {
    const value = Math.exp(logTerm);
    tail += value;
    if (value < tail * 1e-16) break;
    logTerm += Math.log(lambda) - Math.log(i + 1);
  }
  return Math.min(1, tail);
}

function logFactorial(n: number): number {
  let sum = 0;
  for (let i = 2; i <= n; i++) sum += Math.log(i);
  return sum;
}

/** The same hour of the same weekday in each of the `weeks` weeks before `hourStart` (UTC ms), oldest first. */
export function sameHourLastWeeks(hourStart: number, weeks: number): number[] {
  const WEEK_MS = 7 * 86_400_000;
  return Array.from({ length: weeks }, (_, index) => hourStart - (weeks - index) * WEEK_MS);
}
