import type { Region } from "@xinqiao/shared";
import { Breadcrumb } from "antd";
import type { MouseEvent } from "react";

/** From the user's scope root down to the region; every step but the last drills back up. */
export function RegionBreadcrumb({ region, onSelect }: { region: Region; onSelect: (code: string) => void }) {
  const steps = region.path.length > 0 ? region.path : [{ code: region.code, name: region.name }];
  return (
    <Breadcrumb
      data-testid="region-breadcrumb"
      items={steps.map((step, index) =>
        index === steps.length - 1
          ? { key: step.code, title: step.name }
          : {
              key: step.code,
              title: step.name,
              href: "#",
              onClick: (event: MouseEvent) => {
                event.preventDefault();
                onSelect(step.code);
              },
            },
      )}
    />
  );
}
