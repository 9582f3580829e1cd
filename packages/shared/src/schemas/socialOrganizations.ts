/** Schemas of the socialOrganizations registry (being built: see issue 3). */
export const socialOrganizationsSchemas = {};
