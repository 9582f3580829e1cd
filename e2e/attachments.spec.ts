// Attachments (附件, issue 10): station staff attach a signed consent form (PDF) to a client on the
// client's page, download it under its Chinese name, and delete it with a reason; the leader, who
// sees no client, gets 404 for the same client's attachments.
import { expect, test } from "./fixtures.ts";

const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

test("station uploads a consent form to a client, downloads it and deletes it; the leader sees none", async ({
  stationPage: page,
  leaderPage,
}) => {
  const clients = await page.request.get("/api/clients?pageSize=1");
  expect(clients.ok(), `clients answered ${clients.status()}`).toBe(true);
  const client = ((await clients.json()) as { items: { id: number; name: string }[] }).items[0];
  if (!client) throw new Error("the demo city has no client in the station's street");
  const fileName = `知情同意书-${Date.now()}.pdf`;

  await page.goto(`/clients/${client.id}`);
  await expect(page.getByTestId("client-detail")).toContainText(client.name);
  await page.getByRole("tab", { name: "附件" }).click();
  const panel = page.getByTestId("attachments-panel");
  await expect(panel.getByTestId("attachment-upload")).toBeVisible();

  const uploaded = page.waitForResponse(
    (response) =>
      new URL(response.url()).pathname === "/api/attachments" && response.request().method() === "POST",
  );
  await panel
    .locator('input[type="file"]')
    .setInputFiles({ name: fileName, mimeType: "application/pdf", buffer: pdf });
  expect((await uploaded).status()).toBe(201);
  const row = panel.getByTestId("attachments-table").locator("tr", { hasText: fileName });
  await expect(row).toContainText("知情同意书");

  const download = page.waitForEvent("download");
  await row.getByTestId("attachment-download").click();
  expect((await download).suggestedFilename()).toBe(fileName);

  await row.getByTestId("attachment-delete").click();
  await page.getByTestId("attachment-delete-reason").fill("上传错了对象");
  await page
    .getByRole("button", { name: "删 除" })
    .or(page.getByRole("button", { name: "删除" }))
    .last()
    .click();
  await expect(panel.getByTestId("attachments-table").locator("tr", { hasText: fileName })).toHaveCount(0);

  const forLeader = await leaderPage.request.get(`/api/attachments?ownerKind=client&ownerId=${client.id}`);
  expect(forLeader.status()).toBe(404);
});
