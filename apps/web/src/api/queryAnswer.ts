import type { QueryClient, QueryKey } from "@tanstack/react-query";

/**
 * Shows a change's answer as the record's cached value. A fetch of the record still in flight
 * (the refetch a page starts when it mounts over cached data) would otherwise land after the
 * answer and put the record back as it was before the change: it is cancelled first.
 */
export async function showAnswer<T>(queryClient: QueryClient, queryKey: QueryKey, answer: T): Promise<void> {
  await queryClient.cancelQueries({ queryKey, exact: true });
  queryClient.setQueryData<T>(queryKey, answer);
}
