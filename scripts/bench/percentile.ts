/** The value at quantile `q` (0.5, 0.99 ...) of ascending `sorted`; NaN when there is none. */
export function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? NaN;
}
