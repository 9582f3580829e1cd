// Activities and volunteer recruitment (issue 10): station staff creates and publishes an activity
// with 2 volunteer places, signs up two demo volunteers (a third is refused: full), checks them in
// and out, confirms the hours in one step, and the volunteer's page shows the new ledger entry.
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { chooseOption, menuItem } from "./helpers.ts";

const nanmen = "330203001000";

/** Types into a server-searched Select and picks the option holding `text`. */
async function searchAndChoose(page: Page, select: Locator, typed: string, text: string): Promise<void> {
  const option = page.locator(".ant-select-item-option").filter({ hasText: text }).first();
  await expect(async () => {
    try {
      await select.click();
      // A retry replaces what an earlier attempt typed.
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.type(typed);
      await option.click({ timeout: 20_000 });
    } catch (error) {
      await page.keyboard.press("Escape");
      throw error;
    }
  }).toPass({ timeout: 60_000 });
}

function answerOf(page: Page, pathname: RegExp, method = "POST") {
  return page.waitForResponse(
    (response) => pathname.test(new URL(response.url()).pathname) && response.request().method() === method,
  );
}

test("station publishes an activity with 2 volunteer places, signs up two volunteers (a third is refused), checks them in and out and confirms their hours into the ledger", async ({
  stationPage: page,
}) => {
  const name = `邻里互助测试活动${Math.floor(Math.random() * 1e6)}`;
  const volunteers = (
    (await (
      await page.request.get(`/api/volunteers?regionCode=${nanmen}&isActive=true&pageSize=3`)
    ).json()) as {
      items: { id: number; name: string; volunteerNumber: string }[];
    }
  ).items;
  expect(volunteers).toHaveLength(3);
  const platform = (
    (await (await page.request.get(`/api/platforms?regionCode=${nanmen}&pageSize=1`)).json()) as {
      items: { name: string }[];
    }
  ).items[0];
  if (!platform) throw new Error("no platform in 南门街道");

  await page.goto("/");
  await menuItem(page, "活动").click();
  await expect(page).toHaveURL(/\/activities$/);
  await expect(page.getByTestId("activity-table").locator("tbody tr.ant-table-row").first()).toBeVisible();

  // The form: a group activity of 南门街道 organized by its station, 2 volunteer places.
  await page.getByTestId("activity-create").click();
  const form = page.getByTestId("activity-form");
  await form.locator("#activity_name").fill(name);
  await chooseOption(page, form.locator("#activity_domain"), "养老服务");
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const date = form.locator("#activity_date");
  await date.fill(today);
  await date.press("Enter");
  await form.locator("#activity_startTime").fill("09:00");
  await form.locator("#activity_endTime").fill("11:30");
  const region = form.locator("#activity_regionCode");
  await region.click();
  await region.fill("南门街道");
  await page
    .getByTestId("region-picker-hit")
    .filter({ hasText: /^南门街道/ })
    .first()
    .click();
  await form.locator("#activity_place").fill("南门街道社区活动室");
  await searchAndChoose(
    page,
    form.locator("#activity_organizerId"),
    platform.name.slice(0, 4),
    platform.name,
  );
  await form.locator("#activity_volunteerPlaces").fill("2");
  const created = answerOf(page, /^\/api\/activities$/);
  await page.getByTestId("activity-save").click();
  expect((await created).status()).toBe(201);
  const detail = page.getByTestId("activity-detail");
  await expect(detail).toContainText(name);

  // Published: recruiting.
  // The page's own refetch on opening may still be in flight: the answer must not be undone by it.
  await page.getByTestId("activity-publish").click();
  const published = answerOf(page, /\/publish$/);
  await page
    .locator(".ant-popconfirm")
    .getByRole("button", { name: /确\s*定|OK/ })
    .click();
  expect((await published).status()).toBe(200);
  await expect(page.getByTestId("activity-status")).toHaveText("已发布");

  // Two volunteers take the two places; the third is refused.
  for (const [index, volunteer] of volunteers.entries()) {
    await searchAndChoose(
      page,
      page.getByTestId("signup-volunteer"),
      volunteer.volunteerNumber,
      volunteer.name,
    );
    const signed = answerOf(page, /\/signups$/);
    await page.getByTestId("signup-add").click();
    expect((await signed).status()).toBe(index < 2 ? 201 : 409);
  }
  await expect(page.getByText("志愿者名额已满")).toHaveCount(1);
  await expect(page.getByTestId("activity-places-count")).toHaveText("名额 2 / 2");
  const rows = page.getByTestId("signup-table").locator("tbody tr.ant-table-row");
  await expect(rows).toHaveCount(2);

  // Checked in and out by the station: 09:00–11:20, 2.5 h to the half hour.
  for (const row of await rows.all()) {
    await row.getByTestId("signup-checkInAt").fill("09:00");
    await row.getByTestId("signup-checkOutAt").fill("11:20");
    const saved = answerOf(page, /\/attendance$/);
    await row.getByTestId("signup-save-times").click();
    expect((await saved).status()).toBe(200);
  }
  await expect(rows.first().getByTestId("signup-hours")).toHaveValue("2.5");

  // Confirmed in one step: the activity is done, each volunteer's entry in the ledger.
  await page.getByTestId("activity-confirm-hours").click();
  const confirmed = answerOf(page, /\/hours\/confirm$/);
  await page
    .locator(".ant-popconfirm")
    .getByRole("button", { name: /确\s*定|OK/ })
    .click();
  expect((await confirmed).status()).toBe(200);
  await expect(page.getByTestId("activity-status")).toHaveText("已结束");
  await expect(page.getByTestId("signup-hours")).toHaveCount(0);

  const first = volunteers[0] as { id: number; name: string };
  await rows.first().getByRole("link", { name: first.name }).click();
  await expect(page).toHaveURL(new RegExp(`/volunteers/${first.id}$`));
  const entry = page.getByTestId("service-record-table").locator("tbody tr").filter({ hasText: name });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText("2.5");
});

