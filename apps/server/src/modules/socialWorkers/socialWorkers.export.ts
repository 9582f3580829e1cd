import {
  educationLevels,
  employerKinds,
  employmentStatuses,
  idsOfQuery,
  qualificationLevels,
  type SocialWorker,
  type SocialWorkerExportQuery,
} from "@xinqiao/shared";
import type { FastifyReply } from "fastify";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import type { AppContext } from "../../platform/context.ts";
import { keysetRows, streamAuditedExport } from "../../platform/exportFlow.ts";
import { mayExportUnmasked } from "../../platform/personalData.ts";
import { no, socialWorkerExportColumns, yes } from "./socialWorkers.excel.ts";
import { filterContextOf, presentationDataOf, todayOf } from "./socialWorkers.listContext.ts";
import { presentSocialWorker } from "./socialWorkers.presenter.ts";
import * as repository from "./socialWorkers.repository.ts";
import { auditEntity } from "./socialWorkers.service.ts";

/**
 * The filtered list as .xlsx: the list's filters and scope, read in keyset pages and streamed;
 * ID numbers and phones masked unless `unmasked=true` and the user holds personal.export; the
 * export itself is audited (who, which filters, masked or not).
 */
const sexNames = { male: "男", female: "女" } as const;
const yesNo = (value: boolean) => (value ? yes : no);

function exportRecord(
  worker: SocialWorker,
  identifiers: { idNumber: string; phone: string | null; birthDate: string },
): Record<string, string | number | null> {
  const hours = worker.educationHours;
  return {
    name: worker.name,
    idNumber: identifiers.idNumber,
    sex: sexNames[worker.sex],
    birthDate: identifiers.birthDate,
    phone: identifiers.phone,
    education: educationLevels[worker.education],
    major: worker.major,
    isSocialWorkMajor: yesNo(worker.isSocialWorkMajor),
    qualificationLevel: qualificationLevels[worker.qualificationLevel],
    certificateNumber: worker.certificateNumber,
    certificateDate: worker.certificateDate,
    registrationDate: worker.registrationDate,
    otherCertificates: worker.otherCertificates.join("、"),
    employerKind: employerKinds[worker.employer.kind],
    employerName: worker.employer.name,
    position: worker.position,
    domains: worker.domains.join("、"),
    employmentStatus: employmentStatuses[worker.employmentStatus],
    isIntroducedTalent: yesNo(worker.isIntroducedTalent),
    joinedOn: worker.joinedOn,
    registrationExpiry: worker.registrationExpiry,
    region: worker.region.name,
    district: worker.district?.name ?? null,
    isCertified: yesNo(worker.isCertified),
    isHighLevel: yesNo(worker.isHighLevel),
    certificateCount: worker.professionalCertificateCount,
    isComposite: yesNo(worker.isComposite),
    educationCycle: hours ? `${hours.cycleStart} 至 ${hours.cycleEnd}（不含）` : null,
    educationHours: hours ? hours.completedHours : null,
    requiredHours: hours ? hours.requiredHours : null,
    isEducationMet: hours ? yesNo(hours.isMet) : null,
    registrationAlert: worker.isRegistrationExpired
      ? "已过期"
      : worker.isRegistrationExpiringSoon
        ? `${worker.daysUntilRegistrationExpiry} 天后到期`
        : null,
    status: worker.isActive ? "启用" : "停用",
    isDemo: yesNo(worker.isDemo),
  };
}

export async function exportSocialWorkers(
  ctx: Pick<AppContext, "db" | "clock" | "cipher">,
  user: RequestUser,
  query: SocialWorkerExportQuery,
  ip: string | null,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const { unmasked, ids, ...filters } = query;
  const isUnmasked = mayExportUnmasked(user, unmasked === "true");
  const context = { ...filterContextOf(ctx, user, filters), ids: idsOfQuery(ids) };
  const now = ctx.clock.now();
  const today = todayOf(ctx);
  const rows = keysetRows(
    async (after, limit) => {
      const page = await repository.exportPage(ctx.db, filters, context, after?.id ?? 0, limit);
      const { hoursOf, regionNames } = await presentationDataOf(ctx.db, page, today);
      return page.map((row) => ({
        id: row.id,
        worker: presentSocialWorker(user, row, { now, hours: hoursOf(row.id), regionNames }),
        idNumber: isUnmasked ? ctx.cipher.decrypt(row.id_number_cipher) : row.id_number_masked,
        phone: isUnmasked && row.phone_cipher ? ctx.cipher.decrypt(row.phone_cipher) : row.phone_masked,
        // A masked export keeps the year and month only (see socialWorkerSchema.birthMonth).
        birthDate: isUnmasked ? row.birth_date : row.birth_date.slice(0, 7),
      }));
    },
    ({ worker, idNumber, phone, birthDate }) => exportRecord(worker, { idNumber, phone, birthDate }),
  );
  return streamAuditedExport(ctx, user, reply, {
    entity: auditEntity,
    fileName: isUnmasked ? "社会工作者（完整）.xlsx" : "社会工作者.xlsx",
    sheetName: "社会工作者",
    columns: socialWorkerExportColumns,
    filters: { ...filters, ids: context.ids },
    isUnmasked,
    rows,
    ip,
  });
}
