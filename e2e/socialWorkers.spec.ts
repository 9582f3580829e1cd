// The social workers registry (社会工作者, issue 3): the form's shared ID-number validation,
// pinyin-initials search, masking and reveal, Excel import with bad rows and the error report, and
// the audit log's names for what those actions wrote.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { expect, test } from "./fixtures.ts";
import {
  birthDateOf,
  chooseOption,
  downloadTemplate,
  headerRowNumber,
  randomIdNumbers,
  rowsNumbered,
  rowValues,
  withWrongCheckDigit,
} from "./helpers.ts";

/** 覃 reads qín here: pinyin initials "qyt", rare enough in the demo data. */
const createdName = "覃雨桐";
const createdInitials = "qyt";

interface WorkerList {
  total: number;
  items: { id: number; name: string }[];
}

/**
 * An active service platform inside the signed-in user's scope whose name is not part of another
 * option's name (so choosing it by text is unambiguous).
 */
async function platformInScope(page: Page): Promise<string> {
  const response = await page.request.get("/api/social-workers/employer-options?kind=platform");
  expect(response.ok(), `employer options answered ${response.status()}`).toBe(true);
  const names = ((await response.json()) as { name: string }[]).map((option) => option.name);
  // Among the first few: the dropdown's virtual list renders only the options near the top.
  const name = names
    .slice(0, 6)
    .find((candidate) => names.filter((other) => other.includes(candidate)).length === 1);
  if (!name) throw new Error(`no platform to choose among: ${names.join(", ")}`);
  return name;
}

function searchInput(page: Page): Locator {
  return page
    .locator('input[data-testid="social-worker-search"], [data-testid="social-worker-search"] input')
    .first();
}

/** Types a quick search and answers what the list request that carries it found. */
async function searchWorkers(page: Page, q: string): Promise<WorkerList> {
  const answered = page.waitForResponse(
    (response) =>
      new URL(response.url()).pathname === "/api/social-workers" &&
      new URL(response.url()).searchParams.get("q") === q &&
      response.request().method() === "GET",
  );
  await searchInput(page).fill(q);
  const response = await answered;
  expect(response.ok(), `search "${q}" answered ${response.status()}`).toBe(true);
  return response.json();
}

function formItem(form: Locator, inputId: string): Locator {
  return form.locator(".ant-form-item").filter({ has: form.page().locator(`#${inputId}`) });
}

function fieldError(form: Locator, inputId: string): Locator {
  return formItem(form, inputId).locator(".ant-form-item-explain-error");
}

