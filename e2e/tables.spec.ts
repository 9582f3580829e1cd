// The registry lists and the users list fit a 1440 × 900 screen
// (apps/web/src/components/RegistryTable.tsx): no sideways scroll, the columns an officer scans
// shown beside the bulk actions' check boxes and none under the fixed 操作 column, in Chinese and
// in English; the rest is one 列设置 away, and what a user sets there is theirs — it survives a
// reload and another user of the same browser keeps the list's defaults.
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { login, logout } from "./helpers.ts";

interface RegistryList {
  name: string;
  path: string;
  testId: string;
  /** Headers that must show without scrolling (in Chinese). */
  keyColumns: string[];
}

const lists: RegistryList[] = [
  {
    name: "social workers",
    path: "/social-workers",
    testId: "social-worker-table",
    keyColumns: ["姓名", "人才类型", "本周期学时", "登记有效期至", "在岗状态", "操作"],
  },
  {
    name: "volunteers",
    path: "/volunteers",
    testId: "volunteer-table",
    keyColumns: ["志愿者编号", "姓名", "累计服务时长", "星级", "注册日期"],
  },
  {
    name: "social organizations",
    path: "/social-organizations",
    testId: "social-organization-table",
    keyColumns: ["名称", "统一社会信用代码", "登记社会工作者", "登记状态", "操作"],
  },
  {
    name: "platforms",
    path: "/platforms",
    testId: "platform-table",
    keyColumns: ["名称", "运营状态", "在岗社会工作者", "站点标准", "运营机构", "操作"],
  },
  {
    name: "volunteer teams",
    path: "/volunteer-teams",
    testId: "team-table",
    keyColumns: ["队伍名称", "组织单位", "队员人数", "队员累计时长"],
  },
  {
    name: "clients",
    path: "/clients",
    testId: "client-table",
    keyColumns: ["姓名", "手机号", "所属社区", "服务对象类别", "风险等级", "更新时间"],
  },
  {
    name: "users",
    path: "/users",
    testId: "user-table",
    keyColumns: ["用户名", "姓名", "角色", "所属单位", "所属区划", "状态", "最近登录", "操作"],
  },
];

interface HeaderBox {
  text: string;
  left: number;
  right: number;
  isFixed: boolean;
}

/** The table's scrolling box and where each header cell lies on the screen. */
function measure(table: Locator) {
  return table.evaluate((element) => {
    const holder = element.querySelector<HTMLElement>(".ant-table-content, .ant-table-body");
    if (!holder) throw new Error("the table has no scrolling box");
    const box = holder.getBoundingClientRect();
    const headers = [...element.querySelectorAll<HTMLElement>("thead th")].map((th) => {
      const rect = th.getBoundingClientRect();
      return {
        text: (th.textContent ?? "").trim(),
        left: rect.left,
        right: rect.right,
        isFixed: getComputedStyle(th).position === "sticky",
      };
    });
    return {
      scrollWidth: holder.scrollWidth,
      clientWidth: holder.clientWidth,
      left: box.left,
      right: box.right,
      headers,
    };
  });
}

async function openList(page: Page, list: RegistryList): Promise<Locator> {
  await page.goto(list.path);
  const table = page.getByTestId(list.testId);
  await expect(table.locator("tbody tr.ant-table-row").first()).toBeVisible();
  return table;
}

async function expectFits(table: Locator, label: string): Promise<HeaderBox[]> {
  const measured = await measure(table);
  expect(
    measured.scrollWidth,
    `${label}: no sideways scroll in ${measured.clientWidth} px`,
  ).toBeLessThanOrEqual(measured.clientWidth);
  for (const header of measured.headers) {
    expect(header.left, `${label}: ${header.text} starts inside the list`).toBeGreaterThanOrEqual(
      measured.left - 1,
    );
    expect(header.right, `${label}: ${header.text} ends inside the list`).toBeLessThanOrEqual(
      measured.right + 1,
    );
  }
  return measured.headers;
}

function expectShownBesideFixed(headers: HeaderBox[], title: string, label: string): void {
  const header = headers.find((candidate) => candidate.text === title);
  expect(header, `${label}: ${title} is a shown column`).toBeDefined();
  if (!header || header.isFixed) return;
  for (const fixed of headers.filter((candidate) => candidate.isFixed)) {
    const isApart = header.right <= fixed.left + 1 || header.left >= fixed.right - 1;
    expect(isApart, `${label}: ${title} is not under the fixed ${fixed.text}`).toBe(true);
  }
}

function headerCell(table: Locator, title: string): Locator {
  return table.locator("thead th").filter({ hasText: new RegExp(`^\\s*${title}\\s*$`) });
}

