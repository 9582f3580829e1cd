// Cases and needs (个案、需求, issue 10), the whole way: a station officer takes in a need for a
// demo client and triages it into a case for the demo social worker; the worker accepts it,
// assesses, plans; the supervisor finds the plan on the desk and approves it; the worker
// intervenes and records a service, evaluates and submits the closing; the supervisor returns
// the closing once, approves it the second time; the worker's desk shows the follow-up due. The
// leader sees no client names anywhere.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { chooseOption, menuItem, pickBySearch, typeAndChoose } from "./helpers.ts";

const nanmen = "330203001000";
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** Saves the open transition drawer and waits for the server's answer. */
async function saveTransition(page: Page, action: string): Promise<void> {
  const answered = page.waitForResponse((response) =>
    /\/api\/cases\/\d+\/transitions$/.test(new URL(response.url()).pathname),
  );
  await page.getByTestId("case-transition-save").click();
  const response = await answered;
  expect(response.status(), `${action}: ${await response.text()}`).toBe(200);
  await expect(page.getByTestId("case-transition-drawer")).toBeHidden();
}

/** A list may redraw under the click (its search answering): click until the case opens. */
async function clickUntilOpen(page: Page, link: ReturnType<Page["getByTestId"]>, caseUrl: string) {
  await expect(async () => {
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${caseUrl}$`), { timeout: 5000 });
  }).toPass({ timeout: 60_000 });
}

/** The approvals waiting on the user's desk, as its card counts them. */
async function approvalsWaiting(page: Page): Promise<number> {
  await page.goto("/desk");
  const text = (await page.getByTestId("desk-approvals-count").textContent()) ?? "";
  return Number(text.replace(/\D/g, ""));
}

/** Opens the case waiting for the user's approval from the desk: its row, or the full list. */
async function openFromDesk(page: Page, caseNumber: string, caseUrl: string): Promise<void> {
  await page.goto("/desk");
  const approvals = page.getByTestId("desk-approvals");
  await expect(approvals.getByTestId("desk-approvals-count")).toBeVisible();
  const row = approvals.getByRole("link", { name: caseNumber });
  if ((await row.count()) > 0) {
    await row.click();
  } else {
    await approvals.getByTestId("desk-approvals-more").click();
    await expect(page).toHaveURL(/\/cases\?approval=pending/);
    await page.getByTestId("case-search").locator("input").fill(caseNumber);
    await clickUntilOpen(page, page.getByTestId("case-link").filter({ hasText: caseNumber }), caseUrl);
  }
  await expect(page).toHaveURL(new RegExp(`${caseUrl}$`));
}

test("a need becomes a case and is taken to its closing, the supervisor approving the plan and returning the closing once; the desk shows each step; the leader sees no client names", async ({
  stationPage,
  workerPage,
  supervisorPage,
  leaderPage,
}) => {
  test.setTimeout(360_000);
  const clients = await stationPage.request.get(`/api/clients?regionCode=${nanmen}&pageSize=1`);
  expect(clients.ok()).toBe(true);
  const client = ((await clients.json()) as { items: { name: string }[] }).items[0];
  if (!client) throw new Error("no demo client in 南门街道");

  // The station takes the need in.
  await stationPage.goto("/needs");
  await stationPage.getByTestId("need-create").click();
  const drawer = stationPage.getByTestId("need-drawer");
  await expect(drawer).toBeVisible();
  const clientInput = drawer.locator("#need_clientId");
  await clientInput.click();
  await clientInput.pressSequentially(client.name);
  await stationPage.locator(".ant-select-item-option").filter({ hasText: client.name }).first().click();
  await chooseOption(stationPage, drawer.locator("#need_source"), "电话");
  await chooseOption(stationPage, drawer.locator("#need_domain"), "养老服务");
  await drawer.locator("#need_description").fill("老人独居，近期跌倒，希望社工定期上门探访并陪同就医");
  await stationPage.getByTestId("need-save").click();
  const need = stationPage.getByTestId("need-detail");
  await expect(need).toBeVisible();
  await expect(need.getByTestId("need-status")).toHaveText("待分流");

  // …and triages it into a case for the demo social worker.
  await stationPage.getByTestId("need-triage").click();
  const triage = stationPage.getByTestId("triage-drawer");
  await triage.locator("#triage_summary").fill("独居老人跌倒后需要定期探访与就医陪同");
  await chooseOption(stationPage, triage.locator("#triage_assignedWorkerId"), "张文静（南门街道）");
  await stationPage.getByTestId("triage-save").click();
  await expect(need.getByTestId("need-status")).toHaveText("已立案");
  await stationPage.getByTestId("need-case-link").click();
  await expect(stationPage.getByTestId("case-detail")).toBeVisible();
  await expect(stationPage.getByTestId("case-worker")).toHaveText("张文静");
  const caseUrl = new URL(stationPage.url()).pathname;
  const caseNumber = (await stationPage.getByTestId("case-number").textContent()) ?? "";
  expect(caseNumber).toMatch(/^GA330203-\d{4}-\d{6}$/);

  // The worker finds it in their list, accepts it and assesses.
  await workerPage.goto("/cases");
  await workerPage.getByTestId("case-search").locator("input").fill(caseNumber);
  await clickUntilOpen(
    workerPage,
    workerPage.getByTestId("case-link").filter({ hasText: caseNumber }),
    caseUrl,
  );
  const stage = workerPage.getByTestId("case-detail").getByTestId("case-stage");
  await expect(stage).toHaveText("接案");
  await workerPage.getByTestId("case-action-accept").click();
  await saveTransition(workerPage, "accept");
  await expect(stage).toHaveText("预估");

  await workerPage.getByTestId("case-action-completeAssessment").click();
  const form = workerPage.getByTestId("case-transition-drawer");
  await form.locator("#caseTransition_problems").fill("独居，行动不便，近期跌倒一次");
  await form.locator("#caseTransition_strengths").fill("意识清楚，邻里关系良好");
  await chooseOption(workerPage, form.locator("#caseTransition_needs_0_domain"), "健康");
  await form.locator("#caseTransition_needs_0_need").fill("定期就医陪同");
  await saveTransition(workerPage, "completeAssessment");
  await expect(stage).toHaveText("计划");

  await workerPage.getByTestId("case-action-submitPlan").click();
  await form.locator("#caseTransition_goals_0_goal").fill("按时复诊");
  await form.locator("#caseTransition_goals_0_indicators").fill("每月复诊一次\n血压记录完整");
  await form.locator("#caseTransition_tasks_0_task").fill("联系社区卫生服务中心预约复诊");
  await chooseOption(workerPage, form.locator("#caseTransition_tasks_0_goalKey"), "g1");
  await form.locator("#caseTransition_tasks_0_dueOn").fill(today());
  await saveTransition(workerPage, "submitPlan");
  await expect(workerPage.getByTestId("case-approval")).toHaveText("计划：待审批");
  // The worker does not sign their own plan.
  await expect(workerPage.getByTestId("case-action-approvePlan")).toHaveCount(0);

  // The supervisor finds the plan waiting from the desk (its first rows, or all of them behind
  // 查看全部: the demo district has many), opens the case from there and approves it.
  const waitingBefore = await approvalsWaiting(supervisorPage);
  await openFromDesk(supervisorPage, caseNumber, caseUrl);
  await supervisorPage.getByTestId("case-action-approvePlan").click();
  await saveTransition(supervisorPage, "approvePlan");
  await expect(supervisorPage.getByTestId("case-approval")).toHaveText("计划：已通过");
  await supervisorPage.getByTestId("case-detail").getByRole("tab", { name: "时间线" }).click();
  await expect(supervisorPage.getByTestId("case-timeline")).toContainText("通过计划");

  expect(await approvalsWaiting(supervisorPage)).toBe(waitingBefore - 1);

  // The worker intervenes: a service recorded from the case's page.
  await workerPage.goto(caseUrl);
  await workerPage.getByTestId("case-action-startIntervention").click();
  await saveTransition(workerPage, "startIntervention");
  await expect(stage).toHaveText("介入");
  await workerPage.getByTestId("case-detail").getByRole("tab", { name: "服务记录" }).click();
  await workerPage.getByTestId("case-service-record-create").click();
  const record = workerPage.getByTestId("service-record-form");
  await expect(record).toBeVisible();
  await record.locator("#serviceRecord_minutes").fill("60");
  await typeAndChoose(workerPage, record.locator("#serviceRecord_type"), "探访");
  await typeAndChoose(workerPage, record.locator("#serviceRecord_domain"), "养老服务");
  await record.locator("#serviceRecord_place").fill("服务对象家中");
  await pickBySearch(workerPage, workerPage.getByTestId("service-record-clients"), client.name);
  const recorded = workerPage.waitForResponse(
    (response) =>
      new URL(response.url()).pathname === "/api/service-records" && response.request().method() === "POST",
  );
  await workerPage.getByTestId("service-record-save").click();
  expect((await recorded).status()).toBe(201);
  await workerPage.keyboard.press("Escape");

  // Evaluation, then the closing.
  await workerPage.reload();
  await workerPage.getByTestId("case-action-submitEvaluation").click();
  await chooseOption(workerPage, form.locator("#caseTransition_goals_0_attainment"), "已达成");
  await chooseOption(workerPage, form.locator("#caseTransition_satisfaction"), "5");
  await saveTransition(workerPage, "submitEvaluation");
  await expect(stage).toHaveText("评估");
  const inThreeDays = new Date(Date.now() + (8 + 72) * 3600_000).toISOString().slice(0, 10);
  const submitClosing = async (summary: string) => {
    await workerPage.getByTestId("case-action-submitClosing").click();
    await form.locator("#caseTransition_summary").fill(summary);
    await chooseOption(workerPage, form.locator("#caseTransition_closeReason"), "目标达成");
    await form.locator("#caseTransition_followUp_plan").fill("结案后电话回访，了解复诊情况");
    await form.locator("#caseTransition_followUp_dueOn").fill(inThreeDays);
    await saveTransition(workerPage, "submitClosing");
  };
  await submitClosing("已按时复诊");
  await expect(workerPage.getByTestId("case-approval").filter({ hasText: "结案" })).toHaveText(
    "结案：待审批",
  );

  // The supervisor returns the closing once, with a reason the worker reads on the case…
  await openFromDesk(supervisorPage, caseNumber, caseUrl);
  await expect(supervisorPage.getByTestId("case-approval").filter({ hasText: "结案" })).toHaveText(
    "结案：待审批",
  );
  await supervisorPage.getByTestId("case-action-returnClosing").click();
  await supervisorPage
    .getByTestId("case-transition-drawer")
    .locator("#caseTransition_reason")
    .fill("请补充服务成效");
  await saveTransition(supervisorPage, "returnClosing");
  await workerPage.reload();
  await expect(workerPage.getByTestId("case-detail")).toContainText("请补充服务成效");
  await submitClosing("已按时复诊，血压稳定，能自行前往社区卫生服务中心");

  // …and approves the second one: the case is closed, its follow-up on the worker's desk.
  await supervisorPage.goto(caseUrl);
  await supervisorPage.getByTestId("case-action-approveClosing").click();
  await saveTransition(supervisorPage, "approveClosing");
  await expect(supervisorPage.getByTestId("case-detail").getByTestId("case-stage")).toHaveText("结案");
  await workerPage.goto("/desk");
  await expect(workerPage.getByTestId("desk-follow-ups")).toContainText(caseNumber);

  // The leader: aggregates only, no 个案 or 需求 in the menu, the case itself answers as missing.
  await leaderPage.goto("/");
  await expect(leaderPage.getByTestId("side-menu")).toBeVisible();
  await expect(menuItem(leaderPage, "个案")).toHaveCount(0);
  await expect(menuItem(leaderPage, "需求")).toHaveCount(0);
  // No page a leader opens names the client, and every casework answer refuses them.
  for (const path of ["/", "/activities", "/desk", caseUrl]) {
    await leaderPage.goto(path);
    await expect(leaderPage.getByTestId("side-menu")).toBeVisible();
    await expect(leaderPage.locator("body")).not.toContainText(client.name);
  }
  for (const path of [
    "/api/clients",
    "/api/cases",
    "/api/needs",
    "/api/service-records",
    "/api/desk",
    "/api/follow-ups",
  ]) {
    expect((await leaderPage.request.get(path)).status(), path).toBe(403);
  }
});

test("the follow-ups opened from a region's link list that region's only, and its picker names it", async ({
  haishuPage,
}) => {
  const answered = haishuPage.waitForResponse(
    (response) => new URL(response.url()).pathname === "/api/follow-ups",
  );
  await haishuPage.goto(`/follow-ups?regionCode=${nanmen}`);
  const response = await answered;
  expect(new URL(response.url()).searchParams.get("regionCode")).toBe(nanmen);
  const { items } = (await response.json()) as { items: { region: { code: string } }[] };
  for (const item of items) expect(item.region.code.startsWith(nanmen.slice(0, 9))).toBe(true);
  await expect(haishuPage.getByTestId("follow-ups-region")).toContainText("南门街道");
});
