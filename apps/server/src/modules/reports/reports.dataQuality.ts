import type { RequestUser } from "../../platform/auth/requestUser.ts";
import type { AppContext } from "../../platform/context.ts";
import { dataQualityFindings } from "../dataQuality/dataQuality.service.ts";

/**
 * How many data-quality findings the district has for the report's period: what the district
 * should look at (and fix) before it submits, and what the city sees was open at submission.
 */
export async function findingsCountOf(
  ctx: Pick<AppContext, "db" | "clock">,
  user: RequestUser,
  regionCode: string,
  period: string,
): Promise<number> {
  return (await dataQualityFindings(ctx, user, regionCode, { period })).findings.length;
}
