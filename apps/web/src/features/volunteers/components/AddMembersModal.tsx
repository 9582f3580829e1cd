import type { VolunteerTeamDetail } from "@xinqiao/shared";
import { Alert, App, Modal, Select } from "antd";
import { useState } from "react";
import { useDebouncedValue } from "../../../hooks/useDebouncedValue.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useAddTeamMembers } from "../hooks/useTeamMutations.ts";
import { useVolunteerList } from "../hooks/useVolunteers.ts";

/** Adds volunteers found by name, pinyin or initials; the server answers per volunteer. */
export function AddMembersModal({
  team,
  open,
  onClose,
}: {
  team: VolunteerTeamDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [text, setText] = useState("");
  const q = useDebouncedValue(text.trim(), 300);
  const [selected, setSelected] = useState<number[]>([]);
  const [labels, setLabels] = useState<Map<number, string>>(new Map());
  const [failures, setFailures] = useState<string[]>([]);
  const candidates = useVolunteerList({ page: 1, pageSize: 20, q: q || undefined, isActive: "true" }, open);
  const add = useAddTeamMembers();

  const options = new Map(labels);
  for (const volunteer of candidates.data?.items ?? []) {
    options.set(volunteer.id, `${volunteer.name}（${volunteer.volunteerNumber}）`);
  }

  const close = () => {
    setSelected([]);
    setFailures([]);
    setText("");
    onClose();
  };

  const submit = () => {
    if (selected.length === 0) return;
    add.mutate(
      { id: team.id, volunteerIds: selected },
      {
        onSuccess: ({ results }) => {
          const added = results.filter((result) => result.message === "added").length;
          const existing = results.filter((result) => result.message === "already_member").length;
          message.success(t("volunteers.teams.membersAdded", { added, existing }));
          const failed = results
            .filter((result) => !result.ok)
            .map((result) =>
              t("volunteers.teams.memberFailed", {
                name: options.get(result.volunteerId) ?? String(result.volunteerId),
                message: result.message,
              }),
            );
          if (failed.length > 0) setFailures(failed);
          else close();
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t("volunteers.teams.addMembersTitle", { name: team.name })}
      onCancel={close}
      onOk={submit}
      okButtonProps={{ loading: add.isPending, disabled: selected.length === 0 }}
      destroyOnHidden
    >
      <Select<number[]>
        mode="multiple"
        style={{ width: "100%" }}
        value={selected}
        onChange={(ids) => {
          setSelected(ids);
          setLabels(new Map(ids.map((id) => [id, options.get(id) ?? String(id)])));
        }}
        showSearch={{ filterOption: false, onSearch: setText }}
        loading={candidates.isFetching}
        placeholder={t("volunteers.teams.membersPlaceholder")}
        options={[...options.entries()].map(([id, label]) => ({ value: id, label }))}
        data-testid="member-select"
      />
      {failures.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 16 }}
          title={failures.map((line) => <div key={line}>{line}</div>)}
        />
      )}
    </Modal>
  );
}