test.describe("a social worker created and audited", () => {
  // The audit test reads the entries the first one writes.
  test.describe.configure({ mode: "serial" });

  test("haishu creates a social worker: wrong check digit refused, found by pinyin initials, ID masked then revealed", async ({
    haishuPage: page,
  }) => {
    const [idNumber = ""] = randomIdNumbers(1);
    const platform = await platformInScope(page);
    await page.goto("/social-workers");
    await expect(
      page.locator('[data-testid="social-worker-table"] tbody tr.ant-table-row').first(),
    ).toBeVisible();

    await page.getByTestId("social-worker-create").click();
    const form = page.getByTestId("social-worker-form");
    await expect(form).toBeVisible();
    await form.locator("#socialWorker_name").fill(createdName);
    await form.locator("#socialWorker_idNumber").fill(withWrongCheckDigit(idNumber));
    await chooseOption(page, form.locator("#socialWorker_platformId"), platform);
    await page.getByTestId("social-worker-save").click();
    await expect(fieldError(form, "socialWorker_idNumber")).toContainText("校验位不正确，请核对号码");
    await expect(fieldError(form, "socialWorker_name"), "the name has no error").toHaveCount(0);

    // The corrected number: the error goes, the hint shows what the number says.
    await form.locator("#socialWorker_idNumber").fill(idNumber);
    await expect(formItem(form, "socialWorker_idNumber")).toContainText(birthDateOf(idNumber));
    const created = page.waitForResponse(
      (response) =>
        new URL(response.url()).pathname === "/api/social-workers" && response.request().method() === "POST",
    );
    await page.getByTestId("social-worker-save").click();
    const createdResponse = await created;
    expect(createdResponse.ok(), `create answered ${createdResponse.status()}`).toBe(true);
    const { id } = (await createdResponse.json()) as { id: number };
    await expect(page.locator(".ant-message")).toContainText(`已新增 ${createdName}`);
    await expect(form).toHaveCount(0);

    // Quick search by pinyin initials.
    const found = await searchWorkers(page, createdInitials);
    expect(
      found.items.map((worker) => worker.id),
      `"${createdInitials}" finds the new worker: ${found.items.map((worker) => worker.name).join(", ")}`,
    ).toContain(id);
    const row = page.locator(`[data-testid="social-worker-table"] tr[data-row-key="${id}"]`);
    await expect(row).toContainText(createdName);
    await expect(row).toContainText(platform);

    // The worker's page: the ID number is masked (330***********1234) until revealed on purpose.
    await row.getByRole("link", { name: createdName }).click();
    await expect(page).toHaveURL(new RegExp(`/social-workers/${id}$`));
    const detail = page.getByTestId("social-worker-detail");
    const value = detail.getByTestId("reveal-idNumber-value");
    await expect(value).toHaveText(new RegExp(`^${idNumber.slice(0, 3)}\\*+${idNumber.slice(-4)}$`));
    const revealed = page.waitForResponse((response) =>
      response.url().endsWith(`/api/social-workers/${id}/reveal`),
    );
    await detail.getByTestId("reveal-idNumber").click();
    expect((await revealed).ok(), "reveal answered 200").toBe(true);
    await expect(value).toHaveText(idNumber);
  });

  test("admin reads the social worker actions by name in the audit log", async ({ adminPage: page }) => {
    await page.goto("/audit");
    const table = page.getByTestId("audit-table");
    const rows = table.locator("tbody tr.ant-table-row");
    await expect(rows.first()).toBeVisible();
    const filters = page.getByTestId("audit-filters");
    for (const [action, actionName] of [
      ["socialWorker.create", "新增社会工作者"],
      ["socialWorker.personalData.reveal", "查看完整个人信息"],
    ] as const) {
      await filters.locator("#action").fill(action);
      await page.keyboard.press("Enter");
      const filtered = page.waitForResponse((response) => response.url().includes(`action=${action}`));
      await filters.getByRole("button", { name: "查询" }).click();
      await filtered;
      await expect(
        rows.filter({ hasText: actionName }).first(),
        `the earlier ${action} is listed`,
      ).toBeVisible();
      await expect(
        rows.filter({ hasNotText: actionName }),
        `${action} is shown as ${actionName}`,
      ).toHaveCount(0);
      await expect(
        rows.filter({ hasNotText: "社会工作者" }),
        "the entity is shown as 社会工作者",
      ).toHaveCount(0);
    }
    // The record is named, with its region path, and opens from the log.
    const named = rows.filter({ hasText: createdName }).first();
    await expect(named).toContainText("海曙区");
    await named.getByRole("link", { name: createdName }).click();
    await expect(page).toHaveURL(/\/social-workers\/\d+$/);
    await expect(page.getByTestId("social-worker-detail")).toContainText(createdName);
  });
});

