import {
  createVolunteerBodySchema,
  parseIdNumber,
  type UpdateVolunteerBody,
  updateVolunteerBodySchema,
  type VolunteerDetail,
  volunteerAvailability,
  volunteerFieldLabels,
  volunteerNeedsGuardianConsent,
  volunteerSkills,
} from "@xinqiao/shared";
import { Alert, App, Checkbox, Col, DatePicker, Form, Input, Row, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useRef, useState } from "react";
import { useNavigate } from "react-router";
import { ApiError } from "../../../api/client.ts";
import { useErrorText } from "../../../api/errorText.ts";
import { validateWithSchema } from "../../../api/formErrors.ts";
import { applyFieldErrors } from "../../../components/applyFieldErrors.ts";
import { FormDrawer } from "../../../components/FormDrawer.tsx";
import { RegionTreeSelect } from "../../../components/RegionTreeSelect.tsx";
import { countedUpTo } from "../../../components/textLimit.ts";
import { useReturnState } from "../../../hooks/useReturnState.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useVolunteerLabels } from "../hooks/useVolunteerLabels.ts";
import { useCreateVolunteer, useUpdateVolunteer } from "../hooks/useVolunteerMutations.ts";
import { TeamSelect } from "./TeamSelect.tsx";

interface FormValues {
  name?: string;
  idNumber?: string;
  phone?: string;
  volunteerNumber?: string;
  regionCode?: string | null;
  teamIds?: number[];
  skills?: string[];
  availability?: string[];
  registeredOn?: Dayjs | null;
  guardianName?: string;
  guardianConsentOn?: Dayjs | null;
}

const formFields = [
  "name",
  "idNumber",
  "phone",
  "volunteerNumber",
  "regionCode",
  "teamIds",
  "skills",
  "availability",
  "registeredOn",
  "guardianName",
  "guardianConsentOn",
];

const blankToNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/**
 * Register (no `volunteer`) or edit a volunteer, validated with the same schema as the server.
 * When editing, the ID number and phone are never filled in (lists hold only masked forms):
 * left empty they stay as stored.
 */
