import { auditSubjectsOfTable } from "../../platform/auditSubjects.ts";
import { defineServerModule } from "../../platform/serverModule.ts";
import { registerClientRoutes } from "./clients.routes.ts";
import * as clientsTables from "./migrations/2026120790_clients.ts";
import "./clients.tables.ts";

/**
 * 服务对象 (clients of casework). No demo data yet: the demo city has no clients until a
 * `clients.demo.ts` is written. A leader holds neither permission (aggregates only).
 */
export const clientsModule = defineServerModule({
  name: "clients",
  routes: registerClientRoutes,
  migrations: { "2026120790_clients": clientsTables },
  grants: {
    "clients.read": ["city_officer", "district_officer", "station_staff", "social_worker", "supervisor"],
    "clients.manage": ["city_officer", "district_officer", "station_staff", "social_worker"],
  },
  auditSubjects: { client: auditSubjectsOfTable("clients") },
});
