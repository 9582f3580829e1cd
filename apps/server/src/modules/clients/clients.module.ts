import { auditSubjectsOfTable } from "../../platform/auditSubjects.ts";
import { defineServerModule } from "../../platform/serverModule.ts";
import { clientAttachmentOwner } from "./clients.attachmentOwner.ts";
import { registerClientRoutes } from "./clients.routes.ts";
import { consentsClientTimeline, registerClientTimelineRoute } from "./clients.timeline.ts";
import * as clientsTables from "./migrations/2026120790_clients.ts";
import * as duplicatesTables from "./migrations/2026120791_client_duplicates.ts";
import "./clients.tables.ts";

/** 服务对象 (clients of casework). A leader holds neither permission (aggregates only). */
export const clientsModule = defineServerModule({
  name: "clients",
  routes: (app, ctx, host) => {
    registerClientRoutes(app, ctx, host);
    registerClientTimelineRoute(app, ctx, host);
  },
  migrations: {
    "2026120790_clients": clientsTables,
    "2026120791_client_duplicates": duplicatesTables,
  },
  grants: {
    "clients.read": ["city_officer", "district_officer", "station_staff", "social_worker", "supervisor"],
    "clients.manage": ["city_officer", "district_officer", "station_staff", "social_worker"],
  },
  // Imported when needed: production never loads the generators (nor faker).
  loadDemoData: async (ctx) => (await import("./clients.demo.ts")).loadDemoClients(ctx),
  auditSubjects: { client: auditSubjectsOfTable("clients") },
  attachmentOwners: { client: clientAttachmentOwner },
  clientTimeline: consentsClientTimeline,
});
