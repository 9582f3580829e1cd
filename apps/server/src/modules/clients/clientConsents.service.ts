import {
  type ClientConsent,
  clientGuardianConsentAge,
  clientNeedsGuardianConsent,
  type ErrorField,
  type RecordClientConsentBody,
  type WithdrawClientConsentBody,
} from "@xinqiao/shared";
import { writeAudit } from "../../platform/audit.ts";
import { actorOf, type RequestUser } from "../../platform/auth/requestUser.ts";
import { todayInChina } from "../../platform/clock.ts";
import type { AppContext } from "../../platform/context.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { conflict, invalid, notFound } from "../../platform/errors.ts";
import { clientInScope } from "./clientInScope.ts";
import { presentConsent } from "./clients.presenter.ts";
import * as repository from "./clients.repository.ts";

/**
 * A client's consents (同意记录): to the service, to data sharing, to a referral. Withdrawing
 * keeps the record with the day it ended: what was consented to when must stay answerable. A
 * child under 14 consents only through a guardian (PIPL Art. 31), named on the record.
 */
type Context = Pick<AppContext, "db" | "clock">;

export async function listConsents(db: Queryable, clientId: number): Promise<ClientConsent[]> {
  return (await repository.consentsOfClient(db, clientId)).map(presentConsent);
}

export async function recordConsent(
  ctx: Context,
  user: RequestUser,
  clientId: number,
  body: RecordClientConsentBody,
  ip: string | null,
): Promise<ClientConsent[]> {
  const client = await clientInScope(ctx.db, user, clientId);
  if (client.is_active !== 1) throw conflict("服务对象已停用，不能记录同意");
  const guardianName = body.guardianName || null;
  const problems: ErrorField[] = [];
  if (!guardianName && clientNeedsGuardianConsent(client.birth_date, body.givenOn)) {
    problems.push({
      path: "guardianName",
      message: `监护人姓名：未满 ${clientGuardianConsentAge} 周岁的服务对象须由监护人同意`,
    });
  }
  if (body.givenOn < client.birth_date) {
    problems.push({ path: "givenOn", message: "同意日期：不能早于服务对象的出生日期" });
  }
  if (problems.length > 0) throw invalid(problems);

  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const consentId = await repository.insertConsent(trx, {
      client_id: clientId,
      kind: body.kind,
      guardian_name: guardianName,
      given_on: body.givenOn,
      recorded_at: now.toISOString(),
      recorded_by: user.id,
      withdrawn_on: null,
      withdrawn_at: null,
      withdrawn_by: null,
    });
    await writeAudit(trx, actorOf(user, ip), now, {
      action: "client.consent.record",
      entity: "client",
      entityId: clientId,
      after: { consentId, kind: body.kind, guardianName, givenOn: body.givenOn },
    });
  });
  return listConsents(ctx.db, clientId);
}

export async function withdrawConsent(
  ctx: Context,
  user: RequestUser,
  clientId: number,
  consentId: number,
  body: WithdrawClientConsentBody,
  ip: string | null,
): Promise<ClientConsent[]> {
  await clientInScope(ctx.db, user, clientId);
  const consent = await repository.findConsent(ctx.db, clientId, consentId);
  if (!consent) throw notFound("同意记录不存在");
  if (consent.withdrawn_on !== null) throw conflict("该同意已撤回");
  const now = ctx.clock.now();
  const withdrawnOn = body.withdrawnOn ?? todayInChina(now);
  if (withdrawnOn < consent.given_on) {
    throw invalid([{ path: "withdrawnOn", message: "撤回日期：不能早于同意日期" }]);
  }
  await ctx.db.transaction().execute(async (trx) => {
    await repository.withdrawConsent(trx, consentId, {
      withdrawn_on: withdrawnOn,
      withdrawn_at: now.toISOString(),
      withdrawn_by: user.id,
    });
    await writeAudit(trx, actorOf(user, ip), now, {
      action: "client.consent.withdraw",
      entity: "client",
      entityId: clientId,
      before: { consentId, kind: consent.kind, withdrawnOn: null },
      after: { consentId, kind: consent.kind, withdrawnOn },
    });
  });
  return listConsents(ctx.db, clientId);
}
