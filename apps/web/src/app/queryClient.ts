import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { ApiError } from "../api/client.ts";

/**
 * One QueryClient for the app. Failed queries, and mutations that do not handle their own
 * errors, are reported through `errorNotifier`, which the antd-aware <ErrorNotifier> installs.
 * Session problems (401, password change pending) are not reported here: the session watcher
 * redirects instead.
 */
declare module "@tanstack/react-query" {
  interface Register {
    mutationMeta: { isErrorHandledLocally?: boolean };
    queryMeta: { isErrorHandledLocally?: boolean };
  }
}

type Notify = (error: unknown) => void;
let notify: Notify = () => {};

export function setErrorNotifier(next: Notify): void {
  notify = next;
}

function isSessionProblem(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 401 || error.code === "PASSWORD_CHANGE_REQUIRED");
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (!query.meta?.isErrorHandledLocally && !isSessionProblem(error)) notify(error);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (!mutation.meta?.isErrorHandledLocally && !isSessionProblem(error)) notify(error);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) =>
          failureCount < 2 && (!(error instanceof ApiError) || error.status === 0 || error.status >= 500),
      },
    },
  });
}
