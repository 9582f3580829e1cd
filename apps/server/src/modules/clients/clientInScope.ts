import type { RequestUser } from "../../platform/auth/requestUser.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { notFound } from "../../platform/errors.ts";
import * as repository from "./clients.repository.ts";
import { mayViewClient } from "./clientVisibility.ts";

/**
 * The one loader of a client by id for a user (detail, history, reveal, edit, (de)activation,
 * consents, duplicates): the client when the user sees it (clientVisibility.ts), otherwise the
 * same 404 as for an id that does not exist, so that existence is not revealed.
 */
export async function clientInScope(db: Queryable, user: RequestUser, id: number) {
  const row = await repository.findClient(db, id);
  if (row === undefined || !(await mayViewClient(db, user, row))) throw notFound("服务对象不存在");
  return row;
}
