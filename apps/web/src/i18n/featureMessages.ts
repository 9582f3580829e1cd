/**
 * The keys features add to the catalogs. Each feature's messages.ts declares its own into this
 * interface (declaration merging), so `t` checks a feature's keys without the i18n files
 * importing the features; the strings themselves reach the catalogs through the feature's
 * WebModule (catalogs.ts).
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by each feature's declaration.
export interface FeatureMessages {}
