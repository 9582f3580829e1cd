import { EditOutlined } from "@ant-design/icons";
import type { Region } from "@xinqiao/shared";
import { Button, Space, Tooltip } from "antd";
import { useState } from "react";
import { formatCount } from "../../../components/formatNumber.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { ResidentsEditor } from "./ResidentsEditor.tsx";

/** A residents figure; for editable communities, an edit button that turns it into the form. */
export function ResidentsCell({ region, isEditable }: { region: Region; isEditable: boolean }) {
  const { t, locale } = useI18n();
  const [isEditing, setIsEditing] = useState(false);
  if (isEditing) {
    return (
      <ResidentsEditor
        region={region}
        onDone={() => setIsEditing(false)}
        onCancel={() => setIsEditing(false)}
      />
    );
  }
  return (
    <Space size={4}>
      {region.isResidentsDemo ? (
        // In the text colour: grey read as "disabled". The table's demo tag and this hint say it.
        <Tooltip title={t("region.demoDataHint")}>
          <span>{formatCount(region.residents, locale)}</span>
        </Tooltip>
      ) : (
        <span>{formatCount(region.residents, locale)}</span>
      )}
      {isEditable && region.level === "community" && region.canEditResidents && (
        <Tooltip title={t("region.editResidents")}>
          <Button
            type="link"
            size="small"
            icon={<EditOutlined />}
            aria-label={t("region.editResidents")}
            onClick={(event) => {
              event.stopPropagation();
              setIsEditing(true);
            }}
          />
        </Tooltip>
      )}
    </Space>
  );
}
