/**
 * How a benchmark's figure compares with its floor, the same work done by the bare tools on the same machine in the
 * same run. A busy or slow machine moves both, so the ratio is what compares across runs and machines.
 */

/** A latency against its floor: "3.10x" (1.00x would be no slower than the bare tools). */
export function multiple(value: number, floor: number): string {
  const quotient = ratio(value, floor);
  return quotient === 'n/a' ? quotient : `${quotient}x`;
}

/** value / floor with two significant decimals below 10, one above; n/a when either is missing or the floor is 0. */
export function ratio(value: number, floor: number): string {
  if (!Number.isFinite(value) || !Number.isFinite(floor) || floor <= 0) return 'n/a';
  const quotient = value / floor;
  return quotient.toFixed(quotient < 10 ? 2 : 1);
}
