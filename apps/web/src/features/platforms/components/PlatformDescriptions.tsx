import type { PlatformDetail } from "@xinqiao/shared";
import { Alert, Descriptions, Space, Tag } from "antd";
import dayjs from "dayjs";
import { RecordLink } from "../../../components/RecordLink.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { usePlatformLabels } from "../hooks/usePlatformLabels.ts";
import { StandardTags } from "./StandardTags.tsx";

/** Every field of a platform, with what the server derives (staff, standards, warnings). */
export function PlatformDescriptions({ platform }: { platform: PlatformDetail }) {
  const { t } = useI18n();
  const labels = usePlatformLabels();
  const field = (name: string) => labels.field(name);

  return (
    <Space orientation="vertical" size={12} style={{ width: "100%" }}>
      {platform.warnings.length > 0 && (
        <Alert type="warning" showIcon title={platform.warnings.join("；")} data-testid="platform-warnings" />
      )}
      <Descriptions column={2} size="small" bordered data-testid="platform-descriptions">
        <Descriptions.Item label={field("name")} span={2}>
          <Space wrap>
            {platform.name}
            {platform.isDemo && <Tag color="orange">{t("platforms.demo")}</Tag>}
            {!platform.isActive && <Tag>{t("platforms.inactive")}</Tag>}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={field("kind")}>{labels.kind(platform.kind)}</Descriptions.Item>
        <Descriptions.Item label={field("status")}>{labels.status(platform.status)}</Descriptions.Item>
        <Descriptions.Item label={field("regionCode")} span={2}>
          {platform.regionPath.map((step) => step.name).join(" · ")}
        </Descriptions.Item>
        <Descriptions.Item label={field("address")} span={2}>
          {platform.address ?? "—"}
        </Descriptions.Item>
        <Descriptions.Item label={field("floorArea")}>{labels.area(platform.floorArea)}</Descriptions.Item>
        <Descriptions.Item label={field("staffCount")}>{platform.staffCount}</Descriptions.Item>
        {platform.kind === "station" && (
          <Descriptions.Item label={field("standard")} span={2}>
            <StandardTags platform={platform} />
          </Descriptions.Item>
        )}
        <Descriptions.Item label={field("facilities")} span={2}>
          {platform.facilities.length > 0
            ? platform.facilities.map((facility) => <Tag key={facility}>{labels.facility(facility)}</Tag>)
            : "—"}
        </Descriptions.Item>
        <Descriptions.Item label={field("operatorOrganizationId")}>
          {platform.operatorOrganization ? (
            <RecordLink reference={platform.operatorOrganization} kind="socialOrganization" />
          ) : (
            "—"
          )}
        </Descriptions.Item>
        <Descriptions.Item label={field("openedOn")}>{platform.openedOn ?? "—"}</Descriptions.Item>
        <Descriptions.Item label={field("createdAt")}>
          {dayjs(platform.createdAt).format("YYYY-MM-DD HH:mm")}
        </Descriptions.Item>
        <Descriptions.Item label={field("updatedAt")}>
          {dayjs(platform.updatedAt).format("YYYY-MM-DD HH:mm")}
        </Descriptions.Item>
      </Descriptions>
    </Space>
  );
}