async function openSettings(page: Page, testId: string): Promise<Locator> {
  await page.getByTestId(`${testId}-column-settings`).click();
  const settings = page.getByTestId(`${testId}-column-settings-list`);
  await expect(settings).toBeVisible();
  return settings;
}

for (const list of lists) {
  test(`the ${list.name} list fits 1440 px with its key columns beside the fixed ones`, async ({
    haishuPage: page,
  }) => {
    const table = await openList(page, list);
    // Every list offers bulk actions to haishu: the check boxes are part of what must fit.
    await expect(table.locator("thead th.ant-table-selection-column")).toHaveCount(1);
    const headers = await expectFits(table, list.name);
    for (const title of list.keyColumns) expectShownBesideFixed(headers, title, list.name);

    // English labels are longer: the headers wrap, the list still fits.
    await page.getByTestId("language-switch").getByText("English", { exact: true }).click();
    await expect(headerCell(table, list.keyColumns[0] ?? "")).toHaveCount(0);
    await expectFits(table, `${list.name} in English`);
  });
}

test("the columns a user hides stay hidden for them after a reload, and only for them", async ({ page }) => {
  const list = lists[0] as RegistryList;
  await login(page, "haishu");
  let table = await openList(page, list);
  const hours = headerCell(table, "本周期学时");
  await expect(hours).toBeVisible();

  const settings = await openSettings(page, list.testId);
  await settings.getByRole("checkbox", { name: "本周期学时" }).uncheck();
  await expect(hours).toHaveCount(0);
  // Optional columns are one click away; with all of them shown the list scrolls instead of squeezing.
  await settings.getByRole("checkbox", { name: "学历" }).check();
  await expect(headerCell(table, "学历")).toBeVisible();
  await settings.getByRole("button", { name: "上移“登记有效期至”" }).click();
  await page.keyboard.press("Escape");
  // The titled columns in order (the check-box column has no title).
  const order = async () =>
    (await measure(table)).headers.map((header) => header.text).filter((text) => text !== "");
  const expected = [
    "姓名",
    "资格等级",
    "学历",
    "工作单位",
    "所属区划",
    "人才类型",
    "登记有效期至",
    "在岗状态",
    "操作",
  ];
  await expect.poll(order).toEqual(expected);

  await page.reload();
  table = page.getByTestId(list.testId);
  await expect(table.locator("tbody tr.ant-table-row").first()).toBeVisible();
  expect(await order(), "the reload keeps the user's columns").toEqual(expected);
  await expectFits(table, "social workers as haishu set them");

  // Another user of the same browser: the list's defaults, untouched by haishu's settings.
  await logout(page);
  await login(page, "city");
  table = await openList(page, list);
  await expect(headerCell(table, "本周期学时")).toBeVisible();
  await expect(headerCell(table, "学历")).toHaveCount(0);
  await logout(page);

  await login(page, "haishu");
  table = await openList(page, list);
  expect(await order(), "haishu's columns are still theirs").toEqual(expected);
  await openSettings(page, list.testId);
  await page.getByRole("checkbox", { name: "全部显示" }).check();
  await expect
    .poll(
      async () => {
        const measured = await measure(table);
        return measured.scrollWidth > measured.clientWidth;
      },
      { message: "with every column shown the list scrolls sideways" },
    )
    .toBe(true);
  await page.getByTestId(`${list.testId}-column-settings-reset`).click();
  await expect(headerCell(table, "本周期学时")).toBeVisible();
  await expect(headerCell(table, "学历")).toHaveCount(0);
  await expectFits(table, "social workers after reset");
});

test("a fresh sign-in of another user shows the lists' defaults", async ({ cityPage: page }) => {
  const table = await openList(page, lists[0] as RegistryList);
  const headers = await expectFits(table, "social workers as city");
  for (const title of ["本周期学时", "登记有效期至"])
    expectShownBesideFixed(headers, title, "social workers as city");
});

test("the fixed name column scrolls under the app header, not over it", async ({ haishuPage: page }) => {
  const table = await openList(page, lists[0] as RegistryList);
  const name = headerCell(table, "姓名");
  const box = await name.boundingBox();
  if (!box) throw new Error("the name header has no box");
  // The list's header row scrolled to where the app header is: the app header must be the one seen.
  const top = 10;
  await page.evaluate((by) => window.scrollBy(0, by), box.y - top);
  await expect.poll(() => name.evaluate((th) => Math.round(th.getBoundingClientRect().top))).toBe(top);
  const isUnderHeader = await page.evaluate(
    ({ x, y }) => Boolean(document.elementFromPoint(x, y)?.closest(".ant-layout-header")),
    { x: box.x + box.width / 2, y: top + box.height / 2 },
  );
  expect(isUnderHeader, "the app header stays on top of the list's fixed cells").toBe(true);
});