export function VolunteerFormDrawer({
  open,
  volunteer,
  onClose,
}: {
  open: boolean;
  volunteer: VolunteerDetail | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const labels = useVolunteerLabels();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const returnState = useReturnState();
  const [form] = Form.useForm<FormValues>();
  const create = useCreateVolunteer();
  const update = useUpdateVolunteer();
  const errorText = useErrorText();
  const idNumber = Form.useWatch("idNumber", form);
  const registeredOn = Form.useWatch("registeredOn", form);
  const isEditing = volunteer !== null;

  // The server can require the guardian where the form could not tell (an edit that moves the
  // registration date earlier): its answer then brings the fields up, with its messages on them.
  const [guardianAsked, setGuardianAsked] = useState(false);
  const guardianError = useRef<unknown>(null);
  useEffect(() => {
    if (guardianAsked && guardianError.current) {
      applyFieldErrors(form, guardianError.current, formFields, volunteerFieldLabels);
      guardianError.current = null;
    }
  }, [guardianAsked, form]);

  useEffect(() => {
    if (!open) return;
    setGuardianAsked(false);
    form.resetFields();
    if (volunteer) {
      form.setFieldsValue({
        name: volunteer.name,
        volunteerNumber: volunteer.volunteerNumber,
        regionCode: volunteer.region.code,
        teamIds: volunteer.teams.map((team) => team.id),
        skills: volunteer.skills,
        availability: volunteer.availability,
        registeredOn: dayjs(volunteer.registeredOn),
        guardianName: volunteer.guardianName ?? undefined,
        guardianConsentOn: volunteer.guardianConsentOn ? dayjs(volunteer.guardianConsentOn) : null,
      });
    }
  }, [open, volunteer, form]);

  const derived = (() => {
    if (!idNumber || idNumber.trim().length < 15) return null;
    const parsed = parseIdNumber(idNumber);
    return parsed.ok ? parsed : null;
  })();

  // The server decides (volunteerNeedsGuardianConsent); the form asks when it will.
  const isMinor =
    guardianAsked ||
    (derived
      ? volunteerNeedsGuardianConsent(derived.birthDate, (registeredOn ?? dayjs()).format("YYYY-MM-DD"))
      : (volunteer?.isMinorAtRegistration ?? false));

  const onError = (error: unknown) => {
    const asksGuardian =
      error instanceof ApiError && error.fields.some((field) => field.path.startsWith("guardian"));
    if (asksGuardian && !isMinor) {
      guardianError.current = error;
      setGuardianAsked(true);
      return;
    }
    if (!applyFieldErrors(form, error, formFields, volunteerFieldLabels)) message.error(errorText(error));
  };

  const submit = (values: FormValues) => {
    const common = {
      name: values.name,
      regionCode: values.regionCode ?? undefined,
      teamIds: values.teamIds ?? [],
      skills: values.skills ?? [],
      availability: values.availability ?? [],
      registeredOn: values.registeredOn ? values.registeredOn.format("YYYY-MM-DD") : null,
      ...(isMinor
        ? {
            guardianName: blankToNull(values.guardianName),
            guardianConsentOn: values.guardianConsentOn
              ? values.guardianConsentOn.format("YYYY-MM-DD")
              : null,
          }
        : {}),
    };
    if (volunteer) {
      const changes: Record<string, unknown> = { ...common };
      if (values.idNumber?.trim()) changes.idNumber = values.idNumber;
      if (values.phone?.trim()) changes.phone = values.phone;
      if (values.volunteerNumber?.trim() && values.volunteerNumber.trim() !== volunteer.volunteerNumber) {
        changes.volunteerNumber = values.volunteerNumber.trim();
      }
      if (!changes.registeredOn) delete changes.registeredOn;
      const body = validateWithSchema<UpdateVolunteerBody>(form, updateVolunteerBodySchema, changes);
      if (!body) return;
      update.mutate(
        { id: volunteer.id, body },
        {
          onSuccess: () => {
            message.success(t("volunteers.updated"));
            onClose();
          },
          onError,
        },
      );
      return;
    }
    const body = validateWithSchema(form, createVolunteerBodySchema, {
      ...common,
      idNumber: values.idNumber ?? "",
      phone: blankToNull(values.phone),
      volunteerNumber: blankToNull(values.volunteerNumber),
    });
    if (!body) return;
    create.mutate(body, {
      onSuccess: (created) => {
        message.success(t("volunteers.created", { name: created.name, number: created.volunteerNumber }));
        onClose();
        navigate(`/volunteers/${created.id}`, { state: returnState });
      },
      onError,
    });
  };

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      size={640}
      title={isEditing ? t("volunteers.editTitle", { name: volunteer.name }) : t("volunteers.createTitle")}
      form={form}
      onFinish={submit}
      isSaving={create.isPending || update.isPending}
      testId="volunteer-form"
      saveTestId="volunteer-save"
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="name" label={t("volunteers.field.name")} required>
            <Input autoComplete="off" {...countedUpTo(50)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="idNumber"
            label={t("volunteers.field.idNumber")}
            required={!isEditing}
            extra={
              derived
                ? `${t(`volunteers.sex.${derived.sex}`)} · ${derived.birthDate}`
                : isEditing
                  ? t("volunteers.form.idNumberEditHint")
                  : t("volunteers.form.idNumberHint")
            }
          >
            <Input
              autoComplete="off"
              placeholder={isEditing ? volunteer.idNumber : undefined}
              data-testid="volunteer-id-number"
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="phone"
            label={t("volunteers.field.phone")}
            extra={isEditing ? t("volunteers.form.phoneEditHint") : undefined}
          >
            <Input autoComplete="off" placeholder={volunteer?.phone ?? undefined} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="volunteerNumber"
            label={t("volunteers.field.volunteerNumber")}
            extra={isEditing ? undefined : t("volunteers.form.volunteerNumberHint")}
          >
            <Input autoComplete="off" {...countedUpTo(30)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="regionCode"
            label={t("volunteers.field.regionCode")}
            required
            extra={t("volunteers.form.regionHint")}
          >
            <RegionTreeSelect
              selectableLevels={["street", "community"]}
              placeholder={t("volunteers.form.regionPlaceholder")}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="registeredOn" label={t("volunteers.field.registeredOn")}>
            <DatePicker style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        {isMinor && (
          <>
            <Col span={24}>
              <Alert
                type="warning"
                showIcon
                title={t("volunteers.form.minorHint")}
                style={{ marginBottom: 16 }}
              />
            </Col>
            <Col span={12}>
              <Form.Item name="guardianName" label={t("volunteers.field.guardianName")} required>
                <Input autoComplete="off" {...countedUpTo(50)} data-testid="volunteer-guardian-name" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="guardianConsentOn" label={t("volunteers.field.guardianConsentOn")} required>
                <DatePicker style={{ width: "100%" }} />
              </Form.Item>
            </Col>
          </>
        )}
        <Col span={24}>
          <Form.Item name="teamIds" label={t("volunteers.field.teamIds")}>
            <TeamSelect
              multiple
              known={volunteer?.teams ?? []}
              placeholder={t("volunteers.form.teamsPlaceholder")}
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="skills" label={t("volunteers.field.skills")}>
            <Select
              mode="multiple"
              allowClear
              options={volunteerSkills.map((skill) => ({ value: skill, label: labels.skill(skill) }))}
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="availability" label={t("volunteers.field.availability")}>
            <Checkbox.Group
              options={volunteerAvailability.map((time) => ({
                value: time,
                label: labels.availability(time),
              }))}
            />
          </Form.Item>
        </Col>
      </Row>
    </FormDrawer>
  );
}
