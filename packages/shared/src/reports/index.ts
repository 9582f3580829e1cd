export * from "./reportLifecycle.ts";
export * from "./reportSchemas.ts";
