import type { Region } from "@xinqiao/shared";
import { Typography } from "antd";
import { hitPathText } from "./regionPickerNodes.ts";

/** A search hit in a region picker: its name, and its path so same-named regions can be told apart. */
export function RegionPickerHit({ region }: { region: Region }) {
  return (
    <span data-testid="region-picker-hit">
      {region.name}
      {region.path.length > 1 && (
        <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
          {hitPathText(region)}
        </Typography.Text>
      )}
    </span>
  );
}
