import { useQuery } from "@tanstack/react-query";
import { getRegion, regionKeys } from "../api.ts";

export function useRegion(code: string | null) {
  return useQuery({
    queryKey: regionKeys.detail(code ?? ""),
    queryFn: () => getRegion(code ?? ""),
    enabled: code !== null,
  });
}
