export * from "./creditCode.ts";
export * from "./idNumber.ts";
export * from "./phone.ts";
export * from "./text.ts";
