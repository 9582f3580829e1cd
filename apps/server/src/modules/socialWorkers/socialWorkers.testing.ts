import { idNumberCheckCharacter } from "@xinqiao/shared";
import type { Queryable } from "../../platform/db/database.ts";
import { pinyinOf } from "../../platform/pinyin.ts";

/** Test factories of the social workers registry (platforms are made here, not by the platforms module). */
export const nanmen = "330203001000"; // 南门街道, 海曙区
export const jiangxia = "330203002000"; // 江厦街道, 海曙区 (a sibling street)
export const jiangbei = "330205000000"; // 江北区
export const jiangbeiStreet = "330205001000";

/** A valid ID number: 6-digit prefix, birth date YYYYMMDD, 3-digit sequence (odd last digit = male). */
export function validIdNumber(prefix: string, birthDate: string, sequence: string): string {
  const first17 = `${prefix}${birthDate}${sequence}`;
  return first17 + idNumberCheckCharacter(first17);
}

/** A valid ID number whose check digit is then changed. */
export function wrongCheckIdNumber(prefix: string, birthDate: string, sequence: string): string {
  const valid = validIdNumber(prefix, birthDate, sequence);
  const wrong = valid.endsWith("1") ? "2" : "1";
  return valid.slice(0, 17) + wrong;
}

export async function makePlatform(
  db: Queryable,
  name: string,
  regionCode: string,
  options: { isActive?: boolean } = {},
): Promise<number> {
  const at = new Date().toISOString();
  const { full, initials } = pinyinOf(name);
  const row = await db
    .insertInto("platforms")
    .values({
      name,
      pinyin: full,
      pinyin_initials: initials,
      region_code: regionCode,
      kind: "station",
      address: null,
      floor_area: 60,
      facilities_json: "[]",
      operator_organization_id: null,
      opened_on: "2022-01-01",
      status: "operating",
      is_active: options.isActive === false ? 0 : 1,
      is_demo: 0,
      created_at: at,
      created_by: null,
      updated_at: at,
      updated_by: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function departmentId(db: Queryable, regionCode: string): Promise<number> {
  const row = await db
    .selectFrom("organizations")
    .select("id")
    .where("region_code", "=", regionCode)
    .where("kind", "=", "department")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A complete create body; override what a test is about. */
export function workerBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: "张三",
    idNumber: validIdNumber("330203", "19900101", "123"),
    phone: "13812345678",
    education: "bachelor",
    major: "社会工作",
    isSocialWorkMajor: true,
    qualificationLevel: "intermediate",
    certificateNumber: "2020330200123",
    certificateDate: "2020-06-20",
    registrationDate: "2024-03-01",
    otherCertificates: ["心理咨询师"],
    employerKind: "platform",
    platformId: null,
    socialOrganizationId: null,
    departmentId: null,
    position: "一线社工",
    domains: ["养老服务", "社会救助"],
    employmentStatus: "employed",
    isIntroducedTalent: false,
    joinedOn: "2019-07-01",
    ...overrides,
  };
}
