import { defineServerModule } from "../../platform/serverModule.ts";

/** 人才培养: courses, enrolment, attendance and completion into the continuing-education ledger. */
export const trainingModule = defineServerModule({
  name: "training",
  routes: () => {},
  grants: {
    "training.read": [
      "city_officer",
      "district_officer",
      "station_staff",
      "social_worker",
      "supervisor",
      "org_admin",
      "leader",
    ],
    "training.manage": ["city_officer", "district_officer", "station_staff"],
  },
});
