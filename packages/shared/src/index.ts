import "./zodLocale.ts";

export * from "./dictionaries.ts";
export * from "./errors.ts";
export * from "./fieldLabels.ts";
export * from "./masking.ts";
export * from "./password.ts";
export * from "./regionCode.ts";
export * from "./roles.ts";
export * from "./schemas/audit.ts";
export * from "./schemas/auth.ts";
export * from "./schemas/pagination.ts";
export * from "./schemas/platforms.ts";
export * from "./schemas/regions.ts";
export * from "./schemas/socialOrganizations.ts";
export * from "./schemas/socialWorkers.ts";
export * from "./schemas/users.ts";
export * from "./schemas/volunteers.ts";
export * from "./validators/index.ts";
