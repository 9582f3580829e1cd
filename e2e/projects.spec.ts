// Projects and funding (issue 12): a district officer opens an implementing project of 海曙, records
// a receipt typed in 元 and an expenditure, sees the totals move to the 分, reverses the receipt;
// the leader reads the same project with no buttons.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { chooseOption, menuItem, pickBySearch } from "./helpers.ts";

const haishu = "330203000000";

interface ProjectAnswer {
  id: number;
  name: string;
  receivedFen: number;
  spentFen: number;
  budgetLines: { id: number; budgetFen: number; spentFen: number; category: string; source: string }[];
}

async function implementingProject(page: Page): Promise<ProjectAnswer> {
  const list = (await (
    await page.request.get(`/api/projects?regionCode=${haishu}&status=implementing&pageSize=50`)
  ).json()) as { items: { id: number }[] };
  for (const item of list.items) {
    const detail = (await (await page.request.get(`/api/projects/${item.id}`)).json()) as ProjectAnswer;
    // A line with room for the test's 0.01 元 expenditure.
    if (detail.budgetLines.some((line) => line.budgetFen - line.spentFen >= 1)) return detail;
  }
  throw new Error("no implementing project with room in 海曙");
}

const yuanOf = (fen: number) =>
  `${Math.trunc(fen / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${String(fen % 100).padStart(2, "0")}`;

test("a district officer records a receipt and an expenditure on a project; the totals move to the 分; a reversal puts them back", async ({
  haishuPage: page,
}) => {
  const project = await implementingProject(page);
  await page.goto("/");
  await menuItem(page, "项目与资金").click();
  await expect(page).toHaveURL(/\/projects$/);
  await expect(page.getByTestId("funding-summary")).toBeVisible();
  await expect(page.getByTestId("project-table").locator("tbody tr.ant-table-row").first()).toBeVisible();

  await page.goto(`/projects/${project.id}`);
  const detail = page.getByTestId("project-detail");
  await expect(detail).toContainText(project.name);

  await page.getByTestId("project-record-receipt").click();
  const receiptForm = page.getByTestId("project-receipt-form");
  await receiptForm.locator("#date").fill("2026-11-02");
  await receiptForm.locator("#date").press("Enter");
  await chooseOption(page, receiptForm.locator("#source"), "慈善捐赠");
  await receiptForm.locator("#amount").fill("1,234.56");
  await receiptForm.locator("#party").fill("市慈善总会");
  const saved = page.waitForResponse((r) => r.url().endsWith(`/api/projects/${project.id}/receipts`));
  await page.getByRole("button", { name: /OK|确\s*定/ }).click();
  expect((await saved).status()).toBe(201);
  const receipts = page.getByTestId("project-receipts");
  await expect(receipts).toContainText(yuanOf(project.receivedFen + 123456));

  await page.getByTestId("project-record-expenditure").click();
  const expenditureForm = page.getByTestId("project-expenditure-form");
  await expenditureForm.locator("#date").fill("2026-11-03");
  await expenditureForm.locator("#date").press("Enter");
  const line = project.budgetLines.find((candidate) => candidate.budgetFen - candidate.spentFen >= 1);
  if (!line) throw new Error("no line");
  await expenditureForm.locator("#budgetLineId").click();
  await page.locator(".ant-select-item-option").nth(project.budgetLines.indexOf(line)).click();
  await expenditureForm.locator("#amount").fill("0.01");
  await expenditureForm.locator("#party").fill("某印务公司");
  const spent = page.waitForResponse((r) => r.url().endsWith(`/api/projects/${project.id}/expenditures`));
  await page.getByRole("button", { name: /OK|确\s*定/ }).click();
  expect((await spent).status()).toBe(201);
  await expect(page.getByTestId("project-expenditures")).toContainText(yuanOf(project.spentFen + 1));

  // The receipt just recorded is reversed with a reason: the total is back to what it was.
  await receipts
    .locator("tr")
    .filter({ hasText: "1,234.56" })
    .filter({ hasNot: page.getByText("-1,234.56") })
    .getByTestId("project-reverse-receipt")
    .click();
  await page.getByRole("dialog").locator("textarea").fill("金额录错");
  const reversed = page.waitForResponse((r) => /\/receipts\/\d+\/reverse$/.test(r.url()));
  await page
    .getByRole("dialog")
    .getByRole("button", { name: /^冲\s*销$/ })
    .click();
  expect((await reversed).status()).toBe(201);
  await expect(receipts).toContainText(yuanOf(project.receivedFen));
});

test("the leader reads a project with no lifecycle or money buttons", async ({ leaderPage: page }) => {
  const list = (await (await page.request.get("/api/projects?pageSize=1&status=implementing")).json()) as {
    items: { id: number; name: string }[];
  };
  const first = list.items[0];
  if (!first) throw new Error("no project");
  await page.goto(`/projects/${first.id}`);
  await expect(page.getByTestId("project-detail")).toContainText(first.name);
  await expect(page.getByTestId("project-transitions")).toHaveCount(0);
  await expect(page.getByTestId("project-record-receipt")).toHaveCount(0);
  await expect(page.getByTestId("project-record-expenditure")).toHaveCount(0);
});

