import { auditModule } from "../features/audit/module.tsx";
import { homeModule } from "../features/home/module.tsx";
import { platformsModule } from "../features/platforms/module.tsx";
import { regionsModule } from "../features/regions/module.tsx";
import { socialOrganizationsModule } from "../features/socialOrganizations/module.tsx";
import { socialWorkersModule } from "../features/socialWorkers/module.tsx";
import { usersModule } from "../features/users/module.tsx";
import { volunteersModule, volunteerTeamsModule } from "../features/volunteers/module.tsx";
import type { WebModule } from "./webModule.ts";

/** Menu order is the order here. */
export const modules: readonly WebModule[] = [
  homeModule,
  regionsModule,
  platformsModule,
  socialOrganizationsModule,
  socialWorkersModule,
  volunteersModule,
  volunteerTeamsModule,
  usersModule,
  auditModule,
];
