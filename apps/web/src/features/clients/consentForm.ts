/** What the consent form holds: who gave the consent is a choice, the guardian's name follows it. */
export interface ConsentFormValues {
  kind?: string;
  givenBy: "self" | "guardian";
  guardianName?: string;
  /** YYYY-MM-DD, or "" when not chosen. */
  givenOn: string;
}

/**
 * The body the shared schema checks: a consent given by the client carries no guardian (a name
 * typed before switching back to 本人 is dropped), a guardian's name is sent trimmed.
 */
export function consentBodyOf(values: ConsentFormValues): {
  kind: string | undefined;
  guardianName: string | null;
  givenOn: string;
} {
  const guardianName = values.givenBy === "guardian" ? values.guardianName?.trim() || null : null;
  return { kind: values.kind, guardianName, givenOn: values.givenOn };
}
