// Browser tests of the social workers registry (社会工作者, issue 3): the form's shared ID-number
// validation, pinyin-initials search, masking and reveal, Excel import with bad rows and the
// error report, and the audit log's names for what those actions wrote.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { assert } from "./harness.mjs";
import {
  birthDateOf,
  chooseOption,
  login,
  randomIdNumbers,
  settle,
  waitForText,
  withWrongCheckDigit,
} from "./helpers.mjs";

/** 覃 reads qín here: pinyin initials "qyt", rare enough in the demo data. */
const createdName = "覃雨桐";
const createdInitials = "qyt";

/**
 * An active service platform inside the signed-in user's scope whose name is not part of another
 * option's name (so choosing it by text is unambiguous).
 */
async function platformInScope(page, baseUrl) {
  const response = await page.request.get(`${baseUrl}/api/social-workers/employer-options?kind=platform`);
  assert(response.ok(), `employer options answered ${response.status()}`);
  const options = await response.json();
  const names = options.map((option) => option.name);
  // Among the first few: the dropdown's virtual list renders only the options near the top.
  const name = names
    .slice(0, 6)
    .find((candidate) => names.filter((other) => other.includes(candidate)).length === 1);
  assert(name, `no platform to choose among: ${names.join(", ")}`);
  return name;
}

function searchInput(page) {
  return page
    .locator('input[data-testid="social-worker-search"], [data-testid="social-worker-search"] input')
    .first();
}

/** Types a quick search and waits for the list request that carries it. */
async function searchWorkers(page, q) {
  const answered = page.waitForResponse(
    (response) =>
      response.url().includes("/api/social-workers?") &&
      new URL(response.url()).searchParams.get("q") === q &&
      response.request().method() === "GET",
  );
  await searchInput(page).fill(q);
  const response = await answered;
  assert(response.ok(), `search "${q}" answered ${response.status()}`);
  await settle(page);
  return response.json();
}

function fieldError(form, inputId) {
  return form
    .locator(".ant-form-item")
    .filter({ has: form.page().locator(`#${inputId}`) })
    .locator(".ant-form-item-explain-error");
}

