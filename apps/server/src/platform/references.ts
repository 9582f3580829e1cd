import type { RecordReference } from "@xinqiao/shared";
import type { RequestUser } from "./auth/requestUser.ts";
import { isInScope } from "./scope.ts";

/** What a presenter knows of a referenced record: the repository selects its region code too. */
export interface ReferencedRecord {
  id: number;
  name: string;
  regionCode: string;
}

/**
 * A reference to another record as the user sees it, written once for every presenter: its id
 * and name, and `isVisible` — whether the user may open it, i.e. whether its region lies in the
 * user's scope (otherwise its own route answers 404, and the web shows the name without a link).
 * The id stays either way: edit forms send it back to keep memberships and employers unchanged.
 */
export function referenceTo(
  user: Pick<RequestUser, "regionCode">,
  record: ReferencedRecord,
): RecordReference {
  return { id: record.id, name: record.name, isVisible: isInScope(user, record.regionCode) };
}

/**
 * The same for a nullable foreign key read through a left join: null when the key is null. A
 * missing name or region (which a foreign key does not allow) reads as an empty name that is not
 * visible.
 */
export function optionalReferenceTo(
  user: Pick<RequestUser, "regionCode">,
  id: number | null,
  name: string | null,
  regionCode: string | null,
): RecordReference | null {
  if (id === null) return null;
  return regionCode === null
    ? { id, name: name ?? "", isVisible: false }
    : referenceTo(user, { id, name: name ?? "", regionCode });
}
