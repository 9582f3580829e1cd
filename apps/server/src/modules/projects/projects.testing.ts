import type { Session } from "../../../test/harness.ts";

/** Scenario helpers of the projects' tests: a station to implement, a project, one taken to 立项. */
// biome-ignore lint/suspicious/noExplicitAny: the tests read the answers' fields as the API sends them.
type Answer = any;

let stationCounter = 0;

export async function newStation(session: Session, streetCode: string): Promise<number> {
  stationCounter += 1;
  const response = await session.request({
    method: "POST",
    url: "/api/platforms",
    payload: {
      kind: "station",
      name: `项目测试社工站${stationCounter}`,
      regionCode: streetCode,
      facilities: [],
      status: "operating",
    },
  });
  if (response.statusCode !== 201) throw new Error(`station: ${response.statusCode} ${response.body}`);
  return response.json().id;
}

export function projectBody(
  implementerId: number,
  regionCode: string,
  overrides: Record<string, unknown> = {},
) {
  return {
    name: "银龄关爱政府购买服务项目",
    kind: "purchased",
    domains: ["养老服务"],
    implementerKind: "platform",
    implementerId,
    regionCode,
    periodStart: "2026-01-01",
    periodEnd: "2026-12-31",
    targetGroups: ["独居老人"],
    targets: [{ indicator: "serviceVisits", targetValue: 1200 }],
    milestones: [{ title: "完成需求评估", dueOn: "2026-03-31" }],
    ...overrides,
  };
}

export async function newProject(
  session: Session,
  implementerId: number,
  regionCode: string,
  overrides: Record<string, unknown> = {},
): Promise<Answer> {
  const response = await session.request({
    method: "POST",
    url: "/api/projects",
    payload: projectBody(implementerId, regionCode, overrides),
  });
  if (response.statusCode !== 201) throw new Error(`project: ${response.statusCode} ${response.body}`);
  return response.json();
}

export async function step(session: Session, id: number, action: string, form: Record<string, unknown> = {}) {
  return session.request({
    method: "POST",
    url: `/api/projects/${id}/transitions`,
    payload: { action, form },
  });
}

export async function addLine(
  session: Session,
  id: number,
  source: string,
  category: string,
  amountFen: number,
) {
  return session.request({
    method: "POST",
    url: `/api/projects/${id}/budget-lines`,
    payload: { source, category, amountFen },
  });
}

/** A project taken by its applicant and an approver to 实施中, with the given budget lines. */
export async function implementingProject(
  applicant: Session,
  approver: Session,
  implementerId: number,
  regionCode: string,
  lines: [source: string, category: string, amountFen: number][],
): Promise<Answer> {
  const project = await newProject(applicant, implementerId, regionCode);
  for (const [source, category, amountFen] of lines) {
    const added = await addLine(applicant, project.id, source, category, amountFen);
    if (added.statusCode !== 201) throw new Error(`line: ${added.body}`);
  }
  for (const [who, action] of [
    [applicant, "apply"],
    [approver, "pass"],
    [approver, "establish"],
    [applicant, "start"],
  ] as const) {
    const moved = await step(who, project.id, action);
    if (moved.statusCode !== 200) throw new Error(`${action}: ${moved.body}`);
  }
  return (await approver.request({ method: "GET", url: `/api/projects/${project.id}` })).json();
}
