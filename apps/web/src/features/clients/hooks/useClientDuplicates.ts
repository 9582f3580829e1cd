import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  clientDuplicateKeys,
  clientKeys,
  dismissClientDuplicate,
  listClientDuplicates,
  mergeClientDuplicate,
} from "../api.ts";

export function useClientDuplicates(page: number, pageSize: number) {
  return useQuery({
    queryKey: clientDuplicateKeys.list(page, pageSize),
    queryFn: () => listClientDuplicates(page, pageSize),
    placeholderData: keepPreviousData,
  });
}

/** Dismissing or merging changes the queue and the records (their duplicates, consents, status). */
function useInvalidate() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: clientDuplicateKeys.all }),
      queryClient.invalidateQueries({ queryKey: clientKeys.all }),
    ]);
}

export function useDismissClientDuplicate() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (id: number) => dismissClientDuplicate(id), onSuccess: invalidate });
}

export function useMergeClientDuplicate() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, keepId }: { id: number; keepId: number }) => mergeClientDuplicate(id, keepId),
    onSuccess: invalidate,
  });
}
