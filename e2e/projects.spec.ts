// Projects and funding (issue 12): a district officer opens an implementing project of 海曙, records
// a receipt typed in 元 and an expenditure, sees the totals move to the 分, reverses the receipt;
// the leader reads the same project with no buttons.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { chooseOption, menuItem } from "./helpers.ts";

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
