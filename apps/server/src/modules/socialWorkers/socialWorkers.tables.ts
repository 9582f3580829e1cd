import type {
  EducationHourKind,
  EducationLevel,
  EmployerKind,
  QualificationLevel,
  WorkerEmploymentStatus,
} from "@xinqiao/shared";
import type { Generated } from "kysely";
import type { PersonalIdentityColumns, RegistryColumns } from "../../platform/db/tables.ts";

declare module "../../platform/db/tables.ts" {
  interface Database {
    social_workers: SocialWorkerTable;
    social_worker_education_hours: EducationHoursTable;
  }
}

export interface SocialWorkerTable extends RegistryColumns, PersonalIdentityColumns {
  education: EducationLevel;
  major: string | null;
  is_social_work_major: number;
  qualification_level: QualificationLevel;
  certificate_number: string | null;
  certificate_date: string | null;
  registration_date: string | null;
  registration_expiry: string | null;
  other_certificates_json: string;
  employer_kind: EmployerKind;
  platform_id: number | null;
  social_organization_id: number | null;
  department_id: number | null;
  position: string | null;
  domains_json: string;
  employment_status: WorkerEmploymentStatus;
  is_introduced_talent: number;
  joined_on: string | null;
}

export interface EducationHoursTable {
  id: Generated<number>;
  social_worker_id: number;
  /** "training" or "degree" (EducationHourKind); defaults to training. */
  kind: Generated<EducationHourKind>;
  completed_on: string;
  /** As entered for training; 90 for a degree (what it counts). */
  hours: number;
  description: string;
  source: string;
  created_at: string;
  created_by: number | null;
  /** On a correction: the entry it reverses (same kind, opposite hours); null otherwise. */
  reverses_id: number | null;
  reversal_reason: string | null;
}
