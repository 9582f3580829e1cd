// Printing: a volunteer's certificate prints alone on A4; its print rules, loaded with it for the
// rest of the session, must not blank another page printed afterwards (the dashboard).
import { expect, test } from "./fixtures.ts";
import { menuItem } from "./helpers.ts";

test("the dashboard still prints after a certificate was opened and printed", async ({
  haishuPage: page,
}) => {
  const { csrfToken } = (await (await page.request.get("/api/auth/me")).json()) as { csrfToken: string };
  // A volunteer with recorded hours; the organization that recorded them issues the certificate.
  const volunteers = (await (await page.request.get("/api/volunteers?pageSize=50")).json()) as {
    items: { id: number }[];
  };
  let certificate: { volunteerId: number; id: number } | undefined;
  for (const { id } of volunteers.items) {
    const detail = (await (await page.request.get(`/api/volunteers/${id}`)).json()) as {
      recordingOrganizations: { name: string }[];
    };
    const issuer = detail.recordingOrganizations[0];
    if (!issuer) continue;
    const issued = await page.request.post(`/api/volunteers/${id}/certificates`, {
      data: { issuingOrganization: issuer.name },
      headers: { "x-csrf-token": csrfToken },
    });
    expect(issued.status(), await issued.text()).toBe(201);
    certificate = { volunteerId: id, id: ((await issued.json()) as { id: number }).id };
    break;
  }
  if (!certificate) throw new Error("no demo volunteer of 海曙 has recorded hours");

  await page.goto(`/volunteers/${certificate.volunteerId}/certificates/${certificate.id}`);
  await expect(page.locator(".xq-certificate").first()).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".xq-certificate-print")).toBeVisible();
  await expect(page.getByTestId("side-menu")).toBeHidden();

  // The same session, the certificate's styles still loaded: the dashboard prints its figures.
  await page.emulateMedia({ media: "screen" });
  await menuItem(page, "首页").click();
  await expect(page.locator(".xq-dashboard")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".xq-dashboard")).toBeVisible();
});
