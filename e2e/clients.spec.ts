// The clients registry (服务对象, issue 10): a station officer registers a client without an ID
// number, finds it in the list and on its page (phone masked, then revealed), records a consent and
// withdraws it; a second client with the same name, birth date and community is saved with a
// warning naming the first; a leader has no 服务对象 at all.
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { chooseOption, menuItem } from "./helpers.ts";

const nanmen = "330203001000";
const birthDate = "1946-04-18";
const phone = "13912345678";

/** A name of this run (the demo data and earlier runs keep theirs): 2 + 2 random characters. */
function uniqueName(): string {
  const characters = "安柏春丹芳桂涵慧佳静兰丽玲梅敏娜琴蓉淑婷文霞秀燕怡英玉珍";
  const pick = () => characters[Math.floor(Math.random() * characters.length)];
  return `柯测${pick()}${pick()}`;
}

/** A community of 南门街道 whose name is not part of another's (so choosing it by text is unambiguous). */
async function nanmenCommunity(page: Page): Promise<string> {
  const response = await page.request.get(`/api/regions?parent=${nanmen}&pageSize=100`);
  expect(response.ok(), `regions answered ${response.status()}`).toBe(true);
  const names = ((await response.json()) as { items: { name: string }[] }).items.map((region) => region.name);
  const name = names.find((candidate) => names.filter((other) => other.includes(candidate)).length === 1);
  if (!name) throw new Error(`no community to choose among: ${names.join(", ")}`);
  return name;
}

/** Fills the new-client form: no ID number, the birth date and sex entered, a 南门 community. */
async function createClient(page: Page, name: string, community: string): Promise<Locator> {
  await page.getByTestId("client-create").click();
  const form = page.getByTestId("client-form");
  await expect(form).toBeVisible();
  await form.locator("#client_name").fill(name);
  const birth = form.locator("#client_birthDate");
  await birth.fill(birthDate);
  await birth.press("Enter");
  await expect(birth).toHaveValue(birthDate);
  await form.getByText("女", { exact: true }).click();
  await form.locator("#client_phone").fill(phone);
  const region = form.locator("#client_regionCode");
  await region.click();
  await region.fill(community);
  await page
    .getByTestId("region-picker-hit")
    .filter({ hasText: new RegExp(`^${community}`) })
    .first()
    .click();
  const saved = page.waitForResponse(
    (response) =>
      new URL(response.url()).pathname === "/api/clients" && response.request().method() === "POST",
  );
  await page.getByTestId("client-save").click();
  const response = await saved;
  expect(response.status(), await response.text()).toBe(201);
  await expect(page.getByTestId("client-detail")).toBeVisible();
  return page.getByTestId("client-detail");
}

test.describe("a client registered by the station", () => {
  test.describe.configure({ mode: "serial" });

  test("station registers a client without an ID number, reveals the phone, records and withdraws a consent; a namesake is flagged", async ({
    stationPage: page,
  }) => {
    const name = uniqueName();
    await page.goto("/");
    await menuItem(page, "服务对象").click();
    await expect(page).toHaveURL(/\/clients$/);
    await expect(page.getByTestId("client-table").locator("tbody tr.ant-table-row").first()).toBeVisible();
    const community = await nanmenCommunity(page);

    // Created: its page, the phone masked until revealed (audited).
    const detail = await createClient(page, name, community);
    const firstUrl = page.url();
    const firstId = Number(new URL(firstUrl).pathname.split("/").pop());
    await expect(detail).toContainText(name);
    await expect(page.getByTestId("client-duplicates")).toHaveCount(0);
    await expect(page.getByTestId("reveal-phone-value")).toHaveText("139****5678");
    await page.getByTestId("reveal-phone").click();
    await expect(page.getByTestId("reveal-phone-value")).toHaveText(phone);

    // In the list, found by its name, linking to its page.
    await page.goto("/clients");
    await page
      .locator('input[data-testid="client-search"], [data-testid="client-search"] input')
      .first()
      .fill(name);
    const row = page.getByTestId("client-table").locator("tbody tr.ant-table-row").filter({ hasText: name });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("139****5678");
    await expect(row).toContainText(community);
    // The list may redraw under the click (the search answering): click until the page opens.
    await expect(async () => {
      await row.getByTestId("client-link").click();
      await expect(page).toHaveURL(firstUrl, { timeout: 5000 });
    }).toPass({ timeout: 60_000 });

    // A consent recorded by the client themself, then withdrawn after a confirmation.
    await page.getByTestId("consent-record").click();
    const consentForm = page.getByTestId("consent-form");
    await chooseOption(page, consentForm.locator("#clientConsent_kind"), "信息共享");
    await page
      .locator(".ant-modal")
      .getByRole("button", { name: /保\s*存/ })
      .click();
    const consents = page.getByTestId("consent-table");
    const consent = consents.locator("tbody tr").filter({ hasText: "信息共享" });
    await expect(consent).toContainText("有效");
    await expect(consent).toContainText("本人");
    await consent.getByTestId("consent-withdraw").click();
    await page
      .locator(".ant-popconfirm")
      .getByRole("button", { name: /确\s*定|OK/ })
      .click();
    await expect(consent).toContainText("撤回");
    await expect(consent.getByTestId("consent-withdraw")).toHaveCount(0);

    // The history names the reveal and both consent entries.
    await page.getByRole("tab", { name: "变更记录" }).click();
    const history = page.getByTestId("client-history");
    await expect(history).toContainText("查看了完整的手机号");
    await expect(history).toContainText("记录同意：信息共享");
    await expect(history).toContainText("撤回同意：信息共享");

    // A namesake born the same day in the same community: saved, with a warning naming the first.
    await page.goto("/clients");
    await createClient(page, name, community);
    expect(page.url()).not.toBe(firstUrl);
    const warning = page.getByTestId("client-duplicates");
    await expect(warning).toContainText("姓名、出生日期和社区相同");
    await expect(warning.locator(`a[href="/clients/${firstId}"]`)).toHaveText(name);
  });
});

test("leader has no 服务对象: no menu entry, and /clients is forbidden", async ({ leaderPage: page }) => {
  await page.goto("/");
  await expect(menuItem(page, "首页")).toBeVisible();
  await expect(menuItem(page, "服务对象")).toHaveCount(0);
  await page.goto("/clients");
  await expect(page.locator(".ant-result")).toContainText("403");
});
