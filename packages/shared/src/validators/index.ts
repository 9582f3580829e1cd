export * from "./creditCode.ts";
export * from "./fieldRules.ts";
export * from "./idNumber.ts";
export * from "./isoDate.ts";
export * from "./phone.ts";
export * from "./region.ts";
export * from "./text.ts";
