import type { ChangePasswordBody, LoginBody, SessionResponse } from "@xinqiao/shared";
import { ApiError, api, setCsrfToken } from "../../api/client.ts";

/** Session endpoints. Every session answer carries the CSRF token the client must echo. */
function remember(session: SessionResponse): SessionResponse {
  setCsrfToken(session.csrfToken);
  return session;
}

/** The current session, or null when there is none (a 401 here is an answer, not an error). */
export async function fetchSession(): Promise<SessionResponse | null> {
  try {
    return remember(
      await api.get<SessionResponse>("/api/auth/me", undefined, { isUnauthorizedExpected: true }),
    );
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export async function login(body: LoginBody): Promise<SessionResponse> {
  return remember(await api.post<SessionResponse>("/api/auth/login", body, { isUnauthorizedExpected: true }));
}

export async function logout(): Promise<void> {
  try {
    await api.post<void>("/api/auth/logout", undefined, { isUnauthorizedExpected: true });
  } finally {
    setCsrfToken(null);
  }
}

export async function changePassword(body: ChangePasswordBody): Promise<SessionResponse> {
  return remember(await api.post<SessionResponse>("/api/auth/password", body));
}
