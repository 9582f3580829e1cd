import { PermissionGate } from "../components/PermissionGate.tsx";
import { ForbiddenPage } from "./ForbiddenPage.tsx";
import type { WebPage } from "./webModule.ts";

export function ModuleRoute({ page }: { page: WebPage }) {
  const Page = page.page;
  return (
    <PermissionGate permission={page.permission} fallback={<ForbiddenPage />}>
      <Page />
    </PermissionGate>
  );
}