export function registerSocialWorkerSpecs(suite) {
  suite.test(
    "haishu creates a social worker: wrong check digit refused, found by pinyin initials, ID masked then revealed",
    async ({ page, baseUrl }) => {
      const [idNumber] = randomIdNumbers(1);
      await login(page, baseUrl, "haishu");
      const platform = await platformInScope(page, baseUrl);
      await page.goto(`${baseUrl}/social-workers`);
      await page.locator('[data-testid="social-worker-table"] tbody tr.ant-table-row').first().waitFor();

      await page.locator('[data-testid="social-worker-create"]').click();
      const form = page.locator('[data-testid="social-worker-form"]');
      await form.waitFor();
      await form.locator("#socialWorker_name").fill(createdName);
      await form.locator("#socialWorker_idNumber").fill(withWrongCheckDigit(idNumber));
      await chooseOption(page, form.locator("#socialWorker_platformId"), platform);
      await page.locator('[data-testid="social-worker-save"]').click();
      await waitForText(fieldError(form, "socialWorker_idNumber"), "校验位不正确，请核对号码");
      assert((await fieldError(form, "socialWorker_name").count()) === 0, "the name has no error");

      // The corrected number: the error goes, the hint shows what the number says.
      await form.locator("#socialWorker_idNumber").fill(idNumber);
      await waitForText(
        form.locator(".ant-form-item").filter({ has: page.locator("#socialWorker_idNumber") }),
        birthDateOf(idNumber),
      );
      const created = page.waitForResponse(
        (response) =>
          new URL(response.url()).pathname === "/api/social-workers" &&
          response.request().method() === "POST",
      );
      await page.locator('[data-testid="social-worker-save"]').click();
      const createdResponse = await created;
      assert(createdResponse.ok(), `create answered ${createdResponse.status()}`);
      const { id } = await createdResponse.json();
      await waitForText(page.locator(".ant-message"), `已新增 ${createdName}`);
      await form.waitFor({ state: "detached" });

      // Quick search by pinyin initials.
      const found = await searchWorkers(page, createdInitials);
      assert(
        found.items.some((worker) => worker.id === id),
        `"${createdInitials}" finds the new worker: ${found.items.map((worker) => worker.name).join(", ")}`,
      );
      const row = page.locator(`[data-testid="social-worker-table"] tr[data-row-key="${id}"]`);
      await waitForText(row, createdName);
      await waitForText(row, platform);

      // Detail: the ID number is masked until revealed on purpose.
      await row.getByRole("button", { name: createdName }).click();
      await page.waitForURL(new RegExp(`worker=${id}`));
      const detail = page.locator('[data-testid="social-worker-detail"]');
      const value = detail.locator('[data-testid="reveal-idNumber-value"]');
      await value.waitFor();
      const masked = ((await value.textContent()) ?? "").trim();
      assert(masked !== idNumber && masked.includes("*"), `the ID number is masked: ${masked}`);
      assert(
        masked.startsWith(idNumber.slice(0, 3)) && masked.endsWith(idNumber.slice(-4)),
        `masked as 330***********1234: ${masked}`,
      );
      const revealed = page.waitForResponse((response) =>
        response.url().endsWith(`/api/social-workers/${id}/reveal`),
      );
      await detail.locator('[data-testid="reveal-idNumber"]').click();
      assert((await revealed).ok(), "reveal answered 200");
      await waitForText(value, idNumber);
    },
  );

  suite.test(
    "haishu imports social workers all-or-nothing: bad rows listed, nothing imported, error report",
    async ({ page, baseUrl }) => {
      await login(page, baseUrl, "haishu");
      const platform = await platformInScope(page, baseUrl);
      await page.goto(`${baseUrl}/social-workers`);
      await page.locator('[data-testid="social-worker-table"] tbody tr.ant-table-row').first().waitFor();

      const templateDownload = page.waitForEvent("download");
      await page.getByRole("button", { name: "下载模板" }).click();
      const template = await templateDownload;
      assert(
        template.suggestedFilename().endsWith(".xlsx"),
        `template name: ${template.suggestedFilename()}`,
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(await template.path());
      const sheet = workbook.worksheets[0];
      let headerRow = 0;
      sheet.eachRow((row, number) => {
        if (!headerRow && row.values.includes("身份证号")) headerRow = number;
      });
      assert(headerRow > 0, "the template has a 身份证号 header");
      const header = sheet.getRow(headerRow).values;
      const column = (name) => {
        const index = header.indexOf(name);
        assert(index > 0, `the template has a ${name} column: ${header.join(", ")}`);
        return index;
      };

      const [validA, validB, wrongCheck, badDate, ...spare] = randomIdNumbers(30);
      // A number cell cannot hold an "X" check character: pick an ID ending in a digit.
      const typedAsNumber = spare.find((idNumber) => !idNumber.endsWith("X"));
      const base = {
        学历: "本科",
        资格等级: "无",
        工作单位类型: "服务平台",
        工作单位名称: platform,
        在岗状态: "在岗",
      };
      const rows = [
        { ...base, 姓名: "阚若汐", 身份证号: validA, 入职日期: "2024/1/5" },
        { ...base, 姓名: "禤沐宸", 身份证号: validB, 入职日期: "2024年1月5日" },
        { ...base, 姓名: "郗语嫣", 身份证号: withWrongCheckDigit(wrongCheck) },
        { ...base, 姓名: "隗梓萱", 身份证号: badDate, 入职日期: "2024/13/5" },
        { ...base, 姓名: "亓锦程", 身份证号: Number(typedAsNumber) },
      ];
      rows.forEach((values, index) => {
        const row = sheet.getRow(headerRow + 1 + index);
        for (const [name, value] of Object.entries(values)) row.getCell(column(name)).value = value;
        row.commit();
      });
      const rowOf = (name) => headerRow + 1 + rows.findIndex((row) => row.姓名 === name);
      const file = path.join(mkdtempSync(path.join(os.tmpdir(), "xinqiao-import-")), "social-workers.xlsx");
      await workbook.xlsx.writeFile(file);

      await page.getByRole("button", { name: "导入" }).click();
      const modal = page.locator(".ant-modal");
      await modal.locator('input[type="file"]').setInputFiles(file);
      const mode = await modal.locator(".ant-radio-wrapper-checked").textContent();
      assert(mode?.includes("全部正确才导入"), `all-or-nothing is the default mode: ${mode}`);
      await modal.getByRole("button", { name: "开始导入" }).click();
      const summary = await waitForText(
        modal.locator('[data-testid="import-summary"]'),
        "已导入 0 行",
        60_000,
      );
      assert(summary.includes("共 5 行"), `five rows read: ${summary}`);
      assert(summary.includes("正确 2 行"), `two valid rows: ${summary}`);
      assert(summary.includes("错误 3 处"), `three errors: ${summary}`);
      assert(summary.includes("未导入任何数据"), `all-or-nothing refusal explained: ${summary}`);

      const errorRows = await modal.locator(".ant-table-tbody tr.ant-table-row").allInnerTexts();
      assert(errorRows.length === 3, `error table rows: ${errorRows.join(" | ")}`);
      const expected = [
        [rowOf("郗语嫣"), "身份证号", "校验位不正确"],
        [rowOf("隗梓萱"), "入职日期", "无法识别的日期"],
        [rowOf("亓锦程"), "身份证号", "须为文本格式"],
      ];
      for (const [rowNumber, columnName, reason] of expected) {
        assert(
          errorRows.some(
            (text) =>
              text.trim().startsWith(String(rowNumber)) && text.includes(columnName) && text.includes(reason),
          ),
          `row ${rowNumber} ${columnName}: ${reason} — got ${errorRows.join(" | ")}`,
        );
      }

      const reportDownload = page.waitForEvent("download");
      await modal.getByRole("button", { name: "下载错误报告" }).click();
      const report = await reportDownload;
      assert(
        report.suggestedFilename().endsWith(".xlsx"),
        `error report name: ${report.suggestedFilename()}`,
      );
      const reportBook = new ExcelJS.Workbook();
      await reportBook.xlsx.readFile(await report.path());
      const reportSheet = reportBook.worksheets[0];
      let reasonHeader = null;
      reportSheet.eachRow((row, number) => {
        if (!reasonHeader && row.values.includes("错误原因")) reasonHeader = { number, values: row.values };
      });
      assert(reasonHeader, "the error report has a 错误原因 column");
      const reasonColumn = reasonHeader.values.indexOf("错误原因");
      const reasons = [];
      reportSheet.eachRow((row, number) => {
        if (number > reasonHeader.number) reasons.push(String(row.getCell(reasonColumn).value ?? ""));
      });
      assert(
        reasons.some((reason) => reason.includes("校验位不正确")),
        `report reasons: ${reasons.join(" | ")}`,
      );
      await modal.getByRole("button", { name: "关 闭" }).click();
      await modal.waitFor({ state: "hidden" });

      // All-or-nothing: not even the valid rows were written.
      const afterImport = await searchWorkers(page, "阚若汐");
      assert(afterImport.total === 0, `nothing imported, found ${afterImport.total}`);
    },
  );

  suite.test("admin reads the social worker actions by name in the audit log", async ({ page, baseUrl }) => {
    await login(page, baseUrl, "admin");
    await page.goto(`${baseUrl}/audit`);
    const table = page.locator('[data-testid="audit-table"]');
    await table.locator("tbody tr.ant-table-row").first().waitFor();
    const filters = page.locator('[data-testid="audit-filters"]');
    for (const [action, actionName] of [
      ["socialWorker.create", "新增社会工作者"],
      ["personal.reveal", "查看完整个人信息"],
    ]) {
      await filters.locator("#action").fill(action);
      await page.keyboard.press("Escape");
      const filtered = page.waitForResponse((response) => response.url().includes(`action=${action}`));
      await filters.getByRole("button", { name: "查询" }).click();
      await filtered;
      await settle(page);
      const rows = await table.locator("tbody tr.ant-table-row").allInnerTexts();
      assert(rows.length > 0, `the earlier ${action} is in the audit log`);
      for (const text of rows) {
        assert(text.includes(actionName), `${action} is shown as ${actionName}: ${text}`);
        assert(text.includes("社会工作者"), `the entity is shown as 社会工作者: ${text}`);
      }
    }
  });
}
