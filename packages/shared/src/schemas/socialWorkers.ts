/** Schemas of the socialWorkers registry (being built: see issue 3). */
export const socialWorkersSchemas = {};
