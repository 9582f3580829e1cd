// Browser tests of what the registry lists share (apps/web/src/components/registryColumns.tsx):
// the name opens the record, the view/edit actions follow the user's abilities.
import { assert } from "./harness.mjs";
import { login, waitForText } from "./helpers.mjs";

// antd spaces out two-character Chinese button labels ("编 辑").
const editLabel = /^编\s?辑$/;

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
}
