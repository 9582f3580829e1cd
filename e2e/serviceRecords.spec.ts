// Service records (服务记录, issue 10): a station officer records a standalone service for a demo
// client with one volunteer for 2 hours; the volunteer's page then shows the ledger entry the
// record posted and the cumulative hours increased by 2.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { menuItem, pickBySearch, typeAndChoose } from "./helpers.ts";

interface Listed {
  id: number;
  name: string;
}

async function firstOf<T extends Listed>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(`${path}?isActive=true&pageSize=1`);
  expect(response.ok(), `${path} answered ${response.status()}`).toBe(true);
  const [first] = ((await response.json()) as { items: T[] }).items;
  if (!first) throw new Error(`no record in ${path}`);
  return first;
}

test("station records a standalone service with a volunteer's 2 hours; the volunteer's ledger and cumulative hours show it", async ({
  stationPage: page,
}) => {
  const client = await firstOf<Listed & { birthDate: string }>(page, "/api/clients");
  const volunteer = await firstOf<Listed & { volunteerNumber: string }>(page, "/api/volunteers");
  const before = (await (await page.request.get(`/api/volunteers/${volunteer.id}`)).json()) as {
    totalHours: number;
  };
  const place = `社工站活动室${Math.random().toString(36).slice(2, 6)}`;

  await page.goto("/");
  await menuItem(page, "服务记录").click();
  await expect(page).toHaveURL(/\/service-records$/);
  await page.getByTestId("service-record-create").click();
  const form = page.getByTestId("service-record-form");
  await expect(form).toBeVisible();

  await form.locator("#serviceRecord_minutes").fill("120");
  await typeAndChoose(page, form.locator("#serviceRecord_type"), "探访");
  await typeAndChoose(page, form.locator("#serviceRecord_domain"), "养老服务");
  await form.locator("#serviceRecord_place").fill(place);
  await pickBySearch(page, page.getByTestId("service-record-clients"), client.name, client.birthDate);
  await page.getByTestId("service-record-add-volunteer").click();
  await pickBySearch(
    page,
    page.getByTestId("service-record-volunteer"),
    volunteer.name,
    volunteer.volunteerNumber,
  );
  const hours = page.getByTestId("service-record-volunteer-hours");
  await hours.fill("2");

  const saved = page.waitForResponse(
    (response) =>
      new URL(response.url()).pathname === "/api/service-records" && response.request().method() === "POST",
  );
  await page.getByTestId("service-record-save").click();
  const response = await saved;
  expect(response.status(), await response.text()).toBe(201);

  // The record's drawer opens: its volunteer and the ledger entry it posted.
  const detail = page.getByTestId("service-record-detail");
  await expect(detail).toContainText(place);
  await expect(page.getByTestId("service-record-volunteers")).toContainText(volunteer.name);
  await expect(page.getByTestId("service-record-volunteers")).toContainText("志愿服务记录 #");

  // The volunteer's page: the entry in the ledger, the cumulative hours up by 2.
  await page.goto(`/volunteers/${volunteer.id}`);
  const ledger = page.getByTestId("service-record-table");
  const entry = ledger.locator("tbody tr").filter({ hasText: place });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText("探访");
  await expect(entry).toContainText("2");
  const expected = Math.round((before.totalHours + 2) * 100) / 100;
  await expect(page.getByTestId("hours-summary")).toContainText(String(expected));
});
