// Training (issue 12): the station creates a course through its form, enrols two of its social
// workers (one through the page, one through the API), signs both in to every session and
// completes them — the hours land in each worker's continuing-education record with a
// certificate number — and exports the compliance report; the leader reads the course with none
// of the controls.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { menuItem, pickBySearch } from "./helpers.ts";

function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

async function headersOf(page: Page) {
  const { csrfToken } = (await (await page.request.get("/api/auth/me")).json()) as { csrfToken: string };
  return { "x-csrf-token": csrfToken };
}

test("station creates a course, enrols two workers, signs them in to every session and completes them into their continuing-education records", async ({
  stationPage: page,
  leaderPage,
}) => {
  const headers = await headersOf(page);
  const workers = (
    (await (await page.request.get("/api/social-workers?isActive=true&pageSize=100")).json()) as {
      items: { id: number; name: string; qualificationLevel: string; employmentStatus: string }[];
    }
  ).items.filter((w) => w.qualificationLevel !== "none" && w.employmentStatus !== "left");
  const [first, second] = workers;
  if (!first || !second) throw new Error("no two certified workers in 南门街道");
  const name = `浏览器测试继续教育班${Math.floor(Math.random() * 1e6)}`;

  // The course through its form: two sessions, 6 hours, 5 places.
  await page.goto("/");
  await menuItem(page, "培训").click();
  await expect(page).toHaveURL(/\/training$/);
  await page.getByTestId("course-create").click();
  const form = page.getByTestId("course-form");
  await form.locator("#course_name").fill(name);
  const region = form.locator("#course_regionCode");
  await region.click();
  await region.fill("南门街道");
  await page
    .getByTestId("region-picker-hit")
    .filter({ hasText: /^南门街道/ })
    .first()
    .click();
  await form.locator("#course_organizer").fill("南门街道社会工作服务站");
  for (const [field, value] of [
    ["#course_startDate", daysAgo(6)],
    ["#course_endDate", daysAgo(5)],
    ["#course_sessions_0_date", daysAgo(6)],
  ] as const) {
    await form.locator(field).fill(value);
    await form.locator(field).press("Enter");
  }
  await form.locator("#course_sessions_0_topic").fill("个案管理");
  await page.getByTestId("course-add-session").click();
  await form.locator("#course_sessions_1_date").fill(daysAgo(5));
  await form.locator("#course_sessions_1_date").press("Enter");
  await form.locator("#course_sessions_1_topic").fill("督导与反思");
  await form.locator("#course_hours").fill("6");
  await form.locator("#course_capacity").fill("5");
  const saved = page.waitForResponse(
    (response) =>
      new URL(response.url()).pathname === "/api/courses" && response.request().method() === "POST",
  );
  await page.getByTestId("course-save").click();
  expect((await saved).status()).toBe(201);
  await expect(page.getByTestId("course-detail")).toContainText(name);
  const course = { id: Number(new URL(page.url()).pathname.split("/").pop()) };

  const enrolled = await page.request.post(`/api/courses/${course.id}/enrolments`, {
    headers,
    data: { socialWorkerId: second.id },
  });
  expect(enrolled.status()).toBe(201);

  await page.reload();
  await expect(page.getByTestId("course-places")).toHaveText("1 / 5");

  await pickBySearch(page, page.getByTestId("enrol-worker"), first.name);
  await page.getByTestId("enrol-add").click();
  await expect(page.getByTestId("course-places")).toHaveText("2 / 5");

  const table = page.getByTestId("enrolment-table");
  const selectAll = async () => {
    for (const row of await table.locator("tbody tr.ant-table-row").all()) {
      const box = row.locator(".ant-checkbox-input");
      if (!(await box.isChecked())) await box.check();
    }
  };
  for (const session of ["个案管理", "督导与反思"]) {
    await selectAll();
    await page.getByTestId("signin-session").click();
    await page.locator(".ant-select-item-option").filter({ hasText: session }).click();
    await page.getByTestId("signin-submit").click();
    await expect(table.getByText(session === "个案管理" ? "1 / 2" : "2 / 2").first()).toBeVisible();
  }
  await expect(table.getByText("2 / 2")).toHaveCount(2);
  await selectAll();
  await page.getByTestId("complete-submit").click();
  await page
    .locator(".ant-popconfirm")
    .getByRole("button", { name: /确\s*定|OK/ })
    .click();
  await expect(table.getByText(/^PX\d{4}-/)).toHaveCount(2);
  await expect(page.getByTestId("course-status")).toHaveText("已结业");

  const ledger = (await (
    await page.request.get(`/api/social-workers/${first.id}/education-hours`)
  ).json()) as {
    items: { source: string; hours: number; description: string }[];
  };
  expect(
    ledger.items.some((item) => item.source === "training" && item.description.includes(name.slice(0, 4))),
  ).toBe(true);

  // The leader reads the course: no enrolment, sign-in, completion or cancellation controls.
  await leaderPage.goto(`/training/${course.id}`);
  await expect(leaderPage.getByTestId("course-detail")).toBeVisible();
  await expect(leaderPage.getByTestId("enrolment-table").getByText(/^PX\d{4}-/)).toHaveCount(2);
  await expect(leaderPage.getByTestId("enrol-add")).toHaveCount(0);
  await expect(leaderPage.getByTestId("complete-submit")).toHaveCount(0);
  await expect(leaderPage.getByTestId("completion-cancel")).toHaveCount(0);
  await expect(leaderPage.getByTestId("course-cancel")).toHaveCount(0);

  // The compliance report of the station's street, exported.
  await menuItem(page, "继续教育达标").click();
  await expect(page.getByTestId("compliance-units").locator("tbody tr.ant-table-row").first()).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByTestId("compliance-export").click();
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
});
