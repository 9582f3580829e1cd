import type { EmployerKind } from "@xinqiao/shared";
import { SearchSelect, useSelectSearch } from "../../../components/SearchSelect.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useEmployerOptions } from "../hooks/useSocialWorkers.ts";

/**
 * Picks an employer of a kind among those the server offers (active, inside the user's scope),
 * searching by name, pinyin or initials; each shows its region. The current employer stays
 * selectable when editing.
 */
export function EmployerSelect({
  kind,
  value,
  onChange,
  current,
  id,
}: {
  kind: EmployerKind | undefined;
  value?: number | null;
  onChange?: (value: number | null) => void;
  current?: { id: number; name: string } | null;
  id?: string;
}) {
  const { t } = useI18n();
  const search = useSelectSearch();
  const found = useEmployerOptions(kind, search.q, kind !== undefined);

  return (
    <SearchSelect
      search={search}
      options={(found.data ?? []).map((option) => ({
        value: option.id,
        label: option.name,
        hint: option.regionName,
      }))}
      isLoading={found.isFetching}
      value={value}
      onChange={onChange}
      current={current}
      disabled={kind === undefined}
      placeholder={t("socialWorkers.hint.employerSearch")}
      id={id}
      testId="social-worker-employer"
    />
  );
}
