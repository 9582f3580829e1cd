/**
 * What a refused write says, the same on SQLite and PostgreSQL: services turn a unique or
 * foreign-key violation into a message about the record instead of a 500.
 */
function codeOf(error: unknown): unknown {
  return typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
}

/** A unique constraint refused the write. */
export function isUniqueViolation(error: unknown): boolean {
  const code = codeOf(error);
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}

/** A foreign key refused the write (the record it names is gone). */
export function isForeignKeyViolation(error: unknown): boolean {
  const code = codeOf(error);
  return code === "23503" || code === "SQLITE_CONSTRAINT_FOREIGNKEY";
}

/** Which unique column a violation names, when the driver says (PostgreSQL detail, SQLite message). */
export function violatedColumn(error: unknown): string {
  if (typeof error !== "object" || error === null) return "";
  const { message, detail, constraint } = error as {
    message?: unknown;
    detail?: unknown;
    constraint?: unknown;
  };
  return [message, detail, constraint].filter((part) => typeof part === "string").join(" ");
}
