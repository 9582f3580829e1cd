/**
 * The figures the dashboards show beside each indicator (PRODUCT.md "The four problems"): the
 * median of the districts, each district's ratio to it, the coefficient of variation across
 * districts, a composite development index and the 短板 flag; the Herfindahl index for funding.
 * Pure functions over values already computed, the same on the server and in tests.
 */
export type Direction = "higherIsBetter" | "lowerIsBetter";

const present = (values: readonly (number | null)[]): number[] =>
  values.filter((value): value is number => value !== null && Number.isFinite(value));

export function median(values: readonly (number | null)[]): number | null {
  const sorted = present(values).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function ratioTo(value: number | null, reference: number | null): number | null {
  return value === null || reference === null || reference === 0 ? null : value / reference;
}

/**
 * Coefficient of variation: the population standard deviation over the mean. Null with fewer
 * than two values or a mean of 0 (nothing to compare).
 */
export function coefficientOfVariation(values: readonly (number | null)[]): number | null {
  const known = present(values);
  if (known.length < 2) return null;
  const mean = known.reduce((sum, value) => sum + value, 0) / known.length;
  if (mean === 0) return null;
  const variance = known.reduce((sum, value) => sum + (value - mean) ** 2, 0) / known.length;
  return Math.sqrt(variance) / Math.abs(mean);
}

/** The share below which a unit is 短板 on an indicator: 60 % of the median. */
export const shortBoardRatio = 0.6;

/**
 * 短板: below 60 % of the median where higher is better; where lower is better, above the
 * median by the same factor (median ÷ 0.6). Not flagged without a positive median.
 */
export function isShortBoard(
  value: number | null,
  medianValue: number | null,
  direction: Direction,
): boolean {
  if (value === null || medianValue === null || medianValue <= 0) return false;
  return direction === "higherIsBetter"
    ? value < shortBoardRatio * medianValue
    : value > medianValue / shortBoardRatio;
}

/**
 * Min–max normalised values (0–1), direction-aware: the best unit 1, the worst 0. Where every
 * unit has the same value none lags: each gets 1. Units without a value stay null.
 */
export function normalised(values: readonly (number | null)[], direction: Direction): (number | null)[] {
  const known = present(values);
  if (known.length === 0) return values.map(() => null);
  const min = Math.min(...known);
  const max = Math.max(...known);
  return values.map((value) => {
    if (value === null || !Number.isFinite(value)) return null;
    if (max === min) return 1;
    const share = (value - min) / (max - min);
    return direction === "higherIsBetter" ? share : 1 - share;
  });
}

/**
 * The composite development index of each unit: the mean of its normalised indicators × 100
 * (0–100). `rows[i][u]` is indicator i's value for unit u. A unit's missing values are left out
 * of its mean; a unit with none has no index.
 */
export function compositeIndex(
  rows: readonly { values: readonly (number | null)[]; direction: Direction }[],
  unitCount: number,
): (number | null)[] {
  const normalisedRows = rows.map((row) => normalised(row.values, row.direction));
  return Array.from({ length: unitCount }, (_, unit) => {
    const known = present(normalisedRows.map((row) => row[unit] ?? null));
    return known.length === 0 ? null : (known.reduce((sum, value) => sum + value, 0) / known.length) * 100;
  });
}

/** Ranks (1 = highest) of the values; equal values share a rank; null has none. */
export function ranksOf(values: readonly (number | null)[]): (number | null)[] {
  return values.map((value) =>
    value === null ? null : 1 + present(values).filter((other) => other > value).length,
  );
}

/**
 * Herfindahl–Hirschman index of the amounts' shares: 1.0 when all comes from one source, 1/n
 * when n sources give equally. Null when nothing was given.
 */
export function herfindahlIndex(amounts: readonly number[]): number | null {
  const total = amounts.reduce((sum, amount) => sum + amount, 0);
  if (total <= 0) return null;
  return amounts.reduce((sum, amount) => sum + (amount / total) ** 2, 0);
}
