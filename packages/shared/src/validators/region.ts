import { z } from "zod";
import { regionCodePattern, regionLevelOf } from "../regionCode.ts";
import type { RegionLevel } from "../roles.ts";

/**
 * A record's region as a form picks it (and the API and an import receive it): a 12-digit code
 * the user never types. So the messages speak of the choice — "请选择所属区划" when none was
 * picked, "须为街道（乡镇）或社区（村）" when one of the wrong level was — and never of the
 * code's format. `label` is the field's name on the form ("所属区划", "所在区划").
 */
export function regionCodeSchema(
  label: string,
  allowed?: { levels: readonly RegionLevel[]; message: string },
) {
  const missing = `请选择${label}`;
  return z
    .string({ error: (issue) => (issue.input == null ? missing : undefined) })
    .trim()
    .superRefine((code, ctx) => {
      if (code === "") ctx.addIssue({ code: "custom", message: missing });
      else if (!regionCodePattern.test(code))
        ctx.addIssue({ code: "custom", message: "不是有效的区划，请重新选择" });
      else if (allowed && !allowed.levels.includes(regionLevelOf(code)))
        ctx.addIssue({ code: "custom", message: allowed.message });
    });
}
