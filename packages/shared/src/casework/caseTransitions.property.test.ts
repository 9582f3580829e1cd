import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addIsoDays } from "./caseStages.ts";
import { type ActorKey, actors, intakeCase, validForm } from "./cases.testing.ts";
import {
  attemptTransition,
  availableTransitions,
  type CaseAction,
  type CaseState,
  caseActions,
  caseTransitions,
  transitionTarget,
} from "./caseTransitions.ts";

type Attempt = {
  action: CaseAction;
  offered: number | null;
  actor: ActorKey;
  form: string;
  days: number;
  serviceRecord: boolean;
};

/** An attempt: someone tries an action some days after the last, with a good or a bad form. */
const attempt = fc.record({
  action: fc.constantFrom(...caseActions),
  // Half the time the action is one the actor is offered, so long runs get past the approvals.
  offered: fc.option(fc.nat(), { freq: 2 }),
  // Mostly the people of the case, so runs get far; anyone else now and then.
  actor: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom<ActorKey>("worker", "receiver", "stationHead", "supervisor") },
    { weight: 1, arbitrary: fc.constantFrom(...(Object.keys(actors) as ActorKey[])) },
  ),
  form: fc.constantFrom("valid", "valid", "valid", "empty", "withoutConsent"),
  days: fc.integer({ min: 0, max: 10 }),
  // The server adds service records during the intervention; the workflow only counts them.
  serviceRecord: fc.boolean(),
});

function actionOf(step: Attempt, state: CaseState, on: string): CaseAction {
  if (step.offered === null) return step.action;
  const offered = availableTransitions(state, actors[step.actor], { today: on });
  // The table lists the main line first: preferring the first offered action walks it to the end.
  const index = step.offered % 10 < 6 ? 0 : step.offered % Math.max(offered.length, 1);
  return offered[index] ?? step.action;
}

function formFor(kind: string, action: CaseAction, state: CaseState): unknown {
  if (kind === "empty") return {};
  if (kind === "withoutConsent" && action === "refer") {
    return {
      target: { kind: "station", name: "另一社工站" },
      reason: "就近服务",
      consentGiven: false,
      overrideReason: "服务对象无法表达意愿",
    };
  }
  return validForm(action, state);
}

describe("any sequence of attempts from intake", () => {
  it("stays in the table, never skips an approval and leaves refused attempts without effect", () => {
    fc.assert(
      fc.property(fc.array(attempt, { maxLength: 60, size: "max" }), (attempts) => {
        let state = intakeCase();
        let on = "2026-01-01";
        for (const step of attempts) {
          on = addIsoDays(on, step.days);
          if (step.serviceRecord && state.stage === "intervention") {
            state = { ...state, serviceRecordCount: state.serviceRecordCount + 1 };
          }
          const before = JSON.parse(JSON.stringify(state)) as CaseState;
          const actor = actors[step.actor];
          const action = actionOf(step, state, on);
          const result = attemptTransition(state, action, actor, formFor(step.form, action, state), on);
          if (!result.ok) {
            expect(state).toEqual(before);
            continue;
          }
          const next = result.state;
          const definition = caseTransitions[action];
          expect(definition.from).toContain(before.stage);
          expect(next.stage).toBe(transitionTarget(before, action));
          if (definition.to !== "same" && definition.to !== "resumed") expect(next.stage).toBe(definition.to);
          // Approvals: nobody signs their own case; no stage is reached past an unsigned decision.
          if (definition.approval && definition.approval.step !== "submit") {
            expect(actor.userId).not.toBe(before.assignedWorkerId);
          }
          if (next.stage === "intervention" && before.stage === "planning") {
            expect(before.planApproval).toBe("approved");
          }
          if (["intervention", "evaluation"].includes(next.stage)) expect(next.planApproval).toBe("approved");
          if (
            next.stage === "suspended" &&
            ["intervention", "evaluation"].includes(next.suspendedFrom ?? "")
          ) {
            expect(next.planApproval).toBe("approved");
          }
          if (next.stage === "closed") {
            expect(before.closingApproval).toBe("pending");
            expect(action).toBe("approveClosing");
            expect(next.closingApproval).toBe("approved");
          }
          if (action === "refer" && step.form === "withoutConsent") {
            expect(actor.permissions).toContain("cases.refer_without_consent");
          }
          if (next.pendingTransfer) expect(next.pendingTransfer.toWorkerId).not.toBe(next.assignedWorkerId);
          state = next;
        }
      }),
      { numRuns: 500 },
    );
  });

  it("reaches every stage of the table", () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(fc.array(attempt, { minLength: 40, maxLength: 80 }), (attempts) => {
        let state = intakeCase();
        let on = "2026-01-01";
        for (const step of attempts) {
          on = addIsoDays(on, step.days);
          if (step.serviceRecord && state.stage === "intervention") {
            state = { ...state, serviceRecordCount: state.serviceRecordCount + 1 };
          }
          const action = actionOf(step, state, on);
          const result = attemptTransition(
            state,
            action,
            actors[step.actor],
            formFor(step.form, action, state),
            on,
          );
          if (result.ok) state = result.state;
          reached.add(state.stage);
        }
      }),
      { numRuns: 300, seed: 20261207 },
    );
    // A guard that made a stage unreachable would show here rather than pass the property vacuously.
    expect([...reached].sort()).toEqual([
      "assessment",
      "closed",
      "declined",
      "evaluation",
      "intake",
      "intervention",
      "planning",
      "referred",
      "suspended",
    ]);
  });
});
