// Every registry's record has a page of its own address (issue 9): platforms, social
// organizations and social workers open at /platforms/:id … instead of a drawer over the list.
// The name in a list is a link (it opens in a new tab too), the page survives a reload, its back
// link returns to the list as it was filtered, old drawer addresses (?platform=12) still lead to
// the record, a record outside the viewer's scope reads as one friendly not-found page, and edit
// opens the form drawer from the page.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";

interface Registry {
  name: string;
  path: string;
  api: string;
  /** The old drawer address's parameter. */
  legacyParam: string;
  tableTestId: string;
  linkTestId: string;
  detailTestId: string;
}

const registries: Registry[] = [
  {
    name: "platforms",
    path: "/platforms",
    api: "/api/platforms",
    legacyParam: "platform",
    tableTestId: "platform-table",
    linkTestId: "platform-link",
    detailTestId: "platform-detail",
  },
  {
    name: "social organizations",
    path: "/social-organizations",
    api: "/api/social-organizations",
    legacyParam: "organization",
    tableTestId: "social-organization-table",
    linkTestId: "social-organization-link",
    detailTestId: "social-organization-detail",
  },
  {
    name: "social workers",
    path: "/social-workers",
    api: "/api/social-workers",
    legacyParam: "worker",
    tableTestId: "social-worker-table",
    linkTestId: "social-worker-link",
    detailTestId: "social-worker-detail",
  },
];

interface Listed {
  id: number;
  name: string;
  abilities?: { edit?: boolean };
}

/** The first records the signed-in user's list holds, by name descending. */
async function firstRecords(page: Page, registry: Registry, pageSize = 1): Promise<Listed[]> {
  const answer = await page.request.get(`${registry.api}?pageSize=${pageSize}&sort=-name`);
  expect(answer.ok(), `${registry.api} answered ${answer.status()}`).toBe(true);
  const items = ((await answer.json()) as { items: Listed[] }).items;
  expect(items.length, `the ${registry.name} list is not empty`).toBeGreaterThan(0);
  return items;
}

for (const registry of registries) {
  test(`a name in the ${registry.name} list opens its page, which survives a reload and leads back to the list as filtered`, async ({
    haishuPage: page,
  }) => {
    const [record] = await firstRecords(page, registry);
    if (!record) throw new Error(`haishu has no ${registry.name}`);
    const query = new URLSearchParams({ q: record.name, sort: "-name" });
    await page.goto(`${registry.path}?${query}`);
    const row = page.locator(`[data-testid="${registry.tableTestId}"] tr[data-row-key="${record.id}"]`);
    await expect(row).toBeVisible();
    const listUrl = page.url();

    const link = row.getByTestId(registry.linkTestId);
    await expect(link, "the name is a real link: it opens in a new tab too").toHaveAttribute(
      "href",
      `${registry.path}/${record.id}`,
    );
    await link.click();
    await expect(page).toHaveURL((url) => url.pathname === `${registry.path}/${record.id}` && !url.search);
    const detail = page.getByTestId(registry.detailTestId);
    await expect(detail.getByRole("heading", { name: record.name })).toBeVisible();

    await page.reload();
    await expect(page).toHaveURL((url) => url.pathname === `${registry.path}/${record.id}`);
    await expect(detail.getByRole("heading", { name: record.name }), "the page after a reload").toBeVisible();

    await detail.getByRole("link", { name: "返回列表" }).click();
    await expect(page).toHaveURL(listUrl);
    await expect(row, "the list as it was filtered").toBeVisible();
    expect(new URL(page.url()).searchParams.get("q")).toBe(record.name);
  });

  test(`an old ?${registry.legacyParam}= address of the ${registry.name} lands on the record's page`, async ({
    haishuPage: page,
  }) => {
    const [record] = await firstRecords(page, registry);
    if (!record) throw new Error(`haishu has no ${registry.name}`);
    await page.goto(`${registry.path}?${registry.legacyParam}=${record.id}`);
    await expect(page).toHaveURL((url) => url.pathname === `${registry.path}/${record.id}` && !url.search);
    await expect(
      page.getByTestId(registry.detailTestId).getByRole("heading", { name: record.name }),
    ).toBeVisible();
  });
}

test("ctrl-click on a name opens the platform's page in a new tab and leaves the list as it is", async ({
  haishuPage: page,
}) => {
  await page.goto("/platforms");
  const link = page.getByTestId("platform-link").first();
  await expect(link).toBeVisible();
  const name = ((await link.textContent()) ?? "").trim();
  const href = await link.getAttribute("href");
  expect(href, "the link names the platform's page").toMatch(/^\/platforms\/\d+$/);
  const listUrl = page.url();

  const [tab] = await Promise.all([
    page.context().waitForEvent("page"),
    link.click({ modifiers: ["ControlOrMeta"] }),
  ]);
  await expect(tab).toHaveURL((url) => url.pathname === href);
  await expect(tab.getByTestId("platform-detail").getByRole("heading", { name })).toBeVisible();
  expect(page.url(), "the list stays where it was").toBe(listUrl);
  await tab.close();
});

test("a record outside haishu's scope (a 余姚 platform) reads as not found, with a way back", async ({
  haishuPage: page,
  yuyaoPage,
}) => {
  const [yuyaoPlatform] = await firstRecords(yuyaoPage, registries[0] as Registry);
  if (!yuyaoPlatform) throw new Error("yuyao has no platforms");
  await page.goto(`/platforms/${yuyaoPlatform.id}`);
  const notFound = page.getByTestId("record-not-found");
  await expect(notFound).toContainText("记录不存在或不在您的管辖范围内");
  await expect(page.getByText(yuyaoPlatform.name), "nothing of the record shows").toHaveCount(0);
  await expect(page.locator(".ant-message-error"), "no error pops up besides the page").toHaveCount(0);

  // An address that names no record at all reads the same.
  await page.goto("/social-workers/not-a-number");
  await expect(notFound).toContainText("记录不存在或不在您的管辖范围内");
  await notFound.getByRole("link", { name: "返回列表" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/social-workers");
  await expect(page.getByTestId("social-worker-table")).toBeVisible();
});

test("station edits a social worker from the page: the form drawer opens, saves, and the page and history show it", async ({
  stationPage: page,
}) => {
  let editable: Listed | undefined;
  for (const worker of await firstRecords(page, registries[2] as Registry, 20)) {
    const detail = await page.request.get(`/api/social-workers/${worker.id}`);
    if (((await detail.json()) as Listed).abilities?.edit) {
      editable = worker;
      break;
    }
  }
  if (!editable) throw new Error("station may edit no social worker");
  await page.goto(`/social-workers/${editable.id}`);
  const detail = page.getByTestId("social-worker-detail");
  await expect(detail.getByRole("heading", { name: editable.name })).toBeVisible();

  await detail.getByTestId("social-worker-edit").click();
  const form = page.getByTestId("social-worker-form");
  const position = form.locator("#socialWorker_position");
  await expect(position).toBeVisible();
  const newPosition = `项目专员${Date.now() % 100_000}`;
  await position.fill(newPosition);
  await page.getByTestId("social-worker-save").click();
  await expect(page.locator(".ant-message")).toContainText("已保存");
  await expect(form).toHaveCount(0);
  await expect(page).toHaveURL((url) => url.pathname === `/social-workers/${editable.id}`);
  await expect(detail).toContainText(newPosition);

  await detail.getByRole("tab", { name: "变更记录" }).click();
  await expect(detail.getByTestId("social-worker-history")).toContainText(newPosition);
});
