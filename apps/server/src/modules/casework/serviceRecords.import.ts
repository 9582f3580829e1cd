import {
  createServiceRecordBodySchema,
  type ImportMode,
  type ImportResult,
  isActiveCaseStage,
  parseIdNumber,
  serviceDomains,
  serviceRecordMethods,
  serviceRecordTypes,
} from "@xinqiao/shared";
import { actorOf, type RequestUser } from "../../platform/auth/requestUser.ts";
import type { AppContext } from "../../platform/context.ts";
import type { Queryable } from "../../platform/db/database.ts";
import {
  buildTemplate,
  type ImportRow,
  parseDecimal,
  parseInteger,
  splitListCell,
  toHalfWidth,
} from "../../platform/excel/index.ts";
import { dictionaryOf, ImportColumns } from "../../platform/importColumns.ts";
import { type RegistryImportDefinition, runRegistryImport } from "../../platform/importFlow.ts";
import type { JobProgress } from "../../platform/jobs.ts";
import { isInScope } from "../../platform/scope.ts";
import { mayViewCase } from "./caseVisibility.ts";
import { type ServiceRecordImportKey, serviceRecordImportColumns } from "./serviceRecords.excel.ts";
import * as repository from "./serviceRecords.repository.ts";
import {
  type CheckedRecord,
  mayActOnCase,
  referenceProblems,
  writeRecord,
} from "./serviceRecords.service.ts";

/**
 * Service records from Excel through the registries' one import flow: every row checked with the
 * form's schema and the same reference rules (the case visible and active, clients visible and
 * active, workers and volunteers in scope), all or nothing by default. Each row is written as the
 * form writes a record — its volunteers' hours into the ledger — in the import's transaction. A
 * row identical to a standing record (same client, date, type, minutes, place) is refused, so
 * importing a file twice records nothing twice.
 */
type Context = Pick<AppContext, "db" | "clock" | "cipher" | "importReports">;

const columns = new ImportColumns(serviceRecordImportColumns, {
  caseId: "caseNumber",
  clientIds: "clientIdNumber",
  workerIds: "workers",
  volunteers: "volunteers",
  regionCode: "clientIdNumber",
});
const methodValues = dictionaryOf(serviceRecordMethods);
const typeValues = dictionaryOf(serviceRecordTypes);
const domainValues = dictionaryOf(serviceDomains);
const header = (key: ServiceRecordImportKey) => columns.header(key);

export function serviceRecordsTemplate(): Promise<Buffer> {
  return buildTemplate({
    sheetName: "服务记录",
    columns: serviceRecordImportColumns,
    title: "服务记录导入（志愿者时长记入志愿服务记录；与已有记录相同的行不会重复导入）",
  });
}

export async function importServiceRecords(
  ctx: Context,
  user: RequestUser,
  file: Buffer,
  mode: ImportMode,
  ip: string | null,
  report?: (progress: JobProgress) => void,
): Promise<ImportResult> {
  return runRegistryImport(ctx, user, file, mode, serviceRecordImportDefinition(ctx, user, ip), report);
}

/** The fingerprint of a record: who, when, what, how long, where. */
function fingerprintOf(record: CheckedRecord): string {
  const { body } = record;
  return JSON.stringify([
    body.clientIds[0],
    body.serviceDate,
    body.type,
    record.minutes,
    body.place,
    record.caseRow?.id ?? null,
  ]);
}

async function findByFingerprint(db: Queryable, key: string) {
  const [clientId, serviceDate, type, minutes, place, caseId] = JSON.parse(key) as [
    number,
    string,
    string,
    number,
    string,
    number | null,
  ];
  let q = db
    .selectFrom("service_records as r")
    .innerJoin("service_record_clients as l", "l.record_id", "r.id")
    .select(["r.id", "r.region_code", "r.service_date", "r.type", "r.place"])
    .where("l.client_id", "=", clientId)
    .where("r.service_date", "=", serviceDate)
    .where("r.type", "=", type)
    .where("r.minutes", "=", minutes)
    .where("r.place", "=", place)
    .where("r.voided_at", "is", null);
  q = caseId === null ? q.where("r.case_id", "is", null) : q.where("r.case_id", "=", caseId);
  return q.executeTakeFirst();
}

