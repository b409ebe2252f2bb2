/** A set of timings in milliseconds: its median and how far it spreads. */
export interface Summary {
  n: number;
  median: number;
  /** The middle half of the samples (25th to 75th percentile). */
  p25: number;
  p75: number;
  min: number;
  max: number;
  samples: number[];
}

/** The p-th percentile (0–100), interpolated between the two nearest samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = ((sorted.length - 1) * p) / 100;
  const below = Math.floor(at);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (at - below);
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: percentile(sorted, 50),
    p25: percentile(sorted, 25),
    p75: percentile(sorted, 75),
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
    samples: samples.map((s) => Math.round(s * 100) / 100),
  };
}

/**
 * Ratios of measurements taken back to back (`over[i] / under[i]`), summarized. Other work on the
 * machine changes its speed from one second to the next; a pair taken within a second sees about
 * the same machine, so the ratio of each pair is steadier than the ratio of two medians.
 */
export function pairedRatios(over: readonly number[], under: readonly number[]): Summary {
  if (over.length !== under.length) throw new Error(`Unpaired samples: ${over.length} and ${under.length}`);
  return summarize(over.map((value, i) => value / under[i]!));
}
