/** Schemas of the volunteers registry (being built: see issue 3). */
export const volunteersSchemas = {};
