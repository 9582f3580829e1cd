import { activitiesModule } from "../features/activities/module.tsx";
import { analyticsModule } from "../features/analytics/module.tsx";
import { attachmentsModule } from "../features/attachments/module.tsx";
import { auditModule } from "../features/audit/module.tsx";
import { deskModule } from "../features/casework/desk/module.tsx";
import { caseworkModule } from "../features/casework/module.tsx";
import { clientsModule } from "../features/clients/module.tsx";
import { dataQualityModule } from "../features/dataQuality/module.tsx";
import { platformsModule } from "../features/platforms/module.tsx";
import { projectsModule } from "../features/projects/module.tsx";
import { regionsModule } from "../features/regions/module.tsx";
import { reportsModule } from "../features/reports/module.tsx";
import { socialOrganizationsModule } from "../features/socialOrganizations/module.tsx";
import { socialWorkersModule } from "../features/socialWorkers/module.tsx";
import { trainingModule } from "../features/training/module.tsx";
import { usersModule } from "../features/users/module.tsx";
import { volunteersModule } from "../features/volunteers/module.tsx";
import type { WebModule, WebPage } from "./webModule.ts";

/** Every feature, one line each; the menu lists their pages in this order. */
export const modules: readonly WebModule[] = [
  // The dashboard is "/", the home page: first in the menu.
  analyticsModule,
  deskModule,
  regionsModule,
  platformsModule,
  socialOrganizationsModule,
  socialWorkersModule,
  volunteersModule,
  clientsModule,
  caseworkModule,
  attachmentsModule,
  activitiesModule,
  projectsModule,
  trainingModule,
  reportsModule,
  dataQualityModule,
  usersModule,
  auditModule,
];

/** Every page of every module, in menu order. */
export const pages: readonly WebPage[] = modules.flatMap((module) => module.pages);
