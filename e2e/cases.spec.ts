// Cases and needs (个案、需求, issue 10): a station officer takes in a need for a demo client and
// triages it into a case for the demo social worker; the worker accepts it, completes the
// assessment and submits the service plan; the supervisor approves the plan; the leader has no
// 个案 in the menu at all.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { chooseOption, menuItem } from "./helpers.ts";

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

test("a need becomes a case; the worker assesses and plans, the supervisor approves, the leader sees no cases", async ({
  stationPage,
  workerPage,
  supervisorPage,
  leaderPage,
}) => {
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
  await workerPage.getByTestId("case-link").filter({ hasText: caseNumber }).click();
  await expect(workerPage).toHaveURL(new RegExp(`${caseUrl}$`));
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

  // The supervisor approves it.
  await supervisorPage.goto(caseUrl);
  await supervisorPage.getByTestId("case-action-approvePlan").click();
  await saveTransition(supervisorPage, "approvePlan");
  await expect(supervisorPage.getByTestId("case-approval")).toHaveText("计划：已通过");
  await supervisorPage.getByTestId("case-detail").getByRole("tab", { name: "时间线" }).click();
  await expect(supervisorPage.getByTestId("case-timeline")).toContainText("通过计划");

  // The leader: aggregates only, no 个案 or 需求 in the menu, the case itself answers as missing.
  await leaderPage.goto("/");
  await expect(leaderPage.getByTestId("side-menu")).toBeVisible();
  await expect(menuItem(leaderPage, "个案")).toHaveCount(0);
  await expect(menuItem(leaderPage, "需求")).toHaveCount(0);
});
