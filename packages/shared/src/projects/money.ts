/**
 * Money in 分 (integers), as every amount of the projects module is stored, summed and sent.
 * Floats never hold money: 0.1 + 0.2 元 is not 0.3 元 in binary, and a sum shown on a page must
 * equal the sum of the rows above it to the 分.
 */

/** The largest amount one entry may carry: 1 亿元, far below Number.MAX_SAFE_INTEGER when summed. */
export const maxEntryFen = 10_000_000_000;

/** 1234 → "12.34"; −5 → "-0.05"; 100000 → "1,000.00" with `grouped`. */
export function formatFen(fen: number, options: { grouped?: boolean } = {}): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not an integer amount of fen: ${fen}`);
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  const yuan = String(Math.trunc(abs / 100));
  const cents = String(abs % 100).padStart(2, "0");
  const whole = options.grouped ? yuan.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : yuan;
  return `${sign}${whole}.${cents}`;
}

const yuanPattern = /^(\d{1,9})(?:\.(\d{1,2}))?$/;

/**
 * What a user typed as 元 ("12.34", "12.3", "12", " 1,234.50 ") → 分, read digit by digit so
 * that "0.29" is 29 and never 28.999…; null when it is not an amount (a third decimal, a sign,
 * letters). Zero and negatives are the schema's to refuse, with the field's message.
 */
export function parseYuan(text: string): number | null {
  const cleaned = text.trim().replace(/[,，]/g, "");
  const match = yuanPattern.exec(cleaned);
  if (!match) return null;
  const cents = (match[2] ?? "").padEnd(2, "0");
  return Number(match[1]) * 100 + Number(cents);
}

/** The sum of amounts in 分, refusing anything that is not a safe integer. */
export function sumFen(amounts: Iterable<number>): number {
  let total = 0;
  for (const amount of amounts) {
    if (!Number.isSafeInteger(amount)) throw new RangeError(`not an integer amount of fen: ${amount}`);
    total += amount;
  }
  if (!Number.isSafeInteger(total)) throw new RangeError("sum beyond safe integers");
  return total;
}

/**
 * part ÷ whole in basis points (1/10,000: 8,765 = 87.65 %), rounded half up in integer
 * arithmetic; null when the whole is not positive (no budget, nothing received: no rate).
 */
export function rateBasisPoints(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  const scaled = BigInt(part) * 20_000n + BigInt(whole);
  const doubled = BigInt(whole) * 2n;
  // Floor division for negatives too (a reversed receipt may leave a negative part).
  const quotient = scaled / doubled - (scaled % doubled < 0n ? 1n : 0n);
  return Number(quotient);
}

/** 8765 → "87.65%"; null → "—". */
export function formatRate(basisPoints: number | null): string {
  if (basisPoints === null) return "—";
  const sign = basisPoints < 0 ? "-" : "";
  const abs = Math.abs(basisPoints);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}%`;
}
