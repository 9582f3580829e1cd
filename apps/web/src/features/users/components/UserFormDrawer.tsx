import {
  createUserBodySchema,
  managedRoles,
  passwordMinLength,
  passwordPolicyViolations,
  type RoleId,
  roleRegionLevels,
  type User,
  updateUserBodySchema,
} from "@xinqiao/shared";
import { App, Form, Input, Select } from "antd";
import { useEffect } from "react";
import { useErrorText } from "../../../api/errorText.ts";
import { applyServerFieldErrors, validateWithSchema } from "../../../api/formErrors.ts";
import { FormDrawer } from "../../../components/FormDrawer.tsx";
import { RegionTreeSelect } from "../../../components/RegionTreeSelect.tsx";
import { countedUpTo } from "../../../components/textLimit.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useCurrentUser } from "../../auth/hooks/useSession.ts";
import { useCreateUser, useUpdateUser } from "../hooks/useUserMutations.ts";
import { useOrganizations } from "../hooks/useUsers.ts";

interface UserFormValues {
  username?: string;
  displayName?: string;
  roleId?: RoleId;
  organizationId?: number | null;
  regionCode?: string | null;
  phone?: string;
  password?: string;
}

const formFields = ["username", "displayName", "roleId", "organizationId", "regionCode", "phone", "password"];

/** Create (no `user`) or edit a user; validates with the same schemas as the server. */
export function UserFormDrawer({
  open,
  user,
  onClose,
}: {
  open: boolean;
  user: User | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<UserFormValues>();
  const organizations = useOrganizations(open);
  const create = useCreateUser();
  const update = useUpdateUser();
  const errorText = useErrorText();
  const roleId = Form.useWatch("roleId", form);
  const isEditing = user !== null;
  // 分级管理: only the roles the server lets this user assign; the region picker stays in scope.
  const assignableRoles = managedRoles[useCurrentUser().roleId];

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (user) {
      form.setFieldsValue({
        username: user.username,
        displayName: user.displayName,
        roleId: user.roleId,
        organizationId: user.organization?.id ?? null,
        regionCode: user.region.code,
        phone: user.phone ?? "",
      });
    }
  }, [open, user, form]);

  const onError = (error: unknown) => {
    if (!applyServerFieldErrors(form, error, formFields)) message.error(errorText(error));
  };

  const submit = (values: UserFormValues) => {
    const common = {
      displayName: values.displayName,
      roleId: values.roleId,
      organizationId: values.organizationId ?? null,
      regionCode: values.regionCode ?? undefined,
      phone: values.phone?.trim() ? values.phone.trim() : null,
    };
    // Lists show phones masked (138****1234); an untouched masked phone is not sent back.
    const isMaskedPhoneUnchanged = user?.phone?.includes("*") && values.phone === user.phone;
    if (user) {
      const body = validateWithSchema(
        form,
        updateUserBodySchema,
        isMaskedPhoneUnchanged ? { ...common, phone: undefined } : common,
      );
      if (!body) return;
      update.mutate(
        { id: user.id, body },
        {
          onSuccess: () => {
            message.success(t("user.updated"));
            onClose();
          },
          onError,
        },
      );
      return;
    }
    const body = validateWithSchema(form, createUserBodySchema, {
      ...common,
      username: values.username,
      password: values.password,
    });
    if (!body) return;
    const violations = passwordPolicyViolations(body.password, body.username);
    if (violations.length > 0) {
      form.setFields([{ name: "password", errors: violations }]);
      return;
    }
    create.mutate(body, {
      onSuccess: () => {
        message.success(t("user.created"));
        onClose();
      },
      onError,
    });
  };

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      size={520}
      title={isEditing ? t("user.editTitle", { name: user.displayName }) : t("user.createTitle")}
      form={form}
      onFinish={submit}
      isSaving={create.isPending || update.isPending}
      testId="user-form"
    >
      <Form.Item
        name="username"
        label={t("user.username")}
        required={!isEditing}
        extra={isEditing ? undefined : t("user.usernameHint")}
      >
        <Input disabled={isEditing} autoComplete="off" {...countedUpTo(50)} />
      </Form.Item>
      <Form.Item name="displayName" label={t("user.displayName")} required>
        <Input autoComplete="off" {...countedUpTo(50)} />
      </Form.Item>
      <Form.Item name="roleId" label={t("user.role")} required extra={t("user.roleHint")}>
        <Select<RoleId>
          options={assignableRoles.map((id) => ({ value: id, label: t(`role.${id}`) }))}
          onChange={() => form.setFieldValue("regionCode", null)}
        />
      </Form.Item>
      <Form.Item name="regionCode" label={t("user.region")} required extra={t("user.regionHint")}>
        <RegionTreeSelect
          selectableLevels={roleId ? roleRegionLevels[roleId] : undefined}
          placeholder={t("user.regionPlaceholder")}
        />
      </Form.Item>
      <Form.Item name="organizationId" label={t("user.organization")}>
        <Select<number>
          allowClear
          showSearch={{ optionFilterProp: "label" }}
          loading={organizations.isLoading}
          options={(organizations.data ?? []).map((organization) => ({
            value: organization.id,
            label: organization.name,
          }))}
          placeholder={t("user.organizationPlaceholder")}
        />
      </Form.Item>
      <Form.Item name="phone" label={t("user.phone")}>
        <Input autoComplete="off" />
      </Form.Item>
      {!isEditing && (
        <Form.Item
          name="password"
          label={t("user.initialPassword")}
          required
          extra={t("user.initialPasswordHint", { min: passwordMinLength })}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      )}
    </FormDrawer>
  );
}
