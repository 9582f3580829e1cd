import type { ClientTimelineEntry, Page } from "@xinqiao/shared";
import type { RequestUser } from "./auth/requestUser.ts";
import type { Queryable } from "./db/database.ts";

/**
 * A client's timeline gathered from every module that keeps something about clients: each
 * declares a source in its manifest (`clientTimeline`) answering, for a user who may see the
 * client, the newest `limit` entries it holds and how many there are — only what the user may
 * see there (a minor's case stays hidden from an officer who sees the client). The page is cut
 * from the merge, so no source is read past what the page needs.
 */
export type ClientTimelineSource = (
  db: Queryable,
  user: RequestUser,
  clientId: number,
  limit: number,
) => Promise<{ total: number; entries: ClientTimelineEntry[] }>;

export async function clientTimelineOf(
  sources: readonly ClientTimelineSource[],
  db: Queryable,
  user: RequestUser,
  clientId: number,
  page: { page: number; pageSize: number },
): Promise<Page<ClientTimelineEntry>> {
  const needed = page.page * page.pageSize;
  const answers = await Promise.all(sources.map((source) => source(db, user, clientId, needed)));
  // Newest first; a date sorts as the start of its day, after the same day's instants.
  const merged = answers
    .flatMap((answer) => answer.entries)
    .sort((a, b) => (a.at === b.at ? 0 : a.at < b.at ? 1 : -1));
  return {
    items: merged.slice((page.page - 1) * page.pageSize, needed),
    total: answers.reduce((sum, answer) => sum + answer.total, 0),
    page: page.page,
    pageSize: page.pageSize,
  };
}