test("a volunteer checks in and out on the public page the station's QR code opens, without signing in", async ({
  stationPage: page,
  browser,
}) => {
  const { csrfToken } = (await (await page.request.get("/api/auth/me")).json()) as { csrfToken: string };
  const headers = { "x-csrf-token": csrfToken };
  const volunteer = (
    (await (
      await page.request.get(`/api/volunteers?regionCode=${nanmen}&isActive=true&pageSize=50`)
    ).json()) as {
      items: { id: number; name: string; volunteerNumber: string; phone: string | null }[];
    }
  ).items.find((candidate) => candidate.phone);
  const platform = (
    (await (await page.request.get(`/api/platforms?regionCode=${nanmen}&pageSize=1`)).json()) as {
      items: { id: number }[];
    }
  ).items[0];
  if (!volunteer?.phone || !platform) throw new Error("no volunteer with a phone or no platform in 南门街道");
  const name = `扫码签到测试活动${Math.floor(Math.random() * 1e6)}`;
  const created = await page.request.post("/api/activities", {
    headers,
    data: {
      name,
      method: "community",
      domain: "社区建设",
      date: new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10),
      startTime: "09:00",
      endTime: "11:00",
      place: "南门街道社区文化广场",
      regionCode: nanmen,
      organizerKind: "platform",
      organizerId: platform.id,
      volunteerPlaces: 1,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: number };
  expect((await page.request.post(`/api/activities/${id}/publish`, { headers })).status()).toBe(200);
  const signed = await page.request.post(`/api/activities/${id}/signups`, {
    headers,
    data: { volunteerId: volunteer.id },
  });
  expect(signed.status(), await signed.text()).toBe(201);

  await page.goto(`/activities/${id}`);
  await page.getByTestId("activity-qr").click();
  const link = await page.getByTestId("activity-qr-link").getAttribute("href");
  expect(link).toMatch(/\/checkin\?token=/);

  // A phone with no session: the page the code opens.
  const phone = await browser.newContext({ locale: "zh-CN" });
  try {
    const scan = await phone.newPage();
    await scan.goto(link ?? "");
    await expect(scan.getByTestId("checkin-activity")).toContainText(name);
    await scan.getByLabel("志愿者编号").fill(volunteer.volunteerNumber);
    await scan.getByLabel("手机号后四位").fill(volunteer.phone.slice(-4));
    await scan.getByTestId("checkin-submit").click();
    await expect(scan.getByTestId("checkin-result")).toContainText("签到");
  } finally {
    await phone.close();
  }
  await page.reload();
  const row = page.getByTestId("signup-table").locator("tbody tr.ant-table-row");
  await expect(row.getByTestId("signup-checkInAt")).not.toHaveValue("");
});
