// Forms and input (issue 9, defects 4, 5, 6): a form shows every field's error on the first
// submit; what the user typed stays as typed (−5 hours, −3 staff, a 2030 date) and is refused with
// a message instead of being silently changed; a text's limit shows as a counter; and a failed
// login's banner does not outlive the attempt it was about.
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { openLogin, submitLogin } from "./helpers.ts";

function formItem(scope: Locator, inputId: string): Locator {
  return scope.locator(".ant-form-item").filter({ has: scope.page().locator(`#${inputId}`) });
}

function fieldError(scope: Locator, inputId: string): Locator {
  return formItem(scope, inputId).locator(".ant-form-item-explain-error");
}

/** A social worker the signed-in user may record continuing-education hours for. */
async function workerWithHoursToRecord(page: Page): Promise<number> {
  const list = await page.request.get("/api/social-workers?pageSize=20");
  expect(list.ok(), `the list answered ${list.status()}`).toBe(true);
  for (const { id } of (await list.json()).items as { id: number }[]) {
    const detail = await page.request.get(`/api/social-workers/${id}`);
    if ((await detail.json()).abilities?.recordEducationHours) return id;
  }
  throw new Error("no social worker whose hours this user may record");
}

test("登记学时 flags every required field on the first submit, and keeps −5 hours with a message", async ({
  stationPage: page,
}) => {
  const id = await workerWithHoursToRecord(page);
  await page.goto(`/social-workers/${id}`);
  await page.getByTestId("social-worker-detail").getByRole("tab", { name: "继续教育" }).click();
  await page.getByTestId("education-hours").getByRole("button", { name: "登记学时" }).click();
  const modal = page.locator(".ant-modal").filter({ hasText: "登记继续教育学时" });
  await expect(modal.locator("#educationHours_hours")).toBeVisible();

  await modal.getByRole("button", { name: /^保\s*存$/ }).click();
  await expect(fieldError(modal, "educationHours_completedOn")).toHaveText("不能为空");
  await expect(fieldError(modal, "educationHours_hours")).toHaveText("不能为空");
  await expect(fieldError(modal, "educationHours_description")).toHaveText("不能为空");

  const hours = modal.locator("#educationHours_hours");
  await hours.fill("-5");
  await hours.blur();
  // Shown with the step's one decimal ("-5.0"), but −5 all the same: not clamped to 0.5.
  await expect(hours, "the typed hours are not clamped").toHaveAttribute("aria-valuenow", "-5");
  await expect(hours).toHaveValue(/^-5(\.0)?$/);
  await modal.getByRole("button", { name: /^保\s*存$/ }).click();
  // A list, so that the leaving "不能为空" may still fade out beside the new message meanwhile.
  await expect(fieldError(modal, "educationHours_hours")).toHaveText(["须大于 0"]);
  await expect(hours).toHaveAttribute("aria-valuenow", "-5");
});

test("the volunteer form keeps a 2030 注册日期 and refuses it; its name shows a counter", async ({
  haishuPage: page,
}) => {
  await page.goto("/volunteers");
  await page.getByTestId("volunteer-create").click();
  const form = page.getByTestId("volunteer-form");
  await expect(form.locator("#name")).toBeVisible();

  // The name's limit is visible, and a longer name is kept and refused, never cut.
  await expect(formItem(form, "name")).toContainText("0 / 50");
  await form.locator("#name").fill("张".repeat(60));
  await expect(formItem(form, "name")).toContainText("60 / 50");
  await expect(form.locator("#name")).toHaveValue("张".repeat(60));

  const registeredOn = form.locator("#registeredOn");
  await registeredOn.fill("2030-01-01");
  await registeredOn.press("Enter");
  await expect(registeredOn).toHaveValue("2030-01-01");
  await page.getByTestId("volunteer-save").click();
  await expect(fieldError(form, "registeredOn")).toHaveText("不能晚于今天");
  await expect(registeredOn, "the future date is kept as typed").toHaveValue("2030-01-01");
  await expect(fieldError(form, "name")).toHaveText("长度不能超过 50 个字符");
  // The same first submit names the missing region the way the user sees it: as a choice.
  await expect(fieldError(form, "regionCode")).toHaveText("请选择所属区划");
});

test("the social organization form keeps 从业人员数 −3 and says why it is refused", async ({
  haishuPage: page,
}) => {
  await page.goto("/social-organizations");
  await page.getByTestId("social-organization-create").click();
  const form = page.getByTestId("social-organization-form");
  const staffCount = form.locator("#staffCount");
  await expect(staffCount).toBeVisible();
  await staffCount.fill("-3");
  await staffCount.blur();
  await expect(staffCount, "the typed count is not clamped to 0").toHaveValue("-3");
  await page.getByTestId("social-organization-save").click();
  await expect(fieldError(form, "staffCount")).toHaveText("不能为负数");
  await expect(staffCount).toHaveValue("-3");
  await expect(fieldError(form, "regionCode")).toHaveText("请选择所属区划");
});

test("after a failed login, an empty submit shows the fields' messages and no old banner", async ({
  page,
}) => {
  await openLogin(page);
  await submitLogin(page, "supervisor", "wrong-password");
  await expect(page.getByTestId("login-error")).toContainText("用户名或密码错误");

  await page.locator("#login-username").fill("");
  await page.locator("#login-password").fill("");
  await page.getByTestId("login-submit").click();
  await expect(page.getByTestId("login-error")).toHaveCount(0);
  const form = page.getByTestId("login-form");
  await expect(fieldError(form, "login-username")).toHaveText("不能为空");
  await expect(fieldError(form, "login-password")).toHaveText("不能为空");
});
