import { useSocialOrganizationOptions } from "../features/socialOrganizations/hooks/useSocialOrganizations.ts";
import { SearchSelect, useSelectSearch } from "./SearchSelect.tsx";

/**
 * Picks a social organization for another registry's record (a platform's operator, a team's
 * organizer): the active organizations of the user's scope, searched on the server.
 */
export function SocialOrganizationSelect({
  value,
  onChange,
  current,
  placeholder,
  id,
}: {
  value?: number | null;
  onChange?: (value: number | null) => void;
  /** The organization already set (so its name shows before any search). */
  current?: { id: number; name: string } | null;
  placeholder?: string;
  id?: string;
}) {
  const search = useSelectSearch();
  const found = useSocialOrganizationOptions(search.q, search.isActive);
  return (
    <SearchSelect
      search={search}
      options={(found.data?.items ?? []).map((organization) => ({
        value: organization.id,
        label: organization.name,
      }))}
      isLoading={found.isFetching}
      value={value}
      onChange={onChange}
      current={current}
      placeholder={placeholder}
      id={id}
    />
  );
}
