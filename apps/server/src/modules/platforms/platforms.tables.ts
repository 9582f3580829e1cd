import type { PlatformKind, PlatformStatusId } from "@xinqiao/shared";
import type { RegistryColumns } from "../../platform/db/tables.ts";

declare module "../../platform/db/tables.ts" {
  interface Database {
    platforms: PlatformTable;
  }
}

export interface PlatformTable extends RegistryColumns {
  kind: PlatformKind;
  address: string | null;
  floor_area: number | null;
  facilities_json: string;
  operator_organization_id: number | null;
  opened_on: string | null;
  status: PlatformStatusId;
}
