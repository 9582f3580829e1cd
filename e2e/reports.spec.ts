// Periodic reports (issue 11): the district officer of 海曙区 creates and submits a monthly report,
// the city officer returns it once with a reason, the district completes it and submits again, the
// city approves it — locked from then on; the leader reads it and exports it but has no step to take.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { chooseOption, menuItem } from "./helpers.ts";

const haishu = "330203000000";

/**
 * The month to report on: last month, as a district does in the first days of a month, or the
 * newest one before it without a report (reruns against one server pick another).
 */
async function freeMonth(page: Page): Promise<string> {
  const answer = await page.request.get(`/api/reports?regionCode=${haishu}&periodKind=month&pageSize=200`);
  expect(answer.ok()).toBe(true);
  const taken = new Set(
    ((await answer.json()) as { items: { period: string }[] }).items.map((r) => r.period),
  );
  const today = new Date(Date.now() + 8 * 3_600_000);
  for (let back = 1; back < 24; back += 1) {
    const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - back, 1));
    const month = date.toISOString().slice(0, 7);
    if (!taken.has(month)) return month;
  }
  throw new Error("海曙区 has a report for each of the last 24 months");
}

const monthLabel = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;

/** Takes a step that asks for confirmation first (提交, 审核通过) and waits for the server's answer. */
async function confirmStep(page: Page, step: "submit" | "approve"): Promise<void> {
  await page.getByTestId(`report-${step}`).click();
  const answer = page.waitForResponse(
    (response) => response.url().endsWith(`/${step}`) && response.request().method() === "POST",
  );
  await page
    .locator(".ant-popconfirm")
    .getByRole("button", { name: /确\s*定|OK/ })
    .click();
  expect((await answer).status()).toBe(200);
}

test("the district submits a monthly report, the city returns it once with a reason and approves the resubmission", async ({
  haishuPage,
  cityPage,
  leaderPage,
}) => {
  const month = await freeMonth(haishuPage);
  const title = `海曙区 ${monthLabel(month)} 月报`;

  // 海曙区 creates the report: its district is fixed, the month chosen.
  await haishuPage.goto("/");
  await menuItem(haishuPage, "定期报表").click();
  await expect(haishuPage).toHaveURL(/\/reports$/);
  await haishuPage.getByTestId("report-create").click();
  const form = haishuPage.getByTestId("report-form");
  await expect(
    form.locator("#report_regionCode").locator("xpath=ancestor::div[contains(@class,'ant-select')][1]"),
  ).toContainText("海曙区");
  await chooseOption(haishuPage, form.locator("#report_period"), monthLabel(month));
  const created = haishuPage.waitForResponse(
    (response) =>
      new URL(response.url()).pathname === "/api/reports" && response.request().method() === "POST",
  );
  await haishuPage.getByTestId("report-save").click();
  expect((await created).status()).toBe(201);
  await expect(haishuPage.getByTestId("report-detail")).toContainText(title);
  await expect(haishuPage.getByTestId("report-status")).toHaveText("草稿");
  const reportUrl = haishuPage.url();

  // The figures come from the data: the district and its streets, named from the catalogue.
  const figures = haishuPage.getByTestId("report-figures");
  await expect(figures).toContainText("每万人社工数");
  await expect(figures).toContainText("南门街道");
  await expect(haishuPage.getByTestId("report-figures-source")).toContainText("实时数据");

  const text = haishuPage.getByTestId("report-text-form");
  await text.locator("#reportText_narrative").fill("本月各街道社工站运行平稳，个案服务按期推进。");
  await text.locator("#reportText_highlights").fill("南门街道开展邻里互助活动。");
  await haishuPage.getByTestId("report-text-save").click();
  await expect(haishuPage.getByText("已保存")).toBeVisible();
  await confirmStep(haishuPage, "submit");
  await expect(haishuPage.getByTestId("report-status")).toHaveText("已提交");
  await expect(haishuPage.getByTestId("report-figures-source")).toContainText("提交时的数据");
  await expect(haishuPage.getByTestId("report-text-form")).toHaveCount(0);
  await expect(haishuPage.getByTestId("report-approve")).toHaveCount(0);

  // The city returns it, with its reason.
  await cityPage.goto(reportUrl);
  await expect(cityPage.getByTestId("report-status")).toHaveText("已提交");
  await cityPage.getByTestId("report-return").click();
  await cityPage.getByTestId("report-return-reason").fill("请补充问题与建议。");
  const returned = cityPage.waitForResponse(
    (response) => response.url().endsWith("/return") && response.request().method() === "POST",
  );
  await cityPage.locator("#report-return-confirm").click();
  expect((await returned).status()).toBe(200);
  await expect(cityPage.getByTestId("report-status")).toHaveText("已退回");

  // The district sees why, completes the text and submits again.
  await haishuPage.reload();
  await expect(haishuPage.getByTestId("report-status")).toHaveText("已退回");
  await expect(haishuPage.getByTestId("report-return-reason-shown")).toContainText("请补充问题与建议。");
  await haishuPage
    .getByTestId("report-text-form")
    .locator("#reportText_problems")
    .fill("部分社区常住人口数据待更新。");
  await haishuPage.getByTestId("report-text-save").click();
  await expect(haishuPage.getByText("已保存").first()).toBeVisible();
  await confirmStep(haishuPage, "submit");
  await expect(haishuPage.getByTestId("report-status")).toHaveText("已提交");

  // The city approves: the report is locked.
  await cityPage.reload();
  await confirmStep(cityPage, "approve");
  await expect(cityPage.getByTestId("report-status")).toHaveText("已通过");
  await expect(cityPage.getByTestId("report-text")).toContainText("部分社区常住人口数据待更新。");
  await expect(cityPage.getByTestId("report-timeline")).toContainText("请补充问题与建议。");
  for (const step of ["submit", "approve", "return"]) {
    await expect(cityPage.getByTestId(`report-${step}`)).toHaveCount(0);
  }

  // The leader reads and exports it, with no step to take; the list shows it approved.
  await leaderPage.goto(reportUrl);
  await expect(leaderPage.getByTestId("report-status")).toHaveText("已通过");
  await expect(leaderPage.getByTestId("report-submit")).toHaveCount(0);
  await expect(leaderPage.getByTestId("report-approve")).toHaveCount(0);
  const download = leaderPage.waitForEvent("download");
  await leaderPage.getByTestId("report-export").click();
  expect((await download).suggestedFilename()).toBe(`海曙区${monthLabel(month)}月报.xlsx`);
  await leaderPage.goto("/reports?status=approved");
  await expect(leaderPage.getByTestId("report-table")).toContainText(title);
});
