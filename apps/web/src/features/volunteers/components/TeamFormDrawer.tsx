import {
  createVolunteerTeamBodySchema,
  updateVolunteerTeamBodySchema,
  type VolunteerTeamDetail,
  volunteerTeamFieldLabels,
} from "@xinqiao/shared";
import { App, DatePicker, Form, Input } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect } from "react";
import { useNavigate } from "react-router";
import { useErrorText } from "../../../api/errorText.ts";
import { validateWithSchema } from "../../../api/formErrors.ts";
import { applyFieldErrors } from "../../../components/applyFieldErrors.ts";
import { FormDrawer } from "../../../components/FormDrawer.tsx";
import { RegionTreeSelect } from "../../../components/RegionTreeSelect.tsx";
import { SocialOrganizationSelect } from "../../../components/SocialOrganizationSelect.tsx";
import { countedUpTo } from "../../../components/textLimit.ts";
import { useReturnState } from "../../../hooks/useReturnState.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useCreateTeam, useUpdateTeam } from "../hooks/useTeamMutations.ts";

interface FormValues {
  name?: string;
  regionCode?: string | null;
  socialOrganizationId?: number | null;
  leaderName?: string;
  foundedOn?: Dayjs | null;
  description?: string;
}

const formFields = ["name", "regionCode", "socialOrganizationId", "leaderName", "foundedOn", "description"];

/** Create (no `team`) or edit a volunteer team, validated with the same schema as the server. */
export function TeamFormDrawer({
  open,
  team,
  onClose,
}: {
  open: boolean;
  team: VolunteerTeamDetail | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const returnState = useReturnState();
  const errorText = useErrorText();
  const [form] = Form.useForm<FormValues>();
  const create = useCreateTeam();
  const update = useUpdateTeam();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (team) {
      form.setFieldsValue({
        name: team.name,
        regionCode: team.region.code,
        socialOrganizationId: team.socialOrganization?.id ?? null,
        leaderName: team.leaderName ?? "",
        foundedOn: team.foundedOn ? dayjs(team.foundedOn) : null,
        description: team.description ?? "",
      });
    }
  }, [open, team, form]);

  const onError = (error: unknown) => {
    if (!applyFieldErrors(form, error, formFields, volunteerTeamFieldLabels)) message.error(errorText(error));
  };

  const submit = (values: FormValues) => {
    const fields = {
      name: values.name,
      regionCode: values.regionCode ?? undefined,
      socialOrganizationId: values.socialOrganizationId ?? null,
      leaderName: values.leaderName?.trim() || null,
      foundedOn: values.foundedOn ? values.foundedOn.format("YYYY-MM-DD") : null,
      description: values.description?.trim() || null,
    };
    if (team) {
      const body = validateWithSchema(form, updateVolunteerTeamBodySchema, fields);
      if (!body) return;
      update.mutate(
        { id: team.id, body },
        {
          onSuccess: () => {
            message.success(t("volunteers.teams.updated"));
            onClose();
          },
          onError,
        },
      );
      return;
    }
    const body = validateWithSchema(form, createVolunteerTeamBodySchema, fields);
    if (!body) return;
    create.mutate(body, {
      onSuccess: (created) => {
        message.success(t("volunteers.teams.created", { name: created.name }));
        onClose();
        navigate(`/volunteer-teams/${created.id}`, { state: returnState });
      },
      onError,
    });
  };

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      size={520}
      title={team ? t("volunteers.teams.editTitle", { name: team.name }) : t("volunteers.teams.createTitle")}
      form={form}
      onFinish={submit}
      isSaving={create.isPending || update.isPending}
      testId="team-form"
    >
      <Form.Item name="name" label={t("volunteers.teams.field.name")} required>
        <Input {...countedUpTo(100)} />
      </Form.Item>
      <Form.Item
        name="regionCode"
        label={t("volunteers.teams.field.regionCode")}
        required
        extra={t("volunteers.teams.regionHint")}
      >
        <RegionTreeSelect selectableLevels={["district", "street", "community"]} />
      </Form.Item>
      <Form.Item name="socialOrganizationId" label={t("volunteers.teams.field.socialOrganizationId")}>
        <SocialOrganizationSelect
          current={team?.socialOrganization ?? null}
          placeholder={t("volunteers.teams.organizationPlaceholder")}
        />
      </Form.Item>
      <Form.Item name="leaderName" label={t("volunteers.teams.field.leaderName")}>
        <Input {...countedUpTo(50)} />
      </Form.Item>
      <Form.Item name="foundedOn" label={t("volunteers.teams.field.foundedOn")}>
        <DatePicker style={{ width: "100%" }} />
      </Form.Item>
      <Form.Item name="description" label={t("volunteers.teams.field.description")}>
        <Input.TextArea rows={4} {...countedUpTo(500)} />
      </Form.Item>
    </FormDrawer>
  );
}
