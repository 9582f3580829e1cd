import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { Region } from "@xinqiao/shared";
import { useCallback } from "react";
import { listChildRegions, regionKeys } from "../api.ts";

export function useChildRegions(parent: string | null, isEnabled = true) {
  return useQuery({
    queryKey: regionKeys.children(parent ?? ""),
    queryFn: () => listChildRegions(parent ?? ""),
    enabled: parent !== null && isEnabled,
  });
}

/** Children through the query cache, for lazy tree loading outside render. */
export function useFetchChildRegions(): (parent: string) => Promise<Region[]> {
  const queryClient = useQueryClient();
  return useCallback(
    async (parent: string) => {
      const page = await queryClient.fetchQuery({
        queryKey: regionKeys.children(parent),
        queryFn: () => listChildRegions(parent),
      });
      return page.items;
    },
    [queryClient],
  );
}
