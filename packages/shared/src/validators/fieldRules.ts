import type { z } from "zod";

/**
 * A record's schema with the rules between its fields (a certified worker has a certificate
 * date, an employer matches its kind, no date lies in the future…).
 *
 * zod runs an object's refinements only when every field parsed: a form would show a rule's
 * problem one submit after the fields' own (an empty 学时 only once 完成日期 was filled in), and an
 * import row would list only some of its problems. These rules run in the same pass as the
 * fields. Each sees the fields that parsed; a field that failed is absent, so a rule about it
 * says nothing until it parses (its own message is already shown), and a rule's finding on a
 * field that failed is dropped. Rules must therefore check that the fields they read are there.
 */
export function withFieldRules<S extends z.ZodObject>(
  schema: S,
  rules: (fields: Partial<z.output<S>>, ctx: z.RefinementCtx<z.output<S>>) => void,
): S {
  return schema.superRefine(
    (value, ctx) => {
      const failed = new Set(ctx.issues.map((issue) => issue.path?.[0]));
      const parsed = Object.fromEntries(
        Object.entries(value as Record<string, unknown>).filter(([key]) => !failed.has(key)),
      ) as Partial<z.output<S>>;
      // A rule's finding on a field that has its own problem would only repeat it.
      const addIssue: typeof ctx.addIssue = (issue) => {
        if (typeof issue === "object" && failed.has(issue.path?.[0])) return;
        ctx.addIssue(issue);
      };
      rules(parsed, { ...ctx, addIssue });
    },
    {
      // Runs whatever the fields' issues, as long as there is a record to look at.
      when: (payload) =>
        typeof payload.value === "object" && payload.value !== null && !Array.isArray(payload.value),
    },
  );
}
