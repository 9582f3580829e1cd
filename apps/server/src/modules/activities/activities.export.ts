import { type ActivityExportQuery, activityMethods, activityStatuses, idsOfQuery } from "@xinqiao/shared";
import type { FastifyReply } from "fastify";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import type { AppContext } from "../../platform/context.ts";
import type { ExcelColumn } from "../../platform/excel/index.ts";
import { keysetRows, streamAuditedExport } from "../../platform/exportFlow.ts";
import { regionPathNamesOf } from "../../platform/regionLookup.ts";
import { presentActivity } from "./activities.presenter.ts";
import * as repository from "./activities.repository.ts";
import { activityFilters } from "./activities.service.ts";

/**
 * The activities export through the one export flow (filters and scope of the list, keyset
 * pages, streamed, audited). It holds counts, never a participant's or volunteer's name, so it
 * is masked for everyone.
 */
type ActivityExportKey =
  | "name"
  | "method"
  | "domain"
  | "date"
  | "time"
  | "place"
  | "regionCode"
  | "regionName"
  | "organizer"
  | "status"
  | "volunteerPlaces"
  | "signedUpCount"
  | "participantCount"
  | "unregisteredCount";

const columns: ExcelColumn<ActivityExportKey>[] = [
  { key: "name", header: "活动名称", kind: "text", width: 28, description: "" },
  { key: "method", header: "活动形式", kind: "text", width: 10, description: "小组活动/社区活动" },
  { key: "domain", header: "服务领域", kind: "text", width: 14, description: "" },
  { key: "date", header: "活动日期", kind: "text", width: 12, description: "YYYY-MM-DD" },
  { key: "time", header: "时间", kind: "text", width: 12, description: "HH:mm-HH:mm" },
  { key: "place", header: "活动地点", kind: "text", width: 24, description: "" },
  { key: "regionCode", header: "区划代码", kind: "code", width: 15, description: "" },
  { key: "regionName", header: "活动区划", kind: "text", width: 28, description: "区（县）/街道/社区" },
  { key: "organizer", header: "主办方", kind: "text", width: 26, description: "" },
  { key: "status", header: "状态", kind: "text", width: 8, description: "草稿/已发布/已结束/已取消" },
  { key: "volunteerPlaces", header: "志愿者名额", kind: "integer", width: 10, description: "" },
  { key: "signedUpCount", header: "已报名", kind: "integer", width: 8, description: "" },
  { key: "participantCount", header: "登记参与人数", kind: "integer", width: 12, description: "" },
  { key: "unregisteredCount", header: "未登记参与人数", kind: "integer", width: 12, description: "" },
];

export function exportActivities(
  ctx: Pick<AppContext, "db" | "clock">,
  user: RequestUser,
  query: ActivityExportQuery,
  ip: string | null,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const listed = activityFilters(user, query);
  const filters = listed && { ...listed, ids: idsOfQuery(query.ids) };
  const rows = keysetRows(
    async (after, limit) => {
      if (!filters) return [];
      const cursor = after?.regionCode ? { regionCode: after.regionCode, id: after.id } : null;
      const page = await repository.exportPage(ctx.db, filters, cursor, limit);
      const names = await regionPathNamesOf(
        ctx.db,
        page.map((row) => row.region_code),
      );
      return page.map((row) => {
        const activity = presentActivity(user, row, names);
        return {
          id: row.id,
          regionCode: row.region_code,
          record: {
            name: activity.name,
            method: activityMethods[activity.method],
            domain: activity.domain,
            date: activity.date,
            time: `${activity.startTime}-${activity.endTime}`,
            place: activity.place,
            regionCode: activity.region.code,
            regionName: activity.regionPath.map((link) => link.name).join("/"),
            organizer: activity.organizer.name,
            status: activityStatuses[activity.status],
            volunteerPlaces: activity.volunteerPlaces,
            signedUpCount: activity.signedUpCount,
            participantCount: activity.participantCount,
            unregisteredCount: activity.unregisteredCount,
          },
        };
      });
    },
    (row) => row.record,
  );
  return streamAuditedExport(ctx, user, reply, {
    entity: "activity",
    fileName: "活动.xlsx",
    sheetName: "活动",
    columns,
    filters: { ...query, ids: idsOfQuery(query.ids) },
    isUnmasked: false,
    rows,
    ip,
  });
}
