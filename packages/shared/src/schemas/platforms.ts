/** Schemas of the platforms registry (being built: see issue 3). */
export const platformsSchemas = {};
