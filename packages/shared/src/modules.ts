import { activitiesContract } from "./modules/activities.ts";
import { analyticsContract } from "./modules/analytics.ts";
import { attachmentsContract } from "./modules/attachments.ts";
import { caseworkContract } from "./modules/casework.ts";
import { clientsContract } from "./modules/clients.ts";
import { coreContract } from "./modules/core.ts";
import { platformsContract } from "./modules/platforms.ts";
import { projectsContract } from "./modules/projects.ts";
import { socialOrganizationsContract } from "./modules/socialOrganizations.ts";
import { socialWorkersContract } from "./modules/socialWorkers.ts";
import { trainingContract } from "./modules/training.ts";
import { volunteersContract } from "./modules/volunteers.ts";

/** Every module's contract; a new module adds one line. */
export const moduleContracts = [
  coreContract,
  socialOrganizationsContract,
  platformsContract,
  socialWorkersContract,
  volunteersContract,
  clientsContract,
  caseworkContract,
  attachmentsContract,
  activitiesContract,
  analyticsContract,
  projectsContract,
  trainingContract,
] as const;

type Contract = (typeof moduleContracts)[number];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;

export type Permission = Contract["permissions"][number];
export const permissions: readonly Permission[] = moduleContracts.flatMap(
  (c): readonly Permission[] => c.permissions,
);

export type AuditEntityVocabulary = UnionToIntersection<Contract["auditEntities"]>;
export type AuditActionVocabulary = UnionToIntersection<Contract["auditActions"]>;
export const auditEntityVocabulary = Object.assign(
  {},
  ...moduleContracts.map((c) => c.auditEntities),
) as AuditEntityVocabulary;
export const auditActionVocabulary = Object.assign(
  {},
  ...moduleContracts.map((c) => c.auditActions),
) as AuditActionVocabulary;
