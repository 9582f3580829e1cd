import { type CaseAction, type CaseDetail, caseTransitions } from "@xinqiao/shared";
import { App, Form } from "antd";
import { useEffect } from "react";
import { ApiError } from "../../../api/client.ts";
import { useErrorText } from "../../../api/errorText.ts";
import { validateWithSchema } from "../../../api/formErrors.ts";
import { FormDrawer } from "../../../components/FormDrawer.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useCaseTransition } from "./hooks.ts";
import { TransitionFields } from "./TransitionFields.tsx";
import { formOf, initialValues, type TransitionValues } from "./transitionValues.ts";

/**
 * One transition's form in a drawer, validated with the shared machine's schema for the action
 * before it is sent; the server's refusals (the case changed meanwhile, no consent on record)
 * land on their fields or as a message.
 */
export function TransitionDrawer({
  detail,
  action,
  onClose,
}: {
  detail: CaseDetail;
  action: CaseAction | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<TransitionValues>();
  const transition = useCaseTransition(detail.id);

  useEffect(() => {
    if (action) form.setFieldsValue(initialValues(action, detail));
  }, [action, detail, form]);

  const submit = (values: TransitionValues) => {
    if (!action) return;
    const body = validateWithSchema(form, caseTransitions[action].form, formOf(action, values));
    if (!body) return;
    transition.mutate(
      { action, form: body },
      {
        onSuccess: () => {
          message.success(t("cases.done", { action: t(`cases.action.${action}`) }));
          onClose();
        },
        onError: (error) => {
          const fields =
            error instanceof ApiError ? error.fields.filter((f) => f.path.startsWith("form.")) : [];
          if (fields.length > 0) {
            form.setFields(
              // biome-ignore lint/suspicious/noExplicitAny: the paths are the action's own form fields.
              fields.map((field): any => ({
                name: field.path
                  .split(".")
                  .slice(1)
                  .map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
                errors: [field.message],
              })),
            );
          }
          message.error(errorText(error));
        },
      },
    );
  };

  return (
    <FormDrawer<TransitionValues>
      open={action !== null}
      onClose={onClose}
      title={action ? t(`cases.action.${action}`) : ""}
      size={action === "submitPlan" || action === "completeAssessment" ? 720 : 520}
      form={form}
      formName="caseTransition"
      onFinish={submit}
      isSaving={transition.isPending}
      testId="case-transition-drawer"
      saveTestId="case-transition-save"
    >
      {action && <TransitionFields action={action} detail={detail} />}
    </FormDrawer>
  );
}