export function serviceRecordImportDefinition(
  ctx: Context,
  user: RequestUser,
  ip: string | null,
): RegistryImportDefinition<ServiceRecordImportKey, CheckedRecord> {
  const now = ctx.clock.now();
  const actor = { ...actorOf(user, ip), id: user.id };

  async function clientOf(check: ReturnType<typeof columns.check>) {
    const rawId = check.code("clientIdNumber");
    if (rawId) {
      const parsed = parseIdNumber(rawId, now);
      if (!parsed.ok) {
        check.refuse("clientIdNumber", parsed.message);
        return null;
      }
      const found = await ctx.db
        .selectFrom("clients")
        .select(["id", "region_code", "is_active"])
        .where("id_number_index", "=", ctx.cipher.blindIndex(parsed.value))
        .executeTakeFirst();
      return found ?? { id: 0, region_code: "", is_active: 0 };
    }
    const name = check.text("clientName");
    const birthDate = check.date("clientBirthDate");
    if (!name || !birthDate) {
      if (!check.isRefused("clientBirthDate"))
        check.refuse("clientIdNumber", "请填写身份证号，或填写服务对象姓名和出生日期");
      return null;
    }
    const namesakes = (
      await ctx.db
        .selectFrom("clients")
        .select(["id", "region_code", "is_active"])
        .where("name", "=", name)
        .where("birth_date", "=", birthDate)
        .execute()
    ).filter((c) => isInScope(user, c.region_code));
    if (namesakes.length > 1) {
      check.refuse("clientName", "管辖范围内有多位同名且出生日期相同的服务对象，请填写身份证号");
      return null;
    }
    return namesakes[0] ?? { id: 0, region_code: "", is_active: 0 };
  }

  async function workersOf(check: ReturnType<typeof columns.check>) {
    const names = splitListCell(check.required("workers"));
    if (names.length === 0) return [];
    const users = await ctx.db
      .selectFrom("users")
      .select(["id", "username"])
      .where("username", "in", names)
      .execute();
    const byName = new Map(users.map((u) => [u.username, u.id]));
    const unknown = names.filter((n) => !byName.has(n));
    if (unknown.length > 0) {
      check.refuse("workers", `“${unknown.join("、")}”不存在、已停用或不在您的管辖范围内`);
      return [];
    }
    return [...new Set(names.map((n) => byName.get(n) ?? 0))];
  }

  async function volunteersOf(check: ReturnType<typeof columns.check>) {
    const entries = splitListCell(check.text("volunteers"));
    const parsed: { number: string; hours: number }[] = [];
    for (const entry of entries) {
      const match = /^([A-Za-z0-9-]+)\s*[:：*×xX（(\s]\s*([\d.]+)\s*[)）]?(小时|h)?$/.exec(
        toHalfWidth(entry).trim(),
      );
      const hours = match ? parseDecimal(match[2]) : null;
      if (!match?.[1] || hours === null) {
        check.refuse("volunteers", `“${entry}”应写成 志愿者编号:小时，如 NB330203000123:2`);
        return [];
      }
      parsed.push({ number: match[1].toUpperCase(), hours });
    }
    if (parsed.length === 0) return [];
    const found = await ctx.db
      .selectFrom("volunteers")
      .select(["id", "volunteer_number"])
      .where(
        "volunteer_number",
        "in",
        parsed.map((p) => p.number),
      )
      .execute();
    const byNumber = new Map(found.map((v) => [v.volunteer_number, v.id]));
    const unknown = parsed.filter((p) => !byNumber.has(p.number)).map((p) => p.number);
    if (unknown.length > 0) {
      check.refuse("volunteers", `“${unknown.join("、")}”不存在、已停用或不在您的管辖范围内`);
      return [];
    }
    return parsed.map((p) => ({ volunteerId: byNumber.get(p.number) ?? 0, hours: p.hours }));
  }

  async function checkRow(row: ImportRow<ServiceRecordImportKey>) {
    const check = columns.check(row);
    let caseRow: repository.CaseRow | null = null;
    const caseNumber = check.code("caseNumber");
    if (caseNumber) {
      caseRow = (await repository.findCaseByNumber(ctx.db, caseNumber.trim().toUpperCase())) ?? null;
      if (!caseRow || !mayViewCase(user, caseRow)) {
        check.refuse("caseNumber", "个案不存在或不在您的管辖范围内");
        caseRow = null;
      } else if (!mayActOnCase(user, caseRow)) {
        check.refuse("caseNumber", "只有个案的负责社工、社工站负责人或督导可以登记服务记录");
      } else if (!isActiveCaseStage(caseRow.stage)) {
        check.refuse("caseNumber", "个案已结束（结案、不予接案、中止或转介），不能再登记服务");
      }
    }
    const client = await clientOf(check);
    const workerIds = await workersOf(check);
    const volunteers = await volunteersOf(check);
    const minutesText = check.text("minutes");
    const minutes = minutesText === null ? null : parseInteger(minutesText);
    if (minutesText !== null && minutes === null) check.refuse("minutes", "须为整数");
    const body = check.validate(createServiceRecordBodySchema, {
      caseId: caseRow?.id ?? null,
      regionCode: caseRow ? null : client?.region_code || null,
      serviceDate: check.date("serviceDate") ?? "",
      minutes,
      method: check.dictionary("method", methodValues),
      type: check.dictionary("type", typeValues),
      domain: check.dictionary("domain", domainValues),
      place: check.text("place") ?? "",
      notes: check.text("notes"),
      clientIds: client ? [client.id] : [],
      workerIds,
      volunteers,
    });
    if (!body || check.problems.length > 0) return { problems: check.problems };
    const referenceIssues = await referenceProblems(ctx.db, user, caseRow, body);
    const columnOf = { clientIds: "clientIdNumber", workerIds: "workers", volunteers: "volunteers" } as const;
    for (const issue of referenceIssues) {
      const key = columnOf[issue.path as keyof typeof columnOf];
      if (key) check.refuse(key, issue.message.replace(/^[^：]+：/, ""));
    }
    if (check.problems.length > 0) return { problems: check.problems };
    const record: CheckedRecord = {
      body,
      caseRow,
      regionCode: caseRow?.region_code ?? client?.region_code ?? "",
      minutes: body.minutes ?? 0,
      volunteerNames: new Map(),
    };
    return { record };
  }

  return {
    entity: "caseServiceRecord",
    reportFileName: "服务记录导入错误报告.xlsx",
    columns: serviceRecordImportColumns,
    checkRow,
    keyOf: (record) => ({ key: fingerprintOf(record), column: header("serviceDate") }),
    async findExisting(db, keys) {
      const found = new Map<string, { id: number; regionCode: string; label: string }>();
      for (const key of keys) {
        const row = await findByFingerprint(db, key);
        if (row) {
          found.set(key, {
            id: row.id,
            regionCode: row.region_code,
            label: `${row.service_date} ${row.type}（${row.place}）的服务记录`,
          });
        }
      }
      return found;
    },
    onExisting: "refuse",
    async writeBatch(trx, rows) {
      for (const { record } of rows) {
        await writeRecord(ctx, trx, user, actor, now, record, {
          auditAction: "caseServiceRecord.import.create",
        });
      }
    },
  };
}
