// User management: the create and edit drawer with the validation rules shared with the server.
import { expect, test } from "./fixtures.ts";
import { chooseOption, expandTreeSelectNode } from "./helpers.ts";

test("admin creates a user with the shared validation rules", async ({ adminPage: page }) => {
  await page.goto("/users");
  const table = page.getByTestId("user-table");
  await expect(table.locator("tbody tr.ant-table-row").first()).toBeVisible();
  await page.getByTestId("user-create").click();
  const drawer = page.locator(".ant-drawer");
  await drawer.getByRole("button", { name: "保 存" }).click();
  await expect(drawer).toContainText("不能为空");

  const form = page.getByTestId("user-form");
  await form.locator("#username").fill("Bad Name");
  await drawer.getByRole("button", { name: "保 存" }).click();
  await expect(drawer).toContainText("须以小写字母开头");

  // A new name each time (a retry or a run against a kept server finds the earlier users).
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
  await expect(drawer).toContainText("密码不能包含用户名");
  await form.locator("#password").fill("Jiangbei@2026");
  await drawer.getByRole("button", { name: "保 存" }).click();
  await expect(page.locator(".ant-message")).toContainText("用户已创建");
  await page.getByPlaceholder("搜索用户名、姓名").fill(username);
  await expect(table).toContainText(username);

  // Editing keeps the masked phone as it is and saves the new name.
  await table
    .locator("tbody tr.ant-table-row")
    .filter({ hasText: username })
    .getByRole("button", { name: "编辑" })
    .click();
  await form.locator("#displayName").fill("江北测试（改）");
  await drawer.getByRole("button", { name: "保 存" }).click();
  await expect(page.locator(".ant-message")).toContainText("用户信息已保存");
  await expect(table).toContainText("江北测试（改）");
});

test("a district officer manages its district's accounts: creates a 社工站 account in 南门街道 (分级管理)", async ({
  haishuPage: page,
}) => {
  await page.goto("/users");
  const table = page.getByTestId("user-table");
  // Only the accounts it manages: roles below its own, inside 海曙区.
  await expect(table).toContainText("station");
  await expect(table).not.toContainText("yuyao");
  await expect(table).not.toContainText("admin");

  await page.getByTestId("user-create").click();
  const drawer = page.locator(".ant-drawer");
  const form = page.getByTestId("user-form");
  // The roles offered are the ones it may assign, never its own or above.
  await form.locator("#roleId").click();
  const options = page.locator(".ant-select-item-option");
  await expect(options.filter({ hasText: "乡镇（街道）社工站" })).toBeVisible();
  await expect(options.filter({ hasText: "区（县）社会工作部" })).toHaveCount(0);
  await expect(options.filter({ hasText: "系统管理员" })).toHaveCount(0);
  await page.keyboard.press("Escape");

  const username = `nm${Date.now().toString(36)}`;
  await form.locator("#username").fill(username);
  await form.locator("#displayName").fill("南门社工站新同事");
  await chooseOption(page, form.locator("#roleId"), "乡镇（街道）社工站");
  await form.locator("#regionCode").click();
  await expandTreeSelectNode(page, "海曙区", "南门街道");
  await page.locator(".ant-select-tree-node-content-wrapper").filter({ hasText: "南门街道" }).click();
  await chooseOption(page, form.locator("#organizationId"), "南门街道社会工作服务站");
  await form.locator("#password").fill("Nanmen@2026x");
  await drawer.getByRole("button", { name: "保 存" }).click();
  await expect(page.locator(".ant-message")).toContainText("用户已创建");
  await page.getByPlaceholder("搜索用户名、姓名").fill(username);
  const row = table.locator("tbody tr.ant-table-row").filter({ hasText: username });
  await expect(row).toContainText("乡镇（街道）社工站");
  await expect(row).toContainText("南门街道");
});
