import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { legacyRecordAddress } from "./recordAddress.ts";

/**
 * A list that once opened its records in a drawer (`?platform=12`): such an address goes to the
 * record's page instead, replacing the old entry so that going back does not bounce here again.
 */
export function LegacyRecordRedirect({ param, children }: { param: string; children: ReactNode }) {
  const { pathname, search } = useLocation();
  const target = legacyRecordAddress(pathname, search, param);
  return target === null ? children : <Navigate to={target} replace />;
}
