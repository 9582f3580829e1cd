export * from "./catalogue.ts";
export * from "./formula.ts";
export * from "./indicators.ts";
export * from "./periods.ts";
export * from "./statistics.ts";
