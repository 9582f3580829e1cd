import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { Page, ProjectImplementerKind } from "@xinqiao/shared";
import { api } from "../../../api/client.ts";
import { SearchSelect, useSelectSearch } from "../../../components/SearchSelect.tsx";

const paths: Record<ProjectImplementerKind, string> = {
  platform: "/api/platforms",
  socialOrganization: "/api/social-organizations",
};

/** The implementing body: a station or a social organization of the user's scope, searched on the server. */
export function ImplementerSelect({
  kind,
  value,
  onChange,
  placeholder,
  id,
}: {
  kind: ProjectImplementerKind;
  value?: number | null;
  onChange?: (value: number | null) => void;
  placeholder?: string;
  id?: string;
}) {
  const search = useSelectSearch();
  const found = useQuery({
    queryKey: ["projects", "implementers", kind, search.q],
    queryFn: () =>
      api.get<Page<{ id: number; name: string }>>(paths[kind], {
        q: search.q || undefined,
        pageSize: 20,
        isActive: "true",
      }),
    enabled: search.isActive,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
  return (
    <SearchSelect
      search={search}
      options={(found.data?.items ?? []).map((item) => ({ value: item.id, label: item.name }))}
      isLoading={found.isFetching}
      value={value}
      onChange={onChange}
      placeholder={placeholder}
      id={id}
      testId="project-implementer"
    />
  );
}
