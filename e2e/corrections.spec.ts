// Correcting the hours ledger (issue 9): a mistaken service record is never edited; 更正 adds a
// reversing entry with a reason. haishu records 4 h for a new volunteer and corrects them: the
// entry reads 已更正 with the reason in its tooltip, the reversal is listed beside it and the
// cumulative hours drop by 4; the audit log names the correction.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { randomIdNumbers } from "./helpers.ts";

const community = "330203001001"; // a 社区 of 南门街道, 海曙区
const reason = "同一次服务重复登记";

/** A volunteer of 南门街道 registered through the API, with a name no other run uses. */
async function registerVolunteer(page: Page): Promise<{ id: number; name: string }> {
  const me = await page.request.get("/api/auth/me");
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const [idNumber] = randomIdNumbers(1);
  const name = `更正测试${Math.floor(Math.random() * 1e6)}`;
  const created = await page.request.post("/api/volunteers", {
    headers: { "x-csrf-token": csrfToken },
    data: { name, idNumber, regionCode: community, skills: ["陪伴探访"], availability: ["周末"] },
  });
  expect(created.status(), await created.text()).toBe(201);
  return { id: ((await created.json()) as { id: number }).id, name };
}

test.describe("a service record corrected and audited", () => {
  // The audit test reads the entry the first one writes.
  test.describe.configure({ mode: "serial" });

  test("haishu records 4 h and corrects them with a reason: 已更正, the total drops by 4", async ({
    haishuPage: page,
  }) => {
    const volunteer = await registerVolunteer(page);
    await page.goto(`/volunteers/${volunteer.id}`);
    const summary = page.getByTestId("hours-summary");
    const total = summary.locator(".ant-statistic").filter({ hasText: "累计服务时长" });
    await expect(total).toContainText("0");

    await page.getByTestId("record-hours").click();
    const form = page.getByTestId("service-record-form");
    await form.locator("#content").fill("社区助老陪伴");
    await form.locator("#place").fill("南门街道某社区");
    await form.locator("#hours").fill("4");
    await form.locator("#recordingOrganization").fill("南门街道社会工作服务站");
    await form.locator("#confirmedBy").fill("李晓梅");
    const recordModal = page.locator(".ant-modal").filter({ has: form });
    await recordModal.getByRole("button", { name: /确\s*定/ }).click();
    await expect(recordModal).toBeHidden();
    const table = page.getByTestId("service-record-table");
    const rows = table.locator("tbody tr.ant-table-row");
    await expect(rows).toHaveCount(1);
    await expect(total.locator(".ant-statistic-content-value")).toHaveText("4");

    await rows.first().locator('[data-testid^="correct-record-"]').click();
    const correction = page.getByTestId(/^correct-record-\d+-form$/);
    const modal = page.locator(".ant-modal").filter({ has: correction });
    await expect(modal).toContainText("社区助老陪伴");
    // A reason is required.
    await modal.getByRole("button", { name: "确认更正" }).click();
    await expect(modal).toContainText("不能为空");
    await correction.locator("#reason").fill(reason);
    await modal.getByRole("button", { name: "确认更正" }).click();
    await expect(modal).toBeHidden();

    await expect(rows).toHaveCount(2);
    const corrected = rows.filter({ has: page.getByTestId("entry-corrected") });
    await expect(corrected).toHaveCount(1);
    await expect(corrected).toContainText("已更正");
    await expect(corrected.locator('[data-testid^="correct-record-"]'), "corrected once only").toHaveCount(0);
    await corrected.getByTestId("entry-corrected").hover();
    await expect(page.locator(".ant-tooltip")).toContainText(reason);
    const reversal = rows.filter({ has: page.getByTestId("entry-reversal") });
    await expect(reversal).toContainText("-4");
    await expect(
      reversal.locator('[data-testid^="correct-record-"]'),
      "a reversal is not corrected",
    ).toHaveCount(0);
    await expect(total.locator(".ant-statistic-content-value")).toHaveText("0");
  });

  test("city reads the correction by name in the audit log", async ({ cityPage: page }) => {
    await page.goto("/audit");
    const rows = page.getByTestId("audit-table").locator("tbody tr.ant-table-row");
    await expect(rows.first()).toBeVisible();
    const filters = page.getByTestId("audit-filters");
    await filters.locator("#action").fill("volunteer.hours.reverse");
    await page.keyboard.press("Enter");
    const filtered = page.waitForResponse((response) =>
      response.url().includes("action=volunteer.hours.reverse"),
    );
    await filters.getByRole("button", { name: "查询" }).click();
    await filtered;
    await expect(rows.filter({ hasText: "更正志愿服务时长" }).first()).toBeVisible();
    await expect(rows.filter({ hasNotText: "更正志愿服务时长" })).toHaveCount(0);
    await rows.first().locator(".ant-table-row-expand-icon").click();
    await expect(page.getByTestId("audit-diff").first()).toContainText(reason);
  });
});

test("station corrects a worker's continuing-education entry: 已更正, the cycle's hours drop", async ({
  stationPage: page,
}) => {
  const me = await page.request.get("/api/auth/me");
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  // A worker whose qualification asks for continuing education (others have no cycle to count).
  const listed = await page.request.get("/api/social-workers?pageSize=50&isActive=true");
  const candidates = ((await listed.json()) as { items: { id: number; qualificationLevel: string }[] }).items;
  const worker = candidates.find((candidate) => candidate.qualificationLevel !== "none");
  if (!worker) throw new Error("station has no active certified social worker");
  const description = `更正测试培训${Math.floor(Math.random() * 1e6)}`;
  const added = await page.request.post(`/api/social-workers/${worker.id}/education-hours`, {
    headers: { "x-csrf-token": csrfToken },
    data: { kind: "training", completedOn: "2026-11-02", hours: 6, description },
  });
  expect(added.status(), await added.text()).toBe(201);
  const cycleHours = async () =>
    (
      (await (await page.request.get(`/api/social-workers/${worker.id}/education-hours`)).json()) as {
        status: { completedHours: number } | null;
      }
    ).status?.completedHours ?? 0;
  const before = await cycleHours();

  await page.goto(`/social-workers/${worker.id}`);
  await page.getByRole("tab", { name: "继续教育" }).click();
  const panel = page.getByTestId("education-hours");
  const entry = panel.locator("tbody tr.ant-table-row").filter({ hasText: description });
  await entry.locator('[data-testid^="correct-hours-"]').click();
  const correction = page.getByTestId(/^correct-hours-\d+-form$/);
  const modal = page.locator(".ant-modal").filter({ has: correction });
  await expect(modal).toContainText(description);
  await correction.locator("#reason").fill("同一次培训重复登记");
  await modal.getByRole("button", { name: "确认更正" }).click();
  await expect(modal).toBeHidden();
  await expect(
    panel
      .locator("tbody tr.ant-table-row")
      .filter({ hasText: description })
      .filter({ has: page.getByTestId("entry-corrected") }),
  ).toHaveCount(1);
  expect(await cycleHours()).toBe(before - 6);
});