/** Confirms the open modal (antd spaces two-character labels: "确 定"). */
async function confirmModal(page: Page): Promise<void> {
  await page
    .getByRole("dialog")
    .getByRole("button", { name: /^(OK|确\s*定)$/ })
    .click();
}

async function step(page: Page, action: string, label: RegExp, text?: string): Promise<void> {
  await page.getByTestId(`project-action-${action}`).click();
  if (text) await page.getByTestId("project-transition-text").fill(text);
  const answer = page.waitForResponse((r) => r.url().endsWith("/transitions"));
  await confirmModal(page);
  expect((await answer).status()).toBe(200);
  await expect(page.getByTestId("project-detail")).toContainText(label);
}

test("a district officer takes a purchased-service project from application to 结项 with receipts from two sources and expenditures", async ({
  haishuPage: page,
}) => {
  const name = `海曙居家养老购买服务测试${Math.floor(Math.random() * 1e6)}`;
  const organization = (
    (await (
      await page.request.get(`/api/social-organizations?regionCode=${haishu}&isActive=true&pageSize=1`)
    ).json()) as { items: { name: string }[] }
  ).items[0];
  if (!organization) throw new Error("no social organization in 海曙");

  await page.goto("/projects");
  await page.getByTestId("project-create").click();
  const form = page.getByTestId("project-form");
  await form.locator("#project_name").fill(name);
  await chooseOption(page, form.locator("#project_kind"), "政府购买服务");
  await form.locator("#project_domains").click();
  await page.locator(".ant-select-item-option").filter({ hasText: "养老服务" }).first().click();
  await page.keyboard.press("Escape");
  await expect(form.locator(".ant-select-selection-item").filter({ hasText: "养老服务" })).toBeVisible();
  const region = form.locator("#project_regionCode");
  await region.click();
  await region.fill("海曙区");
  await page
    .getByTestId("region-picker-hit")
    .filter({ hasText: /^海曙区/ })
    .first()
    .click();
  await pickBySearch(
    page,
    form.locator("#project_implementerId").locator(".."),
    organization.name.slice(0, 4),
    organization.name,
  );
  for (const [field, date] of [
    ["#project_periodStart", "2026-01-01"],
    ["#project_periodEnd", "2026-12-31"],
  ] as const) {
    await form.locator(field).fill(date);
    await form.locator(field).press("Enter");
  }
  const created = page.waitForResponse(
    (r) => r.url().endsWith("/api/projects") && r.request().method() === "POST",
  );
  await page.getByTestId("project-save").click();
  expect((await created).status()).toBe(201);
  await expect(page.getByTestId("project-detail")).toContainText(name);

  // Two budget lines (财政资金 人员 8,000.00; 慈善捐赠 活动 2,000.50), then the lifecycle.
  for (const [source, category, amount] of [
    ["财政资金", "人员", "8000"],
    ["慈善捐赠", "活动", "2000.50"],
  ] as const) {
    await page.getByTestId("project-add-line").click();
    const lineForm = page.getByTestId("project-line-form");
    await chooseOption(page, lineForm.locator("#source"), source);
    await chooseOption(page, lineForm.locator("#category"), category);
    await lineForm.locator("#amount").fill(amount);
    const added = page.waitForResponse((r) => r.url().endsWith("/budget-lines"));
    await confirmModal(page);
    expect((await added).status()).toBe(201);
  }
  await expect(page.getByTestId("project-lines")).toContainText("10,000.50");
  await step(page, "apply", /待审核/);
  await step(page, "pass", /审核通过/);
  await step(page, "establish", /已立项/);
  await step(page, "start", /实施中/);

  const record = async (kind: "receipt" | "expenditure", choice: string, amount: string, party: string) => {
    await page.getByTestId(`project-record-${kind}`).click();
    const entry = page.getByTestId(`project-${kind}-form`);
    await entry.locator("#date").fill("2026-03-01");
    await entry.locator("#date").press("Enter");
    await chooseOption(page, entry.locator(kind === "receipt" ? "#source" : "#budgetLineId"), choice);
    await entry.locator("#amount").fill(amount);
    await entry.locator("#party").fill(party);
    const answer = page.waitForResponse((r) =>
      r.url().endsWith(kind === "receipt" ? "/receipts" : "/expenditures"),
    );
    await confirmModal(page);
    return (await answer).status();
  };
  expect(await record("receipt", "财政资金", "8000", "海曙区民政局")).toBe(201);
  expect(await record("receipt", "慈善捐赠", "1000.25", "市慈善总会")).toBe(201);
  await expect(page.getByTestId("project-receipts")).toContainText("9,000.25");
  expect(await record("expenditure", "人员 · 财政资金", "3000.10", "项目社工")).toBe(201);
  expect(await record("expenditure", "活动 · 慈善捐赠", "450.05", "活动场地方")).toBe(201);
  await expect(page.getByTestId("project-expenditures")).toContainText("3,450.15");
  // spent ÷ received = 3,450.15 ÷ 9,000.25 = 38.33 %
  await expect(page.getByTestId("project-detail")).toContainText("38.33%");

  await step(page, "midterm", /已中期评估/, "服务进度符合合同约定");
  await step(page, "close", /已结项/);
});
