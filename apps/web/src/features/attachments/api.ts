import type { Attachment, AttachmentCategory, AttachmentLimits, AttachmentList } from "@xinqiao/shared";
import { api, apiJson } from "../../api/client.ts";
import { downloadFile } from "../../api/download.ts";

/** Endpoints of attachments (附件); the server answers only for records the user may see. */
export interface AttachmentOwner {
  ownerKind: string;
  ownerId: number;
}

export const attachmentKeys = {
  all: ["attachments"] as const,
  of: (owner: AttachmentOwner) => ["attachments", owner.ownerKind, owner.ownerId] as const,
  limits: ["attachments", "limits"] as const,
};

export const attachmentsApi = {
  list: (owner: AttachmentOwner) => api.get<AttachmentList>("/api/attachments", { ...owner }),
  limits: () => api.get<AttachmentLimits>("/api/attachments/limits"),
  /** The fields go before the file: the server checks the owner before reading a byte. */
  upload: (owner: AttachmentOwner, category: AttachmentCategory, file: File) => {
    const form = new FormData();
    form.append("ownerKind", owner.ownerKind);
    form.append("ownerId", String(owner.ownerId));
    form.append("category", category);
    form.append("file", file, file.name);
    return apiJson<Attachment>("/api/attachments", { method: "POST", body: form });
  },
  remove: (id: number, reason: string) => api.delete<void>(`/api/attachments/${id}`, { json: { reason } }),
  download: (attachment: Attachment) =>
    downloadFile(`/api/attachments/${attachment.id}/content`, undefined, attachment.fileName),
};
