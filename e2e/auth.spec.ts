// Signing in and out, the menus each role is given, a reset password, an ended session.
import { expect, test } from "./fixtures.ts";
import { login, logout, menuItem, openLogin, submitLogin } from "./helpers.ts";

test("wrong password shows 用户名或密码错误", async ({ page }) => {
  await openLogin(page);
  await submitLogin(page, "leader", "Wrong-Password-1");
  await expect(page.getByTestId("login-error")).toContainText("用户名或密码错误");
  await expect(page).toHaveURL(/\/login$/);
});

test("admin sees 用户管理 and 审计日志; leader does not see 用户管理", async ({ page }) => {
  // Through the login form, one user after the other in the same tab.
  await login(page, "admin");
  for (const label of ["首页", "区划与人口", "用户管理", "审计日志"]) {
    await expect(menuItem(page, label), `admin menu has ${label}`).toBeVisible();
  }
  await logout(page);

  await login(page, "leader");
  await expect(menuItem(page, "首页")).toBeVisible();
  await expect(menuItem(page, "用户管理"), "leader must not see 用户管理").toHaveCount(0);
  await expect(menuItem(page, "审计日志"), "leader must not see 审计日志").toHaveCount(0);
  await page.goto("/users");
  await expect(page.locator(".ant-result")).toContainText("403");
});

test("a reset password must be changed at the next login", async ({ page }) => {
  // Signs in on its own: it logs out, and the reset ends every session of the account — one of
  // the demo city's caseworkers (南门街道's second), not the `worker` other tests sign in as.
  const account = "sw3302030012";
  await login(page, "admin");
  await page.goto("/users");
  await page.getByPlaceholder("搜索用户名、姓名").fill(account);
  const row = page.locator('[data-testid="user-table"] tbody tr.ant-table-row').filter({ hasText: account });
  await row.getByRole("button", { name: "重置密码" }).click();
  const modal = page.locator(".ant-modal");
  await modal.locator("#password").fill("Temporary@2026");
  await modal.locator("#confirmPassword").fill("Temporary@2026");
  await modal.getByRole("button", { name: "确 定" }).click();
  await expect(page.locator(".ant-message")).toContainText("已重置");
  await logout(page);

  await submitLogin(page, account, "Temporary@2026");
  await expect(page).toHaveURL(/\/password$/);
  const form = page.getByTestId("password-form");
  await form.locator("#currentPassword").fill("Temporary@2026");
  await form.locator("#newPassword").fill("short");
  await form.locator("#confirmPassword").fill("short");
  await form.getByRole("button", { name: "确认修改" }).click();
  await expect(form).toContainText("密码长度至少");
  await form.locator("#newPassword").fill("Social#Changed2026");
  await form.locator("#confirmPassword").fill("Social#Changed2026");
  await form.getByRole("button", { name: "确认修改" }).click();
  // A social worker's day starts at the desk.
  await expect(page).toHaveURL((url) => url.pathname === "/desk");
  await expect(page.getByTestId("desk-counts")).toBeVisible();
  await expect(menuItem(page, "我的工作台")).toBeVisible();
});

test("an ended session sends the user to the login page with a notice", async ({ leaderPage: page }) => {
  await page.goto("/");
  await expect(page.getByTestId("region-totals")).toBeVisible();
  await page.getByTestId("side-menu").getByText("区划与人口").click();
  const tree = page.getByTestId("region-tree");
  await expect(tree.locator(".ant-tree-treenode").nth(1)).toBeVisible();
  // Only this browser forgets the session (the server still knows it).
  await page.context().clearCookies();
  // Opening a district loads its streets: the first request without a session answers 401.
  await tree
    .locator(".ant-tree-treenode")
    .filter({ hasText: "海曙区" })
    .locator(".ant-tree-switcher")
    .click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByTestId("session-notice")).toContainText("登录已失效");
});
