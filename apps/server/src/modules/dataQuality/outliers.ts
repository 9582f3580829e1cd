import { median } from "@xinqiao/shared";

/**
 * Outliers by the median absolute deviation (MAD), DHIS2's robust outlier check: a value is an
 * outlier when it lies more than `mads` MADs from the median of the values. Unlike a z-score the
 * median and the MAD are not dragged along by the outlier itself, so one district with a
 * mistyped population stands out even among five. The MAD is used unscaled (no 1.4826 factor):
 * the threshold reads as "3 MAD", as the city sets it.
 */
export interface Outlier {
  /** The value's position in the input. */
  index: number;
  value: number;
  median: number;
  mad: number;
  /** |value − median| ÷ MAD. */
  deviation: number;
}

/** Fewer units than this give no median worth comparing against. */
export const minimumUnitsForOutliers = 3;

export function medianAbsoluteDeviation(values: readonly number[]): { median: number; mad: number } | null {
  const middle = median(values);
  if (middle === null) return null;
  const mad = median(values.map((value) => Math.abs(value - middle)));
  return mad === null ? null : { median: middle, mad };
}

/**
 * The values further than `mads` MADs from their median. Units without a value are left out of
 * the median and never flagged. With a MAD of 0 (most units equal) no distance can be measured in
 * MADs and nothing is flagged: a rule that flagged every unit differing from a shared value would
 * mostly flag rounding.
 */
export function madOutliers(values: readonly (number | null)[], mads: number): Outlier[] {
  const known = values.flatMap((value, index) =>
    value !== null && Number.isFinite(value) ? [{ value, index }] : [],
  );
  if (known.length < minimumUnitsForOutliers) return [];
  const spread = medianAbsoluteDeviation(known.map((entry) => entry.value));
  if (!spread || spread.mad === 0) return [];
  return known.flatMap(({ value, index }) => {
    const deviation = Math.abs(value - spread.median) / spread.mad;
    return deviation > mads ? [{ index, value, median: spread.median, mad: spread.mad, deviation }] : [];
  });
}
