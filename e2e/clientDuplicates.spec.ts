// Clients' import and duplicates queue (issue 10): a station imports a small workbook holding the
// same person twice (same name, birth date and community, no ID number); both rows are saved and the
// import dialog lists the second as a suspected duplicate; the 疑似重复 page shows the pair side by
// side, and merging it names what moves and removes the pair. A social worker does not see clients
// the station registered.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "./fixtures.ts";
import { downloadTemplate, menuItem } from "./helpers.ts";

const nanmen = "330203001000";

/** A name of this run (the demo data and earlier runs keep theirs). */
function uniqueName(): string {
  const characters = "安柏春丹芳桂涵慧佳静兰丽玲梅敏娜琴蓉淑婷文霞秀燕怡英玉珍";
  const pick = () => characters[Math.floor(Math.random() * characters.length)];
  return `籍测${pick()}${pick()}${pick()}`;
}

test.describe("importing clients with a suspected duplicate", () => {
  test.describe.configure({ mode: "serial" });
  const name = uniqueName();

  test("station imports a namesake pair, sees the warning, and merges it from the queue", async ({
    stationPage: page,
  }) => {
    const regions = await page.request.get(`/api/regions?parent=${nanmen}&pageSize=100`);
    expect(regions.ok()).toBe(true);
    const community = ((await regions.json()) as { items: { code: string }[] }).items[0]?.code ?? "";
    expect(community).toMatch(/^330203001\d{3}$/);

    await page.goto("/");
    await menuItem(page, "服务对象").click();
    await expect(page).toHaveURL(/\/clients$/);
    const { workbook, sheet, headerRow, header } = await downloadTemplate(page, "下载模板", "身份证号");
    const column = (title: string) => {
      const index = header.indexOf(title);
      expect(index, `the template has a ${title} column: ${header.join(", ")}`).toBeGreaterThan(0);
      return index;
    };
    const rows = [
      { 姓名: `${name}甲`, 性别: "男", 出生日期: "1952-07-01", 区划代码: community, 风险等级: "低" },
      { 姓名: name, 性别: "女", 出生日期: "1944-02-03", 区划代码: community, 服务对象类别: "独居老人" },
      { 姓名: name, 性别: "女", 出生日期: "1944/2/3", 区划代码: community, 风险等级: "高" },
    ];
    rows.forEach((values, index) => {
      const row = sheet.getRow(headerRow + 1 + index);
      for (const [title, value] of Object.entries(values)) row.getCell(column(title)).value = value;
      row.commit();
    });
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "xinqiao-clients-")), "clients.xlsx");
    await workbook.xlsx.writeFile(file);

    await page.getByRole("button", { name: "导入" }).click();
    const modal = page.locator(".ant-modal");
    await modal.locator('input[type="file"]').setInputFiles(file);
    await modal.getByRole("button", { name: "开始导入" }).click();
    const summary = modal.getByTestId("import-summary");
    await expect(summary).toContainText("已导入 3 行", { timeout: 120_000 });
    await expect(summary).toContainText("错误 0 处");
    const warnings = modal.getByTestId("import-warnings");
    await expect(warnings).toContainText("已保存但需核实的行（1 处）");
    const warningRow = warnings.locator(".ant-table-tbody tr.ant-table-row");
    await expect(warningRow).toHaveCount(1);
    await expect(warningRow).toContainText(String(headerRow + 3));
    await expect(warningRow).toContainText(`疑似重复：与第 ${headerRow + 2} 行同名、同出生日期、同社区`);
    await modal
      .locator(".ant-modal-footer")
      .getByRole("button", { name: /关\s*闭/ })
      .click();

    await page.getByTestId("client-duplicates-link").click();
    await expect(page).toHaveURL(/\/clients\/duplicates$/);
    const pair = page.getByTestId("duplicate-pair").filter({ hasText: name });
    await expect(pair).toHaveCount(1);
    await expect(pair).toContainText("导入时发现");
    const sides = pair.getByTestId("duplicate-side");
    await expect(sides).toHaveCount(2);
    await expect(sides.nth(0)).toContainText("独居老人");
    await expect(sides.nth(1)).toContainText("1944-02");

    await pair.getByTestId("duplicate-merge").click();
    const dialog = page.locator(".ant-modal").filter({ hasText: "合并服务对象" });
    await expect(dialog.getByTestId("duplicate-merge-summary")).toContainText(`将保留 ${name}`);
    await expect(dialog.getByTestId("duplicate-merge-summary")).toContainText("停用（不删除）");
    // Keep the second record (the one with the higher risk) instead.
    await dialog.locator(".ant-radio-wrapper").nth(1).click();
    const merged = page.waitForResponse((response) =>
      /\/api\/client-duplicates\/\d+\/merge$/.test(response.url()),
    );
    await dialog.getByRole("button", { name: "确认合并" }).click();
    expect((await merged).status()).toBe(200);
    await expect(page.getByTestId("duplicate-pair").filter({ hasText: name })).toHaveCount(0);

    // The list now shows the survivor in register and the merged record deactivated, pointing to it.
    const listed = await page.request.get(`/api/clients?q=${encodeURIComponent(name)}&pageSize=10`);
    const items = (
      (await listed.json()) as { items: { id: number; name: string; isActive: boolean; riskLevel: string }[] }
    ).items.filter((item) => item.name === name);
    expect(items.map((item) => [item.isActive, item.riskLevel]).sort()).toEqual([
      [false, "low"],
      [true, "high"],
    ]);
    const kept = items.find((item) => item.isActive);
    const gone = items.find((item) => !item.isActive);
    await page.goto(`/clients/${gone?.id}`);
    const banner = page.getByTestId("client-merged-into");
    await expect(banner).toContainText("已合并到另一条记录并停用");
    await expect(banner.locator(`a[href="/clients/${kept?.id}"]`)).toBeVisible();
    await page.getByRole("tab", { name: "变更记录" }).click();
    await expect(page.getByTestId("client-history")).toContainText("合并服务对象");
  });

  test("a social worker sees none of the clients the station imported", async ({ workerPage: page }) => {
    const listed = await page.request.get(`/api/clients?q=${encodeURIComponent(name)}&pageSize=10`);
    expect(listed.ok()).toBe(true);
    expect(((await listed.json()) as { total: number }).total).toBe(0);
    await page.goto("/clients/duplicates");
    await expect(page.getByTestId("client-duplicates-page")).toBeVisible();
    await expect(page.getByTestId("duplicate-pair").filter({ hasText: name })).toHaveCount(0);
  });
});
