import type { CaseAction, CaseDetail } from "@xinqiao/shared";
import dayjs from "dayjs";

/**
 * What the drawer's fields hold for each action, and the form the shared schema expects from
 * them: the plan's goals take their keys from their order (g1, g2 …) and their indicators one a
 * line; workers are chosen by id and sent as the machine's strings.
 */
// biome-ignore lint/suspicious/noExplicitAny: the fields differ per action; the shared schema judges the result.
export type TransitionValues = Record<string, any>;

const today = () => dayjs().format("YYYY-MM-DD");

const lines = (text: unknown) =>
  typeof text === "string"
    ? text
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean)
    : [];

export function initialValues(action: CaseAction, detail: CaseDetail): TransitionValues {
  switch (action) {
    case "accept":
      return { acceptedOn: today() };
    case "completeAssessment":
      return { assessedOn: today(), riskLevel: detail.client.riskLevel, isEmergency: false, needs: [{}] };
    case "submitPlan":
      return {
        startOn: today(),
        endOn: dayjs().add(3, "month").format("YYYY-MM-DD"),
        goals: [{}],
        tasks: [{}],
      };
    case "startIntervention":
      return { startedOn: today() };
    case "submitEvaluation":
      return { evaluatedOn: today(), goals: detail.planGoalKeys.map((goalKey) => ({ goalKey })) };
    case "submitClosing":
      return { closedOn: today(), followUp: {} };
    case "refer":
      return { consentGiven: true, consentOn: today(), target: {} };
    default:
      return {};
  }
}

export function formOf(action: CaseAction, values: TransitionValues): unknown {
  switch (action) {
    case "submitPlan":
      return {
        ...values,
        goals: (values.goals ?? []).map((goal: TransitionValues, index: number) => ({
          key: `g${index + 1}`,
          goal: goal?.goal,
          indicators: lines(goal?.indicators),
        })),
        tasks: values.tasks ?? [],
      };
    case "submitEvaluation":
      return {
        ...values,
        satisfaction: values.satisfaction === undefined ? undefined : Number(values.satisfaction),
      };
    case "assign":
      return { workerId: values.workerId === undefined ? "" : String(values.workerId) };
    case "transfer":
      return { ...values, toWorkerId: values.toWorkerId === undefined ? "" : String(values.toWorkerId) };
    case "refer":
      return values.consentGiven ? { ...values, overrideReason: null } : { ...values, consentOn: null };
    default:
      return values;
  }
}

/** The plan's goals as the evaluation names them ("g1 按时就医"). */
export function planGoalNames(detail: CaseDetail): Map<string, string> {
  const plan = detail.forms.submitPlan?.form as { goals?: { key: string; goal: string }[] } | undefined;
  return new Map((plan?.goals ?? []).map((goal) => [goal.key, goal.goal]));
}
