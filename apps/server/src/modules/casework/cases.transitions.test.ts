import {
  type CaseAction,
  type CaseStage,
  type CaseState,
  type CaseTransitionDefinition,
  canTransition,
  caseActions,
  caseTransitions,
  relationsToCase,
} from "@xinqiao/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseReadyFor, validForm } from "../../../../../packages/shared/src/casework/cases.testing.ts";
import { cityWithoutDemoData, newClient, signedInAs } from "../../../test/factories.ts";
import { dialects, requestUserOf, type Session, type TestApp } from "../../../test/harness.ts";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import { caseStateOf, stateColumns } from "./cases.presenter.ts";
import { insertCaseRow } from "./cases.testing.ts";
import { caseActorOf, mayViewCase } from "./caseVisibility.ts";

/**
 * Every transition, tried by every kind of user on a case that allows it and on one that does
 * not, through the API: the answer is what the shared machine says for the user as the server
 * builds them (role, region, permissions, relation to the case) — 200, 403 when the user sees
 * the case but is not the one to act, 409 when the stage forbids it, 404 when the case is hidden
 * from them, 403 without cases.read at all.
 */
const nanmenCommunity = "330203001001";
const today = "2026-11-30";
const people = [
  ["worker", "social_worker", "330203001000"],
  ["receiver", "social_worker", nanmenCommunity],
  ["station", "station_staff", "330203001000"],
  ["supervisor", "supervisor", "330203000000"],
  ["district", "district_officer", "330203000000"],
  ["city", "city_officer", "330200000000"],
  ["otherStation", "station_staff", "330203002000"],
  ["leader", "leader", "330200000000"],
] as const;

/** A stage from which the action is impossible (the 409 pass). */
function stageForbidding(action: CaseAction): CaseStage {
  const definition: CaseTransitionDefinition = caseTransitions[action];
  return (
    (["declined", "intake", "closed"] as const).find((stage) => !definition.from.includes(stage)) ??
    "declined"
  );
}

describe.each(dialects)("every case transition per role on %s", (dialect) => {
  let t: TestApp;
  let clientId = 0;
  const users = new Map<string, { session: Session; user: RequestUser }>();

  beforeAll(async () => {
    t = await cityWithoutDemoData(dialect);
    for (const [key, role, region] of people) {
      const session = await signedInAs(t, role, region);
      users.set(key, { session, user: await requestUserOf(t, session) });
    }
    const station = users.get("station")?.session as Session;
    clientId = (await newClient(station, nanmenCommunity)).id;
  });
  afterAll(() => t.close());

  const idOf = (key: string) => users.get(key)?.user.id as number;

  /** The shared fixture's case (worker w1, receiver w2) with this app's users in their places. */
  function stateFor(action: CaseAction, stage: CaseStage): CaseState {
    const ready = caseReadyFor(action, stage);
    return {
      ...ready,
      stageEnteredOn: "2026-11-20",
      endedOn: ready.endedOn ? "2026-11-20" : null,
      assignedWorkerId: String(idOf("worker")),
      pendingTransfer: ready.pendingTransfer ? { toWorkerId: String(idOf("receiver")) } : null,
    };
  }

  function formFor(action: CaseAction, state: CaseState): unknown {
    if (action === "assign") return { workerId: String(idOf("receiver")) };
    if (action === "transfer") return { toWorkerId: String(idOf("receiver")), reason: "工作调整" };
    // Without consent on record: the override's permission decides (a worker lacks it).
    if (action === "refer") {
      return {
        target: { kind: "department", name: "区民政局" },
        reason: "需要低保复核",
        consentGiven: false,
        overrideReason: "服务对象意识不清，家属同意",
      };
    }
    return validForm(action, state);
  }

  function insertCase(state: CaseState): Promise<number> {
    return insertCaseRow(t.ctx.db, t.clock.now(), {
      ...stateColumns(state),
      client_id: clientId,
      region_code: nanmenCommunity,
      summary: "流转测试",
      opened_on: "2026-11-01",
    });
  }

  it("answers as the shared machine decides for the user the server builds", async () => {
    const answers: Record<string, number> = {};
    for (const action of caseActions) {
      const definition: CaseTransitionDefinition = caseTransitions[action];
      for (const stage of [definition.from[0] as CaseStage, stageForbidding(action)]) {
        for (const [key] of people) {
          const { session, user } = users.get(key) as { session: Session; user: RequestUser };
          const state = stateFor(action, stage);
          const id = await insertCase(state);
          const row = await t.ctx.db
            .selectFrom("cases")
            .selectAll()
            .where("id", "=", id)
            .executeTakeFirstOrThrow();
          const form = formFor(action, state);
          const response = await session.request({
            method: "POST",
            url: `/api/cases/${id}/transitions`,
            payload: { action, form },
          });
          const actor = caseActorOf(user);
          const relations = relationsToCase(
            caseStateOf({ ...row, client_risk_level: "low" } as never),
            actor,
          );
          const isParty =
            definition.actors.some((relation) => relations.has(relation)) &&
            actor.permissions.includes(definition.permission);
          let expected: number;
          if (!user.permissions.has("cases.manage")) expected = 403;
          else if (!mayViewCase(user, row)) expected = 404;
          else if (canTransition(state, action, actor, { today, form }).ok) expected = 200;
          else expected = isParty && !definition.from.includes(stage) ? 409 : 403;
          const label = `${key} ${action} at ${stage}: ${response.body}`;
          expect(response.statusCode, label).toBe(expected);
          answers[`${action}:${stage === definition.from[0] ? "allowed" : "forbidden"}:${key}`] =
            response.statusCode;
        }
      }
    }
    // A few answers spelled out, so the table above cannot agree with itself on something wrong.
    expect(answers["approvePlan:allowed:supervisor"]).toBe(200);
    expect(answers["approvePlan:allowed:station"]).toBe(200);
    expect(answers["approvePlan:allowed:worker"]).toBe(403);
    expect(answers["accept:allowed:worker"]).toBe(200);
    expect(answers["accept:allowed:district"]).toBe(403);
    expect(answers["accept:allowed:otherStation"]).toBe(404);
    expect(answers["acceptTransfer:allowed:receiver"]).toBe(200);
    expect(answers["acceptTransfer:allowed:worker"]).toBe(403);
    expect(answers["refer:allowed:worker"]).toBe(403);
    expect(answers["refer:allowed:station"]).toBe(200);
    expect(answers["assign:allowed:district"]).toBe(200);
    expect(answers["submitPlan:forbidden:worker"]).toBe(409);
    expect(answers["reopen:forbidden:worker"]).toBe(409);
    expect(answers["submitClosing:allowed:leader"]).toBe(403);
  }, 300_000);
});
