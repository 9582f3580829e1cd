/**
 * Why the user is back on the login page (session expired, idle timeout, logged out), told by
 * whoever ended the session and read once by the login page.
 */
export type SessionNotice = "expired" | "idle" | "loggedOut";

let pending: SessionNotice | null = null;

export function setSessionNotice(notice: SessionNotice): void {
  pending = notice;
}

export function peekSessionNotice(): SessionNotice | null {
  return pending;
}

export function clearSessionNotice(): void {
  pending = null;
}
