import { activitiesModule } from "./modules/activities/activities.module.ts";
import { analyticsModule } from "./modules/analytics/analytics.module.ts";
import { attachmentsModule } from "./modules/attachments/attachments.module.ts";
import { auditModule } from "./modules/audit/audit.module.ts";
import { authModule } from "./modules/auth/auth.module.ts";
import { caseworkModule } from "./modules/casework/casework.module.ts";
import { clientsModule } from "./modules/clients/clients.module.ts";
import { dataQualityModule } from "./modules/dataQuality/dataQuality.module.ts";
import { importsModule } from "./modules/imports/imports.module.ts";
import { organizationsModule } from "./modules/organizations/organizations.module.ts";
import { platformsModule } from "./modules/platforms/platforms.module.ts";
import { projectsModule } from "./modules/projects/projects.module.ts";
import { regionsModule } from "./modules/regions/regions.module.ts";
import { reportsModule } from "./modules/reports/reports.module.ts";
import { socialOrganizationsModule } from "./modules/socialOrganizations/socialOrganizations.module.ts";
import { socialWorkersModule } from "./modules/socialWorkers/socialWorkers.module.ts";
import { trainingModule } from "./modules/training/training.module.ts";
import { usersModule } from "./modules/users/users.module.ts";
import { volunteersModule } from "./modules/volunteers/volunteers.module.ts";
import type { ServerModule } from "./platform/serverModule.ts";

/**
 * Every server module, one line each. The order is the demo data's: a module comes after those
 * whose records it refers to (organizations operate platforms, which employ workers).
 */
export const serverModules: readonly ServerModule[] = [
  authModule,
  regionsModule,
  usersModule,
  organizationsModule,
  auditModule,
  importsModule,
  socialOrganizationsModule,
  platformsModule,
  socialWorkersModule,
  volunteersModule,
  clientsModule,
  caseworkModule,
  attachmentsModule,
  activitiesModule,
  projectsModule,
  trainingModule,
  analyticsModule,
  reportsModule,
  dataQualityModule,
];
