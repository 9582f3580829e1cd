import { formatFen, formatRate } from "@xinqiao/shared";

/** Money shown as 元 with two decimals and thousands separators, right-aligned in tables. */
export const yuan = (fen: number) => formatFen(fen, { grouped: true });
export const rate = (basisPoints: number | null) => formatRate(basisPoints);
export const moneyColumn = { align: "right" as const };
