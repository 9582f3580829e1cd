// English mode (issue 9): dictionary values stored in Chinese and the validation messages follow
// the user's language, as the labels around them do.
import { expect, test } from "./fixtures.ts";
import { randomIdNumbers } from "./helpers.ts";

test("a volunteer's skills, the skill filter and the form's messages read in English", async ({
  haishuPage: page,
}) => {
  const me = await page.request.get("/api/auth/me");
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const [idNumber] = randomIdNumbers(1);
  const created = await page.request.post("/api/volunteers", {
    headers: { "x-csrf-token": csrfToken },
    data: {
      name: `英文测试${Math.floor(Math.random() * 1e6)}`,
      idNumber,
      regionCode: "330203001001",
      skills: ["陪伴探访"],
      availability: ["周末"],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: number };

  await page.goto(`/volunteers/${id}`);
  await page.getByTestId("language-switch").getByText("English", { exact: true }).click();
  await expect(page.locator("body")).toContainText("Companionship visits");
  await expect(page.locator("body")).toContainText("Weekends");
  await expect(page.locator("body")).not.toContainText("陪伴探访");

  await page.goto("/volunteers");
  await page.getByTestId("volunteer-create").click();
  const form = page.getByTestId("volunteer-form");
  await page.getByTestId("volunteer-save").click();
  // The shared schema's messages, written in Chinese, are shown through the catalogue.
  await expect(form.locator(".ant-form-item-explain-error").first()).toBeVisible();
  const errors = await form.locator(".ant-form-item-explain-error").allInnerTexts();
  expect(errors.length).toBeGreaterThan(0);
  for (const error of errors) expect(error, error).not.toMatch(/[\u4e00-\u9fff]/);
  await expect(form).toContainText("is required");
});
