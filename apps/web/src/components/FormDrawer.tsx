import { Button, Drawer, Form, type FormInstance, Space } from "antd";
import type { ReactNode } from "react";
import { clearErrorsOfChangedFields } from "../api/formErrors.ts";
import { useI18n } from "../i18n/i18nContext.ts";

/**
 * The create/edit drawer every registry and the users page share: cancel and save at the top,
 * a vertical form whose server-side field errors clear as soon as the field is edited, and
 * nothing kept once closed (each opening starts from the record's current values).
 */
export function FormDrawer<Values>({
  open,
  onClose,
  title,
  size,
  form,
  formName,
  onFinish,
  onValuesChange,
  isSaving,
  testId,
  saveTestId,
  children,
}: {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  size: number;
  form: FormInstance<Values>;
  /** Prefix of the fields' element ids ("socialWorker" → #socialWorker_name). */
  formName?: string;
  onFinish: (values: Values) => void;
  /** Runs after the changed fields' errors are cleared. */
  onValuesChange?: (changed: Partial<Values>) => void;
  isSaving: boolean;
  testId: string;
  saveTestId?: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const clearErrors = clearErrorsOfChangedFields(form);
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={size}
      destroyOnHidden
      title={title}
      extra={
        <Space>
          <Button onClick={onClose}>{t("common.cancel")}</Button>
          <Button type="primary" loading={isSaving} onClick={() => form.submit()} data-testid={saveTestId}>
            {t("common.save")}
          </Button>
        </Space>
      }
    >
      <Form<Values>
        form={form}
        name={formName}
        layout="vertical"
        onFinish={onFinish}
        onValuesChange={(changed: Partial<Values>) => {
          clearErrors(changed);
          onValuesChange?.(changed);
        }}
        data-testid={testId}
      >
        {children}
      </Form>
    </Drawer>
  );
}
