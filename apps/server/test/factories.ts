import type { RoleId } from "@xinqiao/shared";
import { insertUser } from "../src/modules/users/users.repository.ts";
import { freshIdNumber } from "../src/modules/volunteers/volunteers.testing.ts";
import { hashPassword } from "../src/platform/auth/passwords.ts";
import type { DatabaseDialect } from "../src/platform/db/database.ts";
import { createTestApp, login, type Session, strongPassword, type TestApp } from "./harness.ts";

/**
 * Small data for tests that do not need the demo city. `cityWithoutDemoData` is an app holding
 * only what every deployment has (roles, 宁波市's divisions, the departments); a test then signs
 * in users of the roles it is about, where it wants them, and creates its records through the API
 * — validated, scoped and audited as users' are — so it reads as its scenario and nothing else.
 */
export function cityWithoutDemoData(dialect: DatabaseDialect): Promise<TestApp> {
  return createTestApp(dialect, { LOAD_DEMO_DATA: "false" });
}

let passwordHash: Promise<string> | null = null;
let userCounter = 0;

/** A new active user of `roleId` attached to `regionCode`, signed in. */
export async function signedInAs(t: TestApp, roleId: RoleId, regionCode: string): Promise<Session> {
  passwordHash ??= hashPassword(strongPassword);
  userCounter += 1;
  const username = `${roleId.replace("_", "")}${userCounter}`;
  const at = t.clock.now().toISOString();
  await insertUser(t.ctx.db, {
    username,
    display_name: `测试用户${userCounter}`,
    password_hash: await passwordHash,
    role_id: roleId,
    organization_id: null,
    region_code: regionCode,
    phone: null,
    is_active: 1,
    is_demo: 0,
    must_change_password: 0,
    password_changed_at: at,
    failed_login_count: 0,
    created_at: at,
    updated_at: at,
  });
  return login(t.app, username, strongPassword);
}

async function created<T>(
  session: Session,
  url: string,
  payload: Record<string, unknown>,
): Promise<T & { id: number }> {
  const response = await session.request({ method: "POST", url, payload });
  if (response.statusCode !== 201) {
    throw new Error(`POST ${url} answered ${response.statusCode}: ${response.body}`);
  }
  return response.json();
}

/** A volunteer registered by `session` (an adult with a fresh ID number); override what matters. */
export function newVolunteer(
  session: Session,
  regionCode: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: number; name: string; [field: string]: unknown }> {
  return created(session, "/api/volunteers", {
    name: "孙丽华",
    idNumber: freshIdNumber(),
    regionCode,
    skills: ["陪伴探访"],
    availability: ["周末"],
    ...overrides,
  });
}

let teamCounter = 0;

/** A volunteer team founded by `session`, with a name no other test uses. */
export function newVolunteerTeam(
  session: Session,
  regionCode: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: number; name: string; [field: string]: unknown }> {
  teamCounter += 1;
  return created(session, "/api/volunteer-teams", {
    name: `测试志愿服务队${teamCounter}`,
    regionCode,
    ...overrides,
  });
}

/** A client (服务对象) registered by `session`: an adult with a fresh ID number; override what matters. */
export function newClient(
  session: Session,
  regionCode: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: number; name: string; [field: string]: unknown }> {
  return created(session, "/api/clients", {
    name: "周桂英",
    idNumber: freshIdNumber(),
    regionCode,
    phone: "13805740001",
    address: "宁波市海曙区南门街道柳汀街 88 号 3 幢 201 室",
    categories: ["独居老人", "低保"],
    riskLevel: "medium",
    ...overrides,
  });
}
