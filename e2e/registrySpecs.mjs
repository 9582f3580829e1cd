// Browser tests of what the registry lists share (apps/web/src/components/registryColumns.tsx,
// apps/web/src/hooks/useListSearchParams.ts): the name opens the record, the view/edit actions
// follow the user's abilities, the list's search survives a reload and a record's back link.
import { assert } from "./harness.mjs";
import { login, settle, waitForText } from "./helpers.mjs";

// antd spaces out two-character Chinese button labels ("编 辑").
const editLabel = /^编\s?辑$/;

/** The answer of the next list request to `path` (e.g. "/api/platforms") whose q is `q` (null: none). */
function listAnswer(page, path, q) {
  return page.waitForResponse((response) => {
    const url = new URL(response.url());
    return url.pathname === path && url.searchParams.get("q") === q && response.request().method() === "GET";
  });
}

async function rowKeys(table) {
  return table.locator("tbody tr.ant-table-row").evaluateAll((rows) => rows.map((row) => row.dataset.rowKey));
}

export function registerRegistrySpecs(suite) {
  suite.test(
    "a platform's name opens its detail; edit is offered to haishu, not to the leader",
    async ({ page, baseUrl }) => {
      await login(page, baseUrl, "haishu");
      await page.goto(`${baseUrl}/platforms`);
      const firstRow = page.locator('[data-testid="platform-table"] tbody tr.ant-table-row').first();
      await firstRow.waitFor();
      const id = await firstRow.getAttribute("data-row-key");
      const name = (
        (await firstRow.locator("td").first().getByRole("button").first().textContent()) ?? ""
      ).trim();
      assert(name.length > 0, "the first column names the platform");
      await firstRow.getByRole("button", { name: editLabel }).waitFor();
      await firstRow.getByRole("button", { name }).click();
      await page.waitForURL(new RegExp(`platform=${id}`));
      await waitForText(page.locator('[data-testid="platform-detail"]'), name);

      await page.context().clearCookies();
      await login(page, baseUrl, "leader");
      await page.goto(`${baseUrl}/platforms`);
      const leaderRow = page.locator('[data-testid="platform-table"] tbody tr.ant-table-row').first();
      await leaderRow.waitFor();
      await leaderRow.getByRole("button", { name: /^查\s?看$/ }).waitFor();
      assert(
        (await leaderRow.getByRole("button", { name: editLabel }).count()) === 0,
        "the leader reads only",
      );
    },
  );
  suite.test(
    "the platforms list keeps its search in the address: a reload shows the same list",
    async ({ page, baseUrl }) => {
      await login(page, baseUrl, "haishu");
      const unfiltered = listAnswer(page, "/api/platforms", null);
      await page.goto(`${baseUrl}/platforms`);
      const all = await (await unfiltered).json();
      const table = page.locator('[data-testid="platform-table"]');
      const search = page
        .locator('[data-testid="platform-search"] input, input[data-testid="platform-search"]')
        .first();

      const searched = listAnswer(page, "/api/platforms", "nm");
      await search.fill("nm");
      const found = await (await searched).json();
      await page.waitForURL(/[?&]q=nm/);
      await settle(page);
      assert(
        found.total > 0 && found.total < all.total,
        `"nm" narrows the list: ${found.total} of ${all.total}`,
      );
      const keys = await rowKeys(table);
      assert(
        keys.join() === found.items.map((platform) => String(platform.id)).join(),
        `the table shows the found platforms: ${keys.join()}`,
      );

      const reloaded = listAnswer(page, "/api/platforms", "nm");
      await page.reload();
      const again = await (await reloaded).json();
      assert(
        again.total === found.total,
        `after the reload: ${again.total} platforms, before ${found.total}`,
      );
      assert(new URL(page.url()).searchParams.get("q") === "nm", "q stays in the address");
      await table.locator("tbody tr.ant-table-row").first().waitFor();
      await settle(page);
      assert((await search.inputValue()) === "nm", `the search box shows "${await search.inputValue()}"`);
      assert((await rowKeys(table)).join() === keys.join(), "the same platforms are listed after the reload");
    },
  );

  suite.test("a volunteer's back link returns to the list as it was searched", async ({ page, baseUrl }) => {
    await login(page, baseUrl, "haishu");
    const unfiltered = listAnswer(page, "/api/volunteers", null);
    await page.goto(`${baseUrl}/volunteers`);
    const first = (await (await unfiltered).json()).items[0];
    assert(first, "haishu has volunteers");

    const searched = listAnswer(page, "/api/volunteers", first.name);
    await page
      .locator('[data-testid="volunteer-search"] input, input[data-testid="volunteer-search"]')
      .first()
      .fill(first.name);
    await searched;
    await page.waitForURL((url) => url.searchParams.get("q") === first.name);
    const listUrl = page.url();
    await page.locator(`[data-testid="volunteer-link"]`).filter({ hasText: first.name }).first().click();
    await page.waitForURL(/\/volunteers\/\d+$/);
    await page.getByRole("link", { name: "返回列表" }).click();
    await page.waitForURL((url) => url.pathname === "/volunteers");
    assert(page.url() === listUrl, `back at ${page.url()}, expected ${listUrl}`);
    const search = page
      .locator('[data-testid="volunteer-search"] input, input[data-testid="volunteer-search"]')
      .first();
    assert((await search.inputValue()) === first.name, `the search box shows "${await search.inputValue()}"`);
  });

  suite.test(
    "registering a minor asks for the guardian's consent; an adult's form does not",
    async ({ page, baseUrl }) => {
      await login(page, baseUrl, "haishu");
      await page.goto(`${baseUrl}/volunteers`);
      await page.locator('[data-testid="volunteer-create"]').click();
      const idNumber = page.locator('[data-testid="volunteer-id-number"]');
      const guardian = page.locator('[data-testid="volunteer-guardian-name"]');
      // Born 2012-03-04: a minor today; the check character is the real one (GB 11643).
      await idNumber.fill("11010520120304071X");
      await guardian.waitFor();
      await waitForText(page.locator('[data-testid="volunteer-form"]'), "须记录监护人的姓名和同意日期");
      await idNumber.fill("11010519491231002X");
      await guardian.waitFor({ state: "detached" });
    },
  );

  suite.test(
    "the teams search box follows the address: a menu click clears it",
    async ({ page, baseUrl }) => {
      await login(page, baseUrl, "haishu");
      await page.goto(`${baseUrl}/volunteer-teams?q=${encodeURIComponent("南门")}`);
      const search = page
        .locator('[data-testid="team-search"] input, input[data-testid="team-search"]')
        .first();
      await search.waitFor();
      assert((await search.inputValue()) === "南门", `the box shows "${await search.inputValue()}"`);
      await page
        .locator('[data-testid="side-menu"] .ant-menu-item')
        .filter({ hasText: /^志愿服务队$/ })
        .click();
      await page.waitForURL((url) => url.pathname === "/volunteer-teams" && !url.searchParams.has("q"));
      await page.waitForFunction(
        () =>
          document.querySelector('[data-testid="team-search"] input, input[data-testid="team-search"]')
            ?.value === "",
      );
    },
  );
}
