import { PermissionGate } from "../components/PermissionGate.tsx";
import { ForbiddenPage } from "./ForbiddenPage.tsx";
import type { WebModule } from "./webModule.ts";

export function ModuleRoute({ module }: { module: WebModule }) {
  const Page = module.page;
  return (
    <PermissionGate permission={module.permission} fallback={<ForbiddenPage />}>
      <Page />
    </PermissionGate>
  );
}
