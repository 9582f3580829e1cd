export * from "./dictionaries.ts";
export * from "./lifecycle.ts";
export * from "./money.ts";
