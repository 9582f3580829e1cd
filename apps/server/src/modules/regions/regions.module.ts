import { roleIds } from "@xinqiao/shared";
import { findRegions } from "../../platform/regionLookup.ts";
import { defineServerModule } from "../../platform/serverModule.ts";
import { regionMeasures } from "./regions.measures.ts";
import { registerRegionRoutes } from "./regions.routes.ts";

/** The region tree (区划) and its residents. */
export const regionsModule = defineServerModule({
  name: "regions",
  routes: registerRegionRoutes,
  measureSources: [regionMeasures],
  grants: {
    "regions.read": roleIds,
    "regions.residents.edit": ["city_officer", "district_officer", "station_staff"],
  },
  // A region's entries name it by its code.
  auditSubjects: {
    region: async (db, codes) =>
      new Map(
        (await findRegions(db, codes)).map((region) => [
          region.code,
          { name: region.name, regionCode: region.code },
        ]),
      ),
  },
});
