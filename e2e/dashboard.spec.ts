// The dashboard of the four problems (issue 11): the leader's city by district, the map coloured by a
// chosen indicator, the drill-down to a district and a street, the imbalance table's workbook; a
// district officer's dashboard holds its own streets and nothing of another district. The server
// loads the demo city with its aggregates rebuilt, so the districts' figures really differ.
import type { Dashboard } from "@xinqiao/shared";
import ExcelJS from "exceljs";
import { expect, test } from "./fixtures.ts";
import { chooseOption, rowValues } from "./helpers.ts";

const city = "330200000000";
const haishu = "330203000000";
const nanmen = "330203001000";
const unitRows = (page: import("@playwright/test").Page, problem: string) =>
  page.locator(`[data-testid="dashboard-table-${problem}"] tbody tr.ant-table-row`);

test("the leader reads the city by district, colours the map, exports the imbalance table and drills down to a street", async ({
  leaderPage: page,
}) => {
  const answered = page.waitForResponse(
    (response) => new URL(response.url()).pathname === "/api/dashboard" && response.ok(),
  );
  await page.goto("/");
  const answer = (await (await answered).json()) as Dashboard;
  expect(answer.region.code).toBe(city);
  expect(answer.units).toHaveLength(10);
  // Real demo figures, uneven on purpose: the composite index tells the districts apart.
  const indexes = answer.composite.map((entry) => entry.index);
  expect(new Set(indexes).size).toBeGreaterThan(5);

  await expect(page.getByTestId("dashboard-as-of")).toContainText("数据更新于");
  const rows = unitRows(page, "imbalance");
  await expect(rows).toHaveCount(10);
  await expect(rows.filter({ hasText: "海曙区" })).toHaveCount(1);
  for (const problem of ["imbalance", "talent", "quality", "funding"]) {
    await expect(page.getByTestId(`dashboard-summary-${problem}`)).toBeVisible();
  }
  await expect(page.getByTestId("dashboard-panel-funding")).toContainText("尚未记录资金投入数据");
  const best = answer.composite.find((entry) => entry.rank === 1);
  const bestName = answer.units.find((unit) => unit.code === best?.code)?.name ?? "";
  await expect(page.getByTestId("dashboard-summary-imbalance")).toContainText(`综合指数最高：${bestName}`);

  // A figure links to the records behind it, narrowed to its district; the leader reads no cases, so
  // satisfaction is a plain number rather than a link to a page that would refuse them.
  await expect(
    rows.filter({ hasText: "海曙区" }).locator(`a[href="/social-workers?regionCode=${haishu}"]`).first(),
  ).toBeVisible();
  await expect(page.locator('[data-testid="dashboard"] a[href^="/cases"]')).toHaveCount(0);

  // The map is coloured by the composite index until another indicator is chosen.
  const caption = page.getByTestId("dashboard-map-caption");
  await expect(caption).toContainText("综合发展指数");
  await expect(page.getByTestId("dashboard-map").locator("canvas")).toBeVisible();
  await chooseOption(page, page.locator("#dashboard-map-indicator"), "每万人社工数");
  await expect(caption).toContainText("按“每万人社工数”着色（人/万人）");

  // The imbalance table's workbook: the ten districts with the dashboard's own figures.
  const download = page.waitForEvent("download");
  await page.getByTestId("dashboard-export-imbalance").click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^宁波市统计分析_\d{4}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  const sheet = workbook.getWorksheet("发展不平衡");
  if (!sheet) throw new Error("the workbook has no 发展不平衡 sheet");
  const header = rowValues(sheet.getRow(1));
  const workersColumn = header.indexOf("每万人社工数（人/万人）");
  expect(workersColumn).toBeGreaterThan(0);
  const districtRows = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((number) => rowValues(sheet.getRow(number)));
  expect(districtRows.map((row) => row[2]).sort()).toEqual(answer.units.map((unit) => unit.name).sort());
  const workers = answer.indicators.find((indicator) => indicator.code === "workersPer10k");
  const haishuRow = districtRows.find((row) => row[1] === haishu);
  expect(haishuRow?.[workersColumn]).toBe(workers?.units.find((unit) => unit.code === haishu)?.value);

  // Drill down: 海曙区 shows its streets, 南门街道 its communities and the registers behind them.
  await rows.filter({ hasText: "海曙区" }).getByTestId("dashboard-unit-link").click();
  await expect(page).toHaveURL(new RegExp(`region=${haishu}`));
  const breadcrumb = page.getByTestId("region-breadcrumb");
  await expect(breadcrumb).toContainText("海曙区");
  await expect(page.getByRole("heading", { name: /海曙区统计概览/ })).toBeVisible();
  await expect(rows.filter({ hasText: "南门街道" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "江北区" })).toHaveCount(0);
  await rows.filter({ hasText: "南门街道" }).click();
  await expect(page).toHaveURL(new RegExp(`region=${nanmen}`));
  await expect(page.getByRole("heading", { name: /南门街道统计概览/ })).toBeVisible();
  const registers = page.getByTestId("dashboard-records");
  await expect(registers.getByRole("link", { name: "社工站" })).toHaveAttribute(
    "href",
    `/platforms?regionCode=${nanmen}&kind=station`,
  );
  await expect(registers.getByRole("link", { name: "社会工作者" })).toHaveAttribute(
    "href",
    `/social-workers?regionCode=${nanmen}`,
  );

  // A quarter instead of a month; the breadcrumb leads back to the city.
  await page.getByTestId("dashboard-period-kind").getByText("季度").click();
  await expect(page).toHaveURL(/period=\d{4}-Q[1-4]/);
  await expect(page.locator('[data-testid="dashboard-period"]')).toContainText(/\d{4}年第[1-4]季度/);
  await breadcrumb.getByText("宁波市").click();
  await expect(page.getByRole("heading", { name: /宁波市统计概览/ })).toBeVisible();
  await expect(rows).toHaveCount(10);
});

test("a district officer's dashboard holds its streets only, and another district's is not found", async ({
  haishuPage: page,
}) => {
  const answered = page.waitForResponse(
    (response) => new URL(response.url()).pathname === "/api/dashboard" && response.ok(),
  );
  await page.goto("/");
  const answer = (await (await answered).json()) as Dashboard;
  expect(answer.region.code).toBe(haishu);
  expect(answer.units.length).toBeGreaterThan(10);
  expect(answer.units.every((unit) => unit.code.startsWith("330203") && unit.level === "street")).toBe(true);

  const rows = unitRows(page, "imbalance");
  await expect(rows).toHaveCount(answer.units.length);
  await expect(rows.filter({ hasText: "南门街道" })).toHaveCount(1);
  await expect(page.getByTestId("dashboard")).not.toContainText("江北区");
  await expect(page.getByTestId("dashboard-map-caption")).not.toContainText("示意图");

  // 江北区's dashboard answers as if it did not exist, and so does its workbook.
  await page.goto("/?region=330205000000");
  await expect(page.getByText("区划不存在或不在您的管辖范围内")).toBeVisible();
  await expect(page.locator("body")).not.toContainText("江北区");
  const workbook = await page.request.get("/api/dashboard/export?region=330205000000");
  expect(workbook.status()).toBe(404);
});
