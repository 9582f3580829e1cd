import { defineServerModule } from "../../platform/serverModule.ts";

/** 项目与资金: projects through their lifecycle, budget lines by funding source, money in and out. */
export const projectsModule = defineServerModule({
  name: "projects",
  routes: () => {},
  grants: {
    "projects.read": [
      "city_officer",
      "district_officer",
      "station_staff",
      "supervisor",
      "org_admin",
      "leader",
    ],
    "projects.manage": ["city_officer", "district_officer", "station_staff", "org_admin"],
    "projects.approve": ["city_officer", "district_officer"],
    "funds.record": ["city_officer", "district_officer", "station_staff", "org_admin"],
    "funds.overspend": ["city_officer", "district_officer"],
  },
});
