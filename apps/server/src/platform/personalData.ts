import { type AuditEntityWith, maskAddress, maskIdNumber, maskPhone } from "@xinqiao/shared";
import { writeAudit } from "./audit.ts";
import { actorOf, can, type RequestUser } from "./auth/requestUser.ts";
import type { AppContext } from "./context.ts";
import type { PersonalDataCipher } from "./crypto/personalDataCipher.ts";
import type { PersonalIdentityColumns } from "./db/tables.ts";
import { forbidden } from "./errors.ts";

/**
 * Personal identifiers on their way in and out. In: validated values become ciphertext, a keyed
 * hash (exact lookup, duplicates) and the masked form shown in lists. Out: masked by default;
 * the clear value only through `revealPersonalField` (permission personal.reveal, audited) or an
 * unmasked export (personal.export, audited by the export).
 */
export type PersonalField = "idNumber" | "phone";
/** A client's address is revealed the same way. */
export type RevealableField = PersonalField | "address";

export function sealIdNumber(
  cipher: PersonalDataCipher,
  idNumber: string,
): Pick<PersonalIdentityColumns, "id_number_cipher" | "id_number_index" | "id_number_masked"> {
  return {
    id_number_cipher: cipher.encrypt(idNumber),
    id_number_index: cipher.blindIndex(idNumber),
    id_number_masked: maskIdNumber(idNumber),
  };
}

export function sealPhone(
  cipher: PersonalDataCipher,
  phone: string | null | undefined,
): Pick<PersonalIdentityColumns, "phone_cipher" | "phone_masked"> {
  if (!phone) return { phone_cipher: null, phone_masked: null };
  return { phone_cipher: cipher.encrypt(phone), phone_masked: maskPhone(phone) };
}

/** An address (a client's): sensitive like the phone, shown with the area only. */
export function sealAddress(
  cipher: PersonalDataCipher,
  address: string | null | undefined,
): { address_cipher: string | null; address_masked: string | null } {
  if (!address) return { address_cipher: null, address_masked: null };
  return { address_cipher: cipher.encrypt(address), address_masked: maskAddress(address) };
}

/** Decrypts one field for a user who asked to see it, and records that they did. */
export async function revealPersonalField(
  ctx: Pick<AppContext, "db" | "clock" | "cipher">,
  user: RequestUser,
  target: {
    entity: AuditEntityWith<"personalData.reveal">;
    entityId: number;
    field: RevealableField;
    ciphertext: string | null;
    ip: string | null;
  },
): Promise<string | null> {
  if (!target.ciphertext) return null;
  const value = ctx.cipher.decrypt(target.ciphertext);
  await writeAudit(ctx.db, actorOf(user, target.ip), ctx.clock.now(), {
    action: `${target.entity}.personalData.reveal`,
    entity: target.entity,
    entityId: target.entityId,
    after: { field: target.field },
  });
  return value;
}

/** Whether an export may carry clear personal data: asked for, and permitted. */
export function mayExportUnmasked(user: RequestUser, requested: boolean | undefined): boolean {
  if (!requested) return false;
  if (!can(user, "personal.export")) throw forbidden("没有导出完整个人信息的权限");
  return true;
}
