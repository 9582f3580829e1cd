import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The QR code's token: the activity and an expiry, signed with HMAC-SHA256 under a key derived
 * from the session secret (so it needs no table, and a server with another secret refuses it).
 * `<activityId>.<expires epoch seconds>.<signature base64url>`.
 */
export const checkinTokenSeconds = 8 * 3600;

function keyOf(secret: string): Buffer {
  return createHmac("sha256", secret).update("activity-checkin").digest();
}

function signatureOf(secret: string, payload: string): string {
  return createHmac("sha256", keyOf(secret)).update(payload).digest("base64url");
}

export function signCheckinToken(secret: string, activityId: number, expiresAt: Date): string {
  const payload = `${activityId}.${Math.floor(expiresAt.getTime() / 1000)}`;
  return `${payload}.${signatureOf(secret, payload)}`;
}

/** The activity id of a genuine, unexpired token; null for anything else. */
export function verifyCheckinToken(secret: string, token: string, now: Date): number | null {
  const match = /^(\d{1,12})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, id = "", expires = "", signature = ""] = match;
  const expected = Buffer.from(signatureOf(secret, `${id}.${expires}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  if (Number(expires) * 1000 <= now.getTime()) return null;
  return Number(id);
}
