// The browser tests of the web app against a running server with the demo city (宁波市).
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { assert } from "./harness.mjs";
import {
  bodyText,
  chooseOption,
  expandTreeSelectNode,
  login,
  logout,
  menuLabels,
  openLogin,
  settle,
  submitLogin,
  waitForText,
} from "./helpers.mjs";
import { registerRegistrySpecs } from "./registrySpecs.mjs";
import { registerSocialWorkerSpecs } from "./socialWorkerSpecs.mjs";

export function registerSpecs(suite) {
  suite.test("wrong password shows 用户名或密码错误", async ({ page, baseUrl }) => {
    await openLogin(page, baseUrl);
    await submitLogin(page, "leader", "Wrong-Password-1");
    await waitForText(page.locator('[data-testid="login-error"]'), "用户名或密码错误");
    assert(page.url().endsWith("/login"), `still on the login page, got ${page.url()}`);
  });

  suite.test(
    "district officer haishu sees only 海曙区; English labels; logout",
    async ({ page, baseUrl }) => {
      await login(page, baseUrl, "haishu");
      await waitForText(page.locator('[data-testid="current-user"]'), "王海燕");

      await page.goto(`${baseUrl}/regions`);
      const tree = page.locator('[data-testid="region-tree"]');
      await tree.locator(".ant-tree-treenode").nth(1).waitFor();
      const rootTitle = (await tree.locator(".ant-tree-treenode").first().textContent())?.trim();
      assert(rootTitle === "海曙区", `tree root should be 海曙区, got "${rootTitle}"`);
      await settle(page);
      const regionsText = await bodyText(page);
      assert(!regionsText.includes("江北区"), "江北区 must not appear on the regions page");

      const search = page.locator('[data-testid="region-search"] input');
      for (const query of ["jb", "江北"]) {
        await search.fill(query);
        const results = page.locator('[data-testid="region-search-results"]');
        await results.waitFor();
        await page.waitForResponse(
          (response) => response.url().includes("/api/regions?") && response.url().includes("q="),
        );
        await settle(page);
        const resultText = (await results.textContent()) ?? "";
        assert(!resultText.includes("江北区"), `search "${query}" must not find 江北区: ${resultText}`);
        const paths = await results.locator('[data-testid="region-search-result-path"]').allInnerTexts();
        for (const line of paths)
          assert(line.startsWith("海曙区"), `search "${query}" found ${line} outside 海曙区`);
      }
      await search.fill("");

      await page.goto(`${baseUrl}/`);
      await page.locator('[data-testid="region-totals"]').waitFor();
      await settle(page);
      assert(!(await bodyText(page)).includes("江北区"), "江北区 must not appear on the home page");

      await page.locator('[data-testid="language-switch"]').getByText("English", { exact: true }).click();
      await waitForText(page.locator('[data-testid="side-menu"]'), "Regions & Population");
      const labels = await menuLabels(page);
      assert(
        labels.includes("Home") && labels.includes("Regions & Population"),
        `English menu: ${labels.join(", ")}`,
      );
      assert(!labels.includes("Users"), "a district officer has no Users menu");

      await logout(page, "Log out");
    },
  );

  suite.test("admin sees 用户管理 and 审计日志; leader does not see 用户管理", async ({ page, baseUrl }) => {
    await login(page, baseUrl, "admin");
    const adminMenu = await menuLabels(page);
    for (const label of ["首页", "区划与人口", "用户管理", "审计日志"]) {
      assert(adminMenu.includes(label), `admin menu lacks ${label}: ${adminMenu.join(", ")}`);
    }
    await logout(page);

    await login(page, baseUrl, "leader");
    const leaderMenu = await menuLabels(page);
    assert(leaderMenu.includes("首页"), `leader menu lacks 首页: ${leaderMenu.join(", ")}`);
    assert(!leaderMenu.includes("用户管理"), `leader must not see 用户管理: ${leaderMenu.join(", ")}`);
    assert(!leaderMenu.includes("审计日志"), `leader must not see 审计日志: ${leaderMenu.join(", ")}`);
    await page.goto(`${baseUrl}/users`);
    await waitForText(page.locator(".ant-result"), "403");
  });

  suite.test(
    "haishu edits residents inline and imports them from the template",
    async ({ page, baseUrl }) => {
      await login(page, baseUrl, "haishu");
      await page.goto(`${baseUrl}/regions`);
      await page.locator('[data-testid="region-search"] input').fill("nm");
      const result = page.locator('[data-testid="region-search-result"]').filter({ hasText: "南门街道" });
      await result.first().click();
      await page.waitForURL(/code=330203001000/);
      const rows = page.locator('[data-testid="region-children-table"] tbody tr.ant-table-row');
      await rows.first().waitFor();

      // Inline edit of the first community.
      const firstRow = rows.first();
      await firstRow.getByRole("button", { name: "修改常住人口" }).waitFor();
      const communityName = ((await firstRow.locator("td").first().textContent()) ?? "").trim();
      await firstRow.getByRole("button", { name: "修改常住人口" }).click();
      await firstRow.locator('[data-testid="residents-editor"] input').fill("6200");
      await firstRow.getByRole("button", { name: "保 存" }).click();
      await waitForText(page.locator(".ant-message"), `已更新${communityName}的常住人口`);
      await waitForText(firstRow, "6,200");

      // Template → edit in Excel (exceljs) → import with "valid rows only".
      const templateDownload = page.waitForEvent("download");
      await page.getByRole("button", { name: "下载导入模板" }).click();
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
        if (!headerRow && row.values.includes("区划代码")) headerRow = number;
      });
      assert(headerRow > 0, "template has a 区划代码 header");
      const header = sheet.getRow(headerRow).values;
      const codeColumn = header.indexOf("区划代码");
      const residentsColumn = header.indexOf("常住人口");
      const firstDataRow = sheet.getRow(headerRow + 1);
      assert(String(firstDataRow.getCell(codeColumn).value).length === 12, "template lists community codes");
      firstDataRow.getCell(residentsColumn).value = 6300;
      sheet.getRow(headerRow + 2).getCell(residentsColumn).value = "很多";
      const outside = sheet.addRow([]);
      outside.getCell(codeColumn).value = "330205001001";
      outside.getCell(residentsColumn).value = 100;
      const file = path.join(mkdtempSync(path.join(os.tmpdir(), "xinqiao-import-")), "residents.xlsx");
      await workbook.xlsx.writeFile(file);

      await page.getByRole("button", { name: "导入常住人口" }).click();
      const modal = page.locator(".ant-modal");
      await modal.getByText("仅导入正确的行", { exact: false }).click();
      await modal.locator('input[type="file"]').setInputFiles(file);
      await modal.getByRole("button", { name: "开始导入" }).click();
      const summary = await waitForText(modal.locator('[data-testid="import-summary"]'), "已导入");
      assert(summary.includes("错误 2 处"), `two errors expected: ${summary}`);
      const errorRows = await modal.locator(".ant-table-tbody tr.ant-table-row").allTextContents();
      assert(errorRows.length === 2, `error table rows: ${errorRows.join(" | ")}`);
      assert(
        errorRows.some((row) => row.startsWith(String(headerRow + 2))),
        `row numbers: ${errorRows.join(" | ")}`,
      );
      const reportDownload = page.waitForEvent("download");
      await modal.getByRole("button", { name: "下载错误报告" }).click();
      assert((await reportDownload).suggestedFilename().endsWith(".xlsx"), "error report is an .xlsx");
      await modal.getByRole("button", { name: "关 闭" }).click();
      await waitForText(rows.first(), "6,300");
    },
  );

  suite.test("admin creates a user with the shared validation rules", async ({ page, baseUrl }) => {
    await login(page, baseUrl, "admin");
    await page.goto(`${baseUrl}/users`);
    await page.locator('[data-testid="user-table"] tbody tr.ant-table-row').first().waitFor();
    await page.locator('[data-testid="user-create"]').click();
    const drawer = page.locator(".ant-drawer");
    await drawer.getByRole("button", { name: "保 存" }).click();
    await waitForText(drawer, "不能为空");

    const form = page.locator('[data-testid="user-form"]');
    await form.locator("#username").fill("Bad Name");
    await drawer.getByRole("button", { name: "保 存" }).click();
    await waitForText(drawer, "须以小写字母开头");

    const username = `jb${Date.now().toString(36)}`;
    await form.locator("#username").fill(username);
    await form.locator("#displayName").fill("江北测试");
    await chooseOption(page, form.locator("#roleId"), "区（县）社会工作部");
    await form.locator("#regionCode").click();
    await expandTreeSelectNode(page, "宁波市", "江北区");
    await page.locator(".ant-select-tree-node-content-wrapper").filter({ hasText: "江北区" }).click();
    await form.locator("#phone").fill("13800001234");
    await form.locator("#password").fill(username);
    await drawer.getByRole("button", { name: "保 存" }).click();
    await waitForText(drawer, "密码不能包含用户名");
    await form.locator("#password").fill("Jiangbei@2026");
    await drawer.getByRole("button", { name: "保 存" }).click();
    await waitForText(page.locator(".ant-message"), "用户已创建");
    await page.getByPlaceholder("搜索用户名、姓名").fill(username);
    await waitForText(page.locator('[data-testid="user-table"]'), username);

    // Editing keeps the masked phone as it is and saves the new name.
    await page
      .locator('[data-testid="user-table"] tbody tr.ant-table-row')
      .filter({ hasText: username })
      .getByRole("button", { name: "编辑" })
      .click();
    await form.locator("#displayName").fill("江北测试（改）");
    await drawer.getByRole("button", { name: "保 存" }).click();
    await waitForText(page.locator(".ant-message"), "用户信息已保存");
    await waitForText(page.locator('[data-testid="user-table"]'), "江北测试（改）");
  });

  suite.test("a reset password must be changed at the next login", async ({ page, baseUrl }) => {
    await login(page, baseUrl, "admin");
    await page.goto(`${baseUrl}/users`);
    const row = page
      .locator('[data-testid="user-table"] tbody tr.ant-table-row')
      .filter({ hasText: "worker" });
    await row.getByRole("button", { name: "重置密码" }).click();
    const modal = page.locator(".ant-modal");
    await modal.locator("#password").fill("Temporary@2026");
    await modal.locator("#confirmPassword").fill("Temporary@2026");
    await modal.getByRole("button", { name: "确 定" }).click();
    await waitForText(page.locator(".ant-message"), "已重置");
    await logout(page);

    await submitLogin(page, "worker", "Temporary@2026");
    await page.waitForURL(/\/password$/);
    const form = page.locator('[data-testid="password-form"]');
    await form.locator("#currentPassword").fill("Temporary@2026");
    await form.locator("#newPassword").fill("short");
    await form.locator("#confirmPassword").fill("short");
    await form.getByRole("button", { name: "确认修改" }).click();
    await waitForText(form, "密码长度至少");
    await form.locator("#newPassword").fill("Social#Changed2026");
    await form.locator("#confirmPassword").fill("Social#Changed2026");
    await form.getByRole("button", { name: "确认修改" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await page.locator('[data-testid="region-totals"]').waitFor();
    const labels = await menuLabels(page);
    assert(labels.includes("首页"), `menu after the change: ${labels.join(", ")}`);
  });

  suite.test(
    "an ended session sends the user to the login page with a notice",
    async ({ page, context, baseUrl }) => {
      await login(page, baseUrl, "leader");
      await page.locator('[data-testid="region-totals"]').waitFor();
      await page.locator('[data-testid="side-menu"]').getByText("区划与人口").click();
      const tree = page.locator('[data-testid="region-tree"]');
      await tree.locator(".ant-tree-treenode").nth(1).waitFor();
      await context.clearCookies();
      // Opening a district loads its streets: the first request without a session answers 401.
      await tree
        .locator(".ant-tree-treenode")
        .filter({ hasText: "海曙区" })
        .locator(".ant-tree-switcher")
        .click();
      await page.waitForURL(/\/login/);
      await waitForText(page.locator('[data-testid="session-notice"]'), "登录已失效");
    },
  );

  suite.test("admin finds the residents change in the audit log", async ({ page, baseUrl }) => {
    await login(page, baseUrl, "admin");
    await page.goto(`${baseUrl}/audit`);
    const table = page.locator('[data-testid="audit-table"]');
    await table.locator("tbody tr.ant-table-row").first().waitFor();
    const filters = page.locator('[data-testid="audit-filters"]');
    await filters.locator("#action").fill("region.residents.update");
    await page.keyboard.press("Escape");
    const filtered = page.waitForResponse((response) =>
      response.url().includes("action=region.residents.update"),
    );
    await filters.getByRole("button", { name: "查询" }).click();
    await filtered;
    await settle(page);
    const rows = table.locator("tbody tr.ant-table-row");
    assert((await rows.count()) > 0, "the earlier residents change is in the audit log");
    for (const text of await rows.allTextContents()) {
      assert(text.includes("填报常住人口"), `only residents updates are listed: ${text}`);
    }
    await rows.first().locator(".ant-table-row-expand-icon").click();
    const diff = page.locator('[data-testid="audit-diff"]').first();
    await waitForText(diff, "常住人口（residents）");
    await waitForText(diff, "6200");
    const changed = await diff.locator("tr.xq-changed").allTextContents();
    assert(
      changed.some((row) => row.includes("常住人口")),
      `the residents row is highlighted: ${changed.join(" | ")}`,
    );
  });

  registerSocialWorkerSpecs(suite);
  registerRegistrySpecs(suite);
}
