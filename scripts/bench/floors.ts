/**
 * How a benchmark's figure compares with its floor, the same work done by the bare tools on the same machine in the
 * same run. A busy or slow machine moves both, so the ratio is what compares across runs and machines.
 */

/** Throughput against its floor: "0.24 of the floor" (1 would be as fast as the bare tool). */
export function throughputRatio(value: number, floor: number): string {
  return `${ratio(value, floor)} of the floor`;
}

/** Latency against its floor: "3.1x the floor" (1 would be no slower than the bare tools). */
export function latencyMultiple(value: number, floor: number): string {
  return `${ratio(value, floor)}x the floor`;
}

/** value / floor with two significant decimals below 10, one above; n/a when either is missing or the floor is 0. */
export function ratio(value: number, floor: number): string {
  if (!Number.isFinite(value) || !Number.isFinite(floor) || floor <= 0) return 'n/a';
  const quotient = value / floor;
  return quotient.toFixed(quotient < 10 ? 2 : 1);
}
