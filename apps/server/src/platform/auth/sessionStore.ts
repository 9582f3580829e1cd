import { createHmac, randomBytes } from "node:crypto";
import type { RegionLevel, RoleId } from "@xinqiao/shared";
import type { Queryable } from "../db/database.ts";
import { reusableQuery } from "../db/reusableQuery.ts";

/**
 * Server-side sessions in the database. The cookie holds a random token; the table holds only
 * its HMAC, so neither a leaked table nor a leaked secret alone yields a usable session.
 */
export interface SessionRecordUser {
  sessionId: string;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  userId: number;
  username: string;
  displayName: string;
  roleId: RoleId;
  regionCode: string;
  regionName: string;
  regionLevel: RegionLevel;
  organizationId: number | null;
  organizationName: string | null;
  isActive: number;
  mustChangePassword: number;
  passwordChangedAt: string;
}

const rememberedIdsLimit = 10_000;

export class SessionStore {
  // Every request presents its token: its HMAC is remembered rather than recomputed each time
  // (bounded; forgetting only costs a recomputation, and a token is no secret to this process).
  private readonly idsByToken = new Map<string, string>();

  constructor(private readonly secret: string) {}

  idOf(token: string): string {
    let id = this.idsByToken.get(token);
    if (id === undefined) {
      id = createHmac("sha256", this.secret).update(token).digest("hex");
      if (this.idsByToken.size >= rememberedIdsLimit) this.idsByToken.clear();
      this.idsByToken.set(token, id);
    }
    return id;
  }

  async create(
    db: Queryable,
    input: {
      userId: number;
      now: Date;
      absoluteSeconds: number;
      ip: string | null;
      userAgent: string | null;
    },
  ): Promise<{ token: string; csrfToken: string }> {
    const token = randomBytes(32).toString("base64url");
    const csrfToken = randomBytes(24).toString("base64url");
    await db
      .insertInto("sessions")
      .values({
        id: this.idOf(token),
        user_id: input.userId,
        csrf_token: csrfToken,
        created_at: input.now.toISOString(),
        last_seen_at: input.now.toISOString(),
        expires_at: new Date(input.now.getTime() + input.absoluteSeconds * 1000).toISOString(),
        ip: input.ip,
        user_agent: input.userAgent?.slice(0, 300) ?? null,
      })
      .execute();
    return { token, csrfToken };
  }

  async find(db: Queryable, token: string): Promise<SessionRecordUser | undefined> {
    const [row] = await findSessionWithUser(db, this.idOf(token));
    return row;
  }

  async touch(db: Queryable, sessionId: string, now: Date): Promise<void> {
    await db
      .updateTable("sessions")
      .set({ last_seen_at: now.toISOString() })
      .where("id", "=", sessionId)
      .execute();
  }

  async delete(db: Queryable, sessionId: string): Promise<void> {
    await db.deleteFrom("sessions").where("id", "=", sessionId).execute();
  }

  async deleteAllOfUser(db: Queryable, userId: number, exceptSessionId?: string): Promise<void> {
    let query = db.deleteFrom("sessions").where("user_id", "=", userId);
    if (exceptSessionId) query = query.where("id", "!=", exceptSessionId);
    await query.execute();
  }

  async deleteExpired(db: Queryable, now: Date, idleSeconds: number): Promise<void> {
    const idleCutoff = new Date(now.getTime() - idleSeconds * 1000).toISOString();
    await db
      .deleteFrom("sessions")
      .where((eb) => eb.or([eb("expires_at", "<", now.toISOString()), eb("last_seen_at", "<", idleCutoff)]))
      .execute();
  }
}

// Runs on every authenticated request: compiled once (see reusableQuery).
const findSessionWithUser = reusableQuery((db: Queryable, sessionId: string) =>
  db
    .selectFrom("sessions as s")
    .innerJoin("users as u", "u.id", "s.user_id")
    .innerJoin("regions as r", "r.code", "u.region_code")
    .leftJoin("organizations as o", "o.id", "u.organization_id")
    .select([
      "s.id as sessionId",
      "s.csrf_token as csrfToken",
      "s.created_at as createdAt",
      "s.last_seen_at as lastSeenAt",
      "s.expires_at as expiresAt",
      "u.id as userId",
      "u.username",
      "u.display_name as displayName",
      "u.role_id as roleId",
      "u.region_code as regionCode",
      "r.name as regionName",
      "r.level as regionLevel",
      "u.organization_id as organizationId",
      "o.name as organizationName",
      "u.is_active as isActive",
      "u.must_change_password as mustChangePassword",
      "u.password_changed_at as passwordChangedAt",
    ])
    .where("s.id", "=", sessionId),
);
