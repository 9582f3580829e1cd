import { DeleteOutlined, DownloadOutlined, UploadOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type Attachment, type AttachmentCategory, attachmentCategories } from "@xinqiao/shared";
import { App, Button, Form, Input, Modal, Select, Space, Table, Typography, Upload } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { countedUpTo } from "../../../components/textLimit.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { type AttachmentOwner, attachmentKeys, attachmentsApi } from "../api.ts";
import { formatBytes } from "../formatBytes.ts";

const categories = Object.keys(attachmentCategories) as AttachmentCategory[];

/**
 * The attachments of one record (a client, a case, an activity): upload with a category, the list
 * with download and delete (with a reason). The server decides who sees and who may change: the
 * upload and delete buttons show only when its answer allows them.
 */
export function AttachmentsPanel({ ownerKind, ownerId }: AttachmentOwner) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const owner = { ownerKind, ownerId };
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: attachmentKeys.of(owner), queryFn: () => attachmentsApi.list(owner) });
  const limits = useQuery({
    queryKey: attachmentKeys.limits,
    queryFn: attachmentsApi.limits,
    staleTime: Infinity,
  });
  const [category, setCategory] = useState<AttachmentCategory>("consentForm");
  const [deleting, setDeleting] = useState<Attachment | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: attachmentKeys.of(owner) });

  const upload = useMutation({
    mutationFn: (file: File) => attachmentsApi.upload(owner, category, file),
    onSuccess: (attachment) => {
      message.success(t("attachments.uploaded", { name: attachment.fileName }));
      return refresh();
    },
  });
  const download = useMutation({ mutationFn: attachmentsApi.download });
  const maxBytes = limits.data?.maxBytes;
  const mayAttach = list.data?.mayAttach ?? false;
  const accept = limits.data?.extensions.map((extension) => `.${extension}`).join(",");

  return (
    <Space orientation="vertical" size={12} style={{ width: "100%" }} data-testid="attachments-panel">
      {mayAttach && (
        <Space wrap>
          <Select<AttachmentCategory>
            value={category}
            onChange={setCategory}
            style={{ width: 160 }}
            aria-label={t("attachments.category")}
            data-testid="attachment-category"
            options={categories.map((value) => ({ value, label: t(`attachments.category.${value}`) }))}
          />
          <Upload
            accept={accept}
            showUploadList={false}
            beforeUpload={(file) => {
              if (maxBytes && file.size > maxBytes) {
                message.error(t("attachments.tooLarge", { name: file.name, size: formatBytes(maxBytes) }));
                return Upload.LIST_IGNORE;
              }
              return true;
            }}
            customRequest={({ file, onSuccess, onError }) =>
              upload.mutate(file as File, {
                onSuccess: (attachment) => onSuccess?.(attachment),
                onError: (error) => onError?.(error),
              })
            }
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="attachment-upload">
              {t("attachments.upload")}
            </Button>
          </Upload>
          {maxBytes && (
            <Typography.Text type="secondary">
              {t("attachments.hint", { size: formatBytes(maxBytes) })}
            </Typography.Text>
          )}
        </Space>
      )}
      <Table<Attachment>
        rowKey="id"
        size="small"
        pagination={false}
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t("attachments.empty") }}
        data-testid="attachments-table"
        columns={[
          {
            title: t("attachments.fileName"),
            key: "fileName",
            ellipsis: true,
            render: (_: unknown, attachment) => (
              <Typography.Link onClick={() => download.mutate(attachment)}>
                {attachment.fileName}
              </Typography.Link>
            ),
          },
          {
            title: t("attachments.category"),
            key: "category",
            width: 120,
            render: (_: unknown, attachment) => t(`attachments.category.${attachment.category}`),
          },
          {
            title: t("attachments.size"),
            key: "size",
            width: 100,
            render: (_: unknown, attachment) => formatBytes(attachment.size),
          },
          {
            title: t("attachments.createdBy"),
            key: "createdBy",
            width: 200,
            render: (_: unknown, attachment) =>
              `${attachment.createdBy?.name ?? "—"} · ${dayjs(attachment.createdAt).format("YYYY-MM-DD HH:mm")}`,
          },
          {
            title: t("attachments.actions"),
            key: "actions",
            width: 160,
            render: (_: unknown, attachment) => (
              <Space>
                <Button
                  size="small"
                  icon={<DownloadOutlined />}
                  onClick={() => download.mutate(attachment)}
                  data-testid="attachment-download"
                >
                  {t("attachments.download")}
                </Button>
                {attachment.abilities.delete && (
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => setDeleting(attachment)}
                    data-testid="attachment-delete"
                  >
                    {t("attachments.delete")}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <DeleteAttachmentModal attachment={deleting} onClose={() => setDeleting(null)} onDeleted={refresh} />
    </Space>
  );
}

/** Deleting asks why: the attachment's row keeps the reason, and the audit log names it. */
function DeleteAttachmentModal({
  attachment,
  onClose,
  onDeleted,
}: {
  attachment: Attachment | null;
  onClose: () => void;
  onDeleted: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const remove = useMutation({
    mutationFn: ({ id, reason }: { id: number; reason: string }) => attachmentsApi.remove(id, reason),
    onSuccess: async () => {
      message.success(t("attachments.deleted"));
      form.resetFields();
      onClose();
      await onDeleted();
    },
  });
  return (
    <Modal
      open={attachment !== null}
      title={attachment ? t("attachments.deleteTitle", { name: attachment.fileName }) : null}
      okText={t("attachments.delete")}
      okButtonProps={{ danger: true, loading: remove.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={({ reason }) => attachment && remove.mutate({ id: attachment.id, reason: reason.trim() })}
      >
        <Form.Item
          name="reason"
          label={t("attachments.deleteReason")}
          rules={[{ required: true, whitespace: true, message: t("attachments.deleteReasonRequired") }]}
        >
          <Input.TextArea rows={3} {...countedUpTo(200)} data-testid="attachment-delete-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