test("haishu imports social workers all-or-nothing: bad rows listed, nothing imported, error report", async ({
  haishuPage: page,
}) => {
  const platform = await platformInScope(page);
  await page.goto("/social-workers");
  await expect(
    page.locator('[data-testid="social-worker-table"] tbody tr.ant-table-row').first(),
  ).toBeVisible();

  const { workbook, sheet, headerRow, header } = await downloadTemplate(page, "下载模板", "身份证号");
  const column = (name: string) => {
    const index = header.indexOf(name);
    expect(index, `the template has a ${name} column: ${header.join(", ")}`).toBeGreaterThan(0);
    return index;
  };

  const [validA, validB, wrongCheck = "", badDate, ...spare] = randomIdNumbers(30);
  // A number cell cannot hold an "X" check character: pick an ID ending in a digit.
  const typedAsNumber = spare.find((idNumber) => !idNumber.endsWith("X"));
  const base = {
    学历: "本科",
    资格等级: "无",
    工作单位类型: "服务平台",
    工作单位名称: platform,
    在岗状态: "在岗",
  };
  const rows: Record<string, string | number | undefined>[] = [
    { ...base, 姓名: "阚若汐", 身份证号: validA, 入职日期: "2024/1/5" },
    { ...base, 姓名: "禤沐宸", 身份证号: validB, 入职日期: "2024年1月5日" },
    { ...base, 姓名: "郗语嫣", 身份证号: withWrongCheckDigit(wrongCheck) },
    { ...base, 姓名: "隗梓萱", 身份证号: badDate, 入职日期: "2024/13/5" },
    { ...base, 姓名: "亓锦程", 身份证号: Number(typedAsNumber) },
  ];
  rows.forEach((values, index) => {
    const row = sheet.getRow(headerRow + 1 + index);
    for (const [name, value] of Object.entries(values)) row.getCell(column(name)).value = value ?? null;
    row.commit();
  });
  const rowOf = (name: string) => headerRow + 1 + rows.findIndex((row) => row.姓名 === name);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "xinqiao-import-")), "social-workers.xlsx");
  await workbook.xlsx.writeFile(file);

  await page.getByRole("button", { name: "导入" }).click();
  const modal = page.locator(".ant-modal");
  await modal.locator('input[type="file"]').setInputFiles(file);
  await expect(modal.locator(".ant-radio-wrapper-checked"), "all-or-nothing is the default").toContainText(
    "全部正确才导入",
  );
  await modal.getByRole("button", { name: "开始导入" }).click();
  const summary = modal.getByTestId("import-summary");
  await expect(summary).toContainText("已导入 0 行", { timeout: 120_000 });
  await expect(summary, "five rows read").toContainText("共 5 行");
  await expect(summary, "two valid rows").toContainText("正确 2 行");
  await expect(summary, "three errors").toContainText("错误 3 处");
  await expect(summary, "all-or-nothing refusal explained").toContainText("未导入任何数据");

  const errorRows = modal.locator(".ant-table-tbody tr.ant-table-row");
  await expect(errorRows).toHaveCount(3);
  for (const [rowNumber, columnName, reason] of [
    [rowOf("郗语嫣"), "身份证号", "校验位不正确"],
    [rowOf("隗梓萱"), "入职日期", "无法识别的日期"],
    [rowOf("亓锦程"), "身份证号", "须为文本格式"],
  ] as const) {
    await expect(
      rowsNumbered(errorRows, rowNumber).filter({ hasText: columnName }).filter({ hasText: reason }),
      `row ${rowNumber} ${columnName}: ${reason}`,
    ).toHaveCount(1);
  }

  const reportDownload = page.waitForEvent("download");
  await modal.getByRole("button", { name: "下载错误报告" }).click();
  const report = await reportDownload;
  expect(report.suggestedFilename()).toMatch(/\.xlsx$/);
  const reportBook = new ExcelJS.Workbook();
  await reportBook.xlsx.readFile(await report.path());
  const reportSheet = reportBook.worksheets[0];
  if (!reportSheet) throw new Error("the error report has no worksheet");
  const reasonHeader = headerRowNumber(reportSheet, "错误原因");
  expect(reasonHeader, "the error report has a 错误原因 column").toBeGreaterThan(0);
  const reasonColumn = rowValues(reportSheet.getRow(reasonHeader)).indexOf("错误原因");
  const reasons: string[] = [];
  reportSheet.eachRow((row, number) => {
    if (number > reasonHeader) reasons.push(String(row.getCell(reasonColumn).value ?? ""));
  });
  expect(reasons.join(" | "), "the report gives the reasons").toContain("校验位不正确");
  await modal.getByRole("button", { name: "关 闭" }).click();
  await expect(modal).toBeHidden();

  // All-or-nothing: not even the valid rows were written.
  const afterImport = await searchWorkers(page, "阚若汐");
  expect(afterImport.total, "nothing imported").toBe(0);
});
